import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type { DemoContext } from './demo-context';

/**
 * Table B "Cijfers Kwadraad" (one organisation, cases closed in 2013), the same numbers as
 * shared/data/caseload-table-b.csv. The seeder below generates individual cases and time entries
 * that add up to exactly these numbers in the caseload report (libs/reports).
 */
const TABLE_B_2013 = `
Alphen,Algemeen MW,31,431:10,11:00,442:10,14:15,173,0,160,7,762,9201:30,12:04,151
Alphen,Algemeen MW - materiele problematiek,3,23:15,,23:15,7:45,,,,,114,2454:45,21:31,
Alphen,Hulp Online,8,15:45,21:00,36:45,4:35,103,0,105,18,,,,
Gouda,Algemeen MW,31,222:00,24:00,246:00,7:56,152,1,173,1,576,4706:00,8:10,126
Gouda,Algemeen MW - materiele problematiek,3,27:15,,27:15,9:05,,,,,225,1998:30,8:52,
Gouda,Hulp Online,13,7:45,39:00,46:45,3:35,209,0,326,10,,,,
Gouda,School MW PO/VO,71,1149:50,47:00,1196:50,16:51,189,0,201,0,252,3015:00,11:57,153
Leiden,Algemeen MW,93,1011:15,28:00,1039:15,11:10,173,7,248,2,891,9213:15,10:20,148
Leiden,Algemeen MW - materiele problematiek,19,341:30,,341:30,17:58,,,,,217,3601:45,16:35,
Leiden,Hulp Online,9,7:00,30:00,37:00,4:06,140,1,224,17,,,,
Lisse,Algemeen MW,66,737:00,11:00,748:00,11:20,162,0,81,7,131,1194:15,9:06,127
Lisse,Algemeen MW - materiele problematiek,8,123:30,,123:30,15:26,,,,,19,244:00,12:50,
Lisse,Hulp Online,3,11:45,4:00,15:45,5:15,220,0,50,10,,,,`;

/** Table B abbreviates "Alphen aan den Rijn". */
const FINANCIER_NAME: Record<string, string> = { Alphen: 'Alphen aan den Rijn', Gouda: 'Gouda', Leiden: 'Leiden', Lisse: 'Lisse' };
const KIND: Record<string, 'algemeen_mw' | 'hulp_online' | 'school_mw'> = {
  'Algemeen MW': 'algemeen_mw',
  'Hulp Online': 'hulp_online',
  'School MW PO/VO': 'school_mw',
};
const SUBSET_SUFFIX = ' - materiele problematiek';
const SEED_KEY = 'demo_table_b_2013';
const YEAR_START = Date.UTC(2013, 0, 1);
const DAY = 86_400_000;

interface TableBRow {
  financier: string;
  kind: string;
  subset: boolean;
  closedWith: number;
  registrationWith: number;
  onlineWith: number;
  throughputWith: number;
  chat: number;
  message: number;
  homework: number;
  closedWithout: number;
  totalWithout: number;
  throughputWithout: number;
}

const minutes = (hm: string) => (hm ? Number(hm.split(':')[0]) * 60 + Number(hm.split(':')[1]) : 0);
const int = (s: string) => (s ? Number(s) : 0);

function tableB(): TableBRow[] {
  return TABLE_B_2013.trim()
    .split('\n')
    .map((line) => {
      const c = line.split(',');
      const subset = c[1].endsWith(SUBSET_SUFFIX);
      return {
        financier: FINANCIER_NAME[c[0]],
        kind: KIND[subset ? c[1].slice(0, -SUBSET_SUFFIX.length) : c[1]],
        subset,
        closedWith: int(c[2]),
        registrationWith: minutes(c[3]),
        onlineWith: minutes(c[4]),
        throughputWith: int(c[7]),
        chat: int(c[8]),
        message: int(c[9]),
        homework: int(c[10]),
        closedWithout: int(c[11]),
        totalWithout: minutes(c[12]),
        throughputWithout: int(c[14]),
      };
    });
}

/**
 * `total` over `count` parts that add up exactly, varied deterministically (pairs move the same
 * amount up and down, so the sum stays put) so the demo does not look like a copy of one case.
 */
export function spread(total: number, count: number, variation = 0.4): number[] {
  if (count === 0) return [];
  const base = Math.floor(total / count);
  const parts = Array.from({ length: count }, (_, i) => base + (i < total % count ? 1 : 0));
  for (let i = 0; i + 1 < count; i += 2) {
    const shift = Math.floor((base * variation * (((i / 2) * 3) % 5)) / 4);
    parts[i] += shift;
    parts[i + 1] -= shift;
  }
  return parts;
}

interface Columns {
  [column: string]: unknown[];
}

const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/**
 * Seeds one organisation-year (cases closed in 2013) whose caseload report for 2013-01-01..
 * 2013-12-31 reproduces Table B: per financier × kind of work the closed cases with and without
 * online dossier, registration and online-dossier minutes, contacts and throughput days.
 * Leiden's cases belong to Team Leiden (the demo team lead's), the others to Team Rijnstreek.
 * Runs once (marker in app_meta); bulk inserts keep it well under a second or two.
 */
export async function seedTableBYear(db: EntityManager, ctx: DemoContext): Promise<void> {
  // Reports write the financier the way Table B does (idempotent, so also for older demo databases).
  for (const [reportName, name] of Object.entries(FINANCIER_NAME)) {
    if (reportName !== name) await db.query('UPDATE financier SET report_name = $1 WHERE id = $2', [reportName, ctx.financierIds[name]]);
  }
  const [done] = await db.query('SELECT 1 FROM app_meta WHERE key = $1', [SEED_KEY]);
  if (done) return;

  const workers: Record<string, string[]> = {};
  const workerRows: Columns = { id: [], email: [], name: [], team: [] };
  const WORKER_NAMES = ['Fatima El Idrissi', 'Pieter van Dijk', 'Anouk Bakker', 'Ruben Smit', 'Lotte Visser', 'Daan de Boer'];
  Object.entries(ctx.teamIds).forEach(([teamName, teamId], t) => {
    workers[teamId] = [];
    for (let i = 0; i < 3; i++) {
      const id = randomUUID();
      workers[teamId].push(id);
      workerRows['id'].push(id);
      workerRows['email'].push(`hulpverlener${t * 3 + i + 1}@demo.nabij.nl`);
      workerRows['name'].push(`${WORKER_NAMES[t * 3 + i] ?? `Hulpverlener ${t * 3 + i + 1}`} (${teamName})`);
      workerRows['team'].push(teamId);
    }
  });
  await db.query(
    `INSERT INTO account (id, email, password_hash, role, name, organisation_id, team_id, email_verified_at, created_at)
     SELECT id, email, $5, 'worker', name, $6, team, '2012-01-01', '2012-01-01'
       FROM unnest($1::uuid[], $2::text[], $3::text[], $4::uuid[]) AS w(id, email, name, team)`,
    [workerRows['id'], workerRows['email'], workerRows['name'], workerRows['team'], ctx.passwordHash, ctx.organisationId],
  );

  const cases: Columns = { id: [], financier: [], team: [], worker: [], kind: [], areas: [], od: [], opened: [], closed: [], reason: [] };
  const entries: Columns = { worker: [], caseId: [], type: [], minutes: [], day: [] };
  const REASONS = ['goal_reached', 'goal_reached', 'client_stopped', 'referred', 'no_show'];
  const OTHER_AREAS: Record<string, string> = { algemeen_mw: 'relatie', hulp_online: 'psychosociaal', school_mw: 'opvoeding' };

  const addCase = (
    row: TableBRow,
    od: boolean,
    material: boolean,
    days: number,
    registration: number,
  ): { id: string; worker: string; opened: number; days: number } => {
    const n = cases['id'].length;
    const id = randomUUID();
    const teamId = row.financier === 'Leiden' ? ctx.teamIds['Team Leiden'] : ctx.teamIds['Team Rijnstreek'];
    const worker = workers[teamId][n % workers[teamId].length];
    const closed = YEAR_START + ((n * 97) % 365) * DAY;
    const opened = closed - days * DAY;
    cases['id'].push(id);
    cases['financier'].push(ctx.financierIds[row.financier]);
    cases['team'].push(teamId);
    cases['worker'].push(worker);
    cases['kind'].push(row.kind);
    cases['areas'].push(material ? '{materiele_problematiek}' : `{${OTHER_AREAS[row.kind]}}`);
    cases['od'].push(od);
    cases['opened'].push(iso(opened));
    cases['closed'].push(iso(closed));
    cases['reason'].push(REASONS[n % REASONS.length]);
    // Registration time as hour-long conversations plus one phone call for the rest.
    const conversations = Math.floor(registration / 60);
    const parts = conversations + (registration % 60 ? 1 : 0);
    for (let p = 0; p < parts; p++) {
      entries['worker'].push(worker);
      entries['caseId'].push(id);
      entries['type'].push(p < conversations ? 'face_to_face' : 'phone');
      entries['minutes'].push(p < conversations ? 60 : registration % 60);
      entries['day'].push(iso(opened + Math.floor(((p + 1) * days) / (parts + 1)) * DAY));
    }
    return { id, worker, opened, days };
  };

  const rows = tableB();
  for (const main of rows.filter((r) => !r.subset)) {
    const sub = rows.find((r) => r.subset && r.financier === main.financier && r.kind === main.kind);
    // With online dossier: subset cases carry only registration time (Table B reports no online
    // time for them); the online contacts go to the other cases, round-robin.
    const k = sub?.closedWith ?? 0;
    const daysWith = spread(main.throughputWith * main.closedWith, main.closedWith, 0.5);
    const regSubset = spread(sub?.registrationWith ?? 0, k);
    const regOther = spread(main.registrationWith - (sub?.registrationWith ?? 0), main.closedWith - k);
    const online: ReturnType<typeof addCase>[] = [];
    for (let i = 0; i < main.closedWith; i++) {
      const created = addCase(main, true, i < k, daysWith[i], i < k ? regSubset[i] : regOther[i - k]);
      if (i >= k) online.push(created);
    }
    const types = [
      ...Array(main.chat).fill('chat'),
      ...Array(main.message).fill('message'),
      ...Array(main.homework).fill('homework_feedback'),
    ];
    const contactMinutes = spread(main.onlineWith, types.length, 0);
    types.forEach((type, i) => {
      const target = online[i % online.length];
      entries['worker'].push(target.worker);
      entries['caseId'].push(target.id);
      entries['type'].push(type);
      entries['minutes'].push(contactMinutes[i]);
      entries['day'].push(iso(target.opened + ((i * 7) % (target.days + 1)) * DAY));
    });
    // Without online dossier: registration time only, no online contacts.
    const j = sub?.closedWithout ?? 0;
    const daysWithout = spread(main.throughputWithout * main.closedWithout, main.closedWithout, 0.5);
    const totSubset = spread(sub?.totalWithout ?? 0, j);
    const totOther = spread(main.totalWithout - (sub?.totalWithout ?? 0), main.closedWithout - j);
    for (let i = 0; i < main.closedWithout; i++) {
      addCase(main, false, i < j, daysWithout[i], i < j ? totSubset[i] : totOther[i - j]);
    }
  }

  const ids = cases['id'];
  const clients = ids.map(() => randomUUID());
  await db.query(
    `INSERT INTO account (id, email, role, name, organisation_id, financier_id, created_at)
     SELECT id, 'client2013.' || n || '@demo.nabij.nl', 'client', 'Cliënt 2013-' || n, $3, financier, opened
       FROM unnest($1::uuid[], $2::uuid[], $4::date[]) WITH ORDINALITY AS c(id, financier, opened, n)`,
    [clients, cases['financier'], ctx.organisationId, cases['opened']],
  );
  await db.query(
    `INSERT INTO care_case (id, organisation_id, client_id, financier_id, team_id, assigned_worker_id, kind_of_work,
                            problem_areas, uses_online_dossier, opened_on, closed_on, close_reason, created_at)
     SELECT id, $1, client, financier, team, worker, kind, areas::text[], od, opened, closed, reason, opened
       FROM unnest($2::uuid[], $3::uuid[], $4::uuid[], $5::uuid[], $6::uuid[], $7::text[], $8::text[], $9::boolean[], $10::date[], $11::date[], $12::text[])
            AS c(id, client, financier, team, worker, kind, areas, od, opened, closed, reason)`,
    [
      ctx.organisationId,
      ids,
      clients,
      cases['financier'],
      cases['team'],
      cases['worker'],
      cases['kind'],
      cases['areas'],
      cases['od'],
      cases['opened'],
      cases['closed'],
      cases['reason'],
    ],
  );
  await db.query(
    `INSERT INTO time_entry (organisation_id, worker_id, case_id, contact_type, minutes, occurred_on, source, status, created_at, updated_at)
     SELECT $1, e.worker, e.case_id, e.type, e.minutes, e.day, 'manual', 'confirmed', e.day + time '16:00', e.day + time '16:00'
       FROM unnest($2::uuid[], $3::uuid[], $4::text[], $5::int[], $6::date[]) AS e(worker, case_id, type, minutes, day)`,
    [ctx.organisationId, entries['worker'], entries['caseId'], entries['type'], entries['minutes'], entries['day']],
  );
  await db.query('INSERT INTO app_meta (key, value) VALUES ($1, $2)', [SEED_KEY, String(ids.length)]);
}
