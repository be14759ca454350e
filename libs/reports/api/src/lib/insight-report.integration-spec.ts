import { DossierModule } from '@nabij/dossier/api';
import { closeCase, makeCase } from '@nabij/dossier/api/testing';
import type { ProblemArea } from '@nabij/dossier/contracts';
import { IdentityModule } from '@nabij/identity/api';
import { makeAdmin, makeClient, makeTeamLead, makeWorker } from '@nabij/identity/api/testing';
import { bearer, createTestApp, FixedClock, makeOrganisation, TestAccount, TestApp, TestOrganisation } from '@nabij/platform/testing';
import type { OnlineTargetReport, TopicTrendReport, TrainingDropoutReport } from '@nabij/reports/contracts';
import { ReportsModule } from '../index';

jest.setTimeout(180_000);

/** Today in these tests: 1 July 2026 (the half year just ended). */
const NOW = '2026-07-01T10:00:00Z';
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const daysAgo = (n: number) => new Date(Date.parse(NOW) - n * DAY);

/** Each organisation: two teams, three financiers, a worker per team, a lead of Team Leiden, an admin. */
interface World {
  org: TestOrganisation;
  admin: TestAccount;
  lead: TestAccount;
  ans: TestAccount;
  cor: TestAccount;
  client: TestAccount;
}

describe('Issue 20 reports: online targets, training drop-out, topic trends', () => {
  let t: TestApp;
  let other: World;

  const get = (path: string, who: { token: string }) => t.http().get(`/api/reports/${path}`).set(bearer(who));
  const ok = async <T>(path: string, who: { token: string }) => {
    const res = await get(path, who);
    expect(res.status).toBe(200);
    return res.body as T;
  };

  async function world(): Promise<World> {
    const org = await makeOrganisation(t, { financiers: ['Leiden', 'Gouda', 'Lisse'], teams: ['Team Leiden', 'Team Rijnstreek'] });
    return {
      org,
      admin: await makeAdmin(t, { organisationId: org.organisationId }),
      lead: await makeTeamLead(t, { organisationId: org.organisationId, teamId: org.teamIds['Team Leiden'] }),
      ans: await makeWorker(t, { organisationId: org.organisationId, teamId: org.teamIds['Team Leiden'] }),
      cor: await makeWorker(t, { organisationId: org.organisationId, teamId: org.teamIds['Team Rijnstreek'] }),
      client: await makeClient(t, { organisationId: org.organisationId, financierId: org.financierId }),
    };
  }

  /** A client of the organisation (no login of its own) with one case of the worker. */
  async function clientWithCase(
    w: World,
    worker: TestAccount,
    financier: string,
    options: { openedOn: string; usesOnlineDossier?: boolean; problemAreas?: ProblemArea[] },
  ): Promise<{ clientId: string; caseId: string }> {
    const [client] = await t.dataSource.query(
      `INSERT INTO account (email, role, name, organisation_id, financier_id, created_at)
       VALUES ('c-' || gen_random_uuid() || '@test.nabij.nl', 'client', 'Client', $1, $2, now()) RETURNING id`,
      [w.org.organisationId, w.org.financierIds[financier]],
    );
    const c = await makeCase(t, { worker, clientId: client.id, financierId: w.org.financierIds[financier], ...options });
    return { clientId: client.id, caseId: c.id };
  }

  /** The client does something in the case that stays on record: writes, chats, uploads or does a training step. */
  async function useOnline(
    w: World,
    c: { clientId: string; caseId: string },
    how: 'message' | 'chat' | 'document' | 'training',
    at: string,
  ) {
    if (how === 'message') {
      const [thread] = await t.dataSource.query(
        `INSERT INTO message_thread (organisation_id, client_id, case_id, created_at, last_message_at) VALUES ($1, $2, $3, $4, $4)
         ON CONFLICT (case_id) WHERE case_id IS NOT NULL DO UPDATE SET last_message_at = EXCLUDED.last_message_at RETURNING id`,
        [w.org.organisationId, c.clientId, c.caseId, at],
      );
      await t.dataSource.query(
        `INSERT INTO message (id, thread_id, sender_id, sender_role, body, received_at) VALUES (gen_random_uuid(), $1, $2, 'client', 'Hallo', $3)`,
        [thread.id, c.clientId, at],
      );
    } else if (how === 'chat') {
      await t.dataSource.query(
        `INSERT INTO chat_session (organisation_id, status, client_id, case_id, created_at, picked_up_at, ended_at, ended_by)
         VALUES ($1, 'ended', $2, $3, $4, $4, $4, 'client')`,
        [w.org.organisationId, c.clientId, c.caseId, at],
      );
    } else if (how === 'document') {
      await t.dataSource.query(
        `INSERT INTO dossier_document (case_id, uploaded_by, file_name, content_type, size_bytes, sha256, storage_key, created_at)
         VALUES ($1, $2, 'brief.pdf', 'application/pdf', 100, 'x', gen_random_uuid()::text, $3)`,
        [c.caseId, c.clientId, at],
      );
    } else {
      const [training] = await t.dataSource.query(
        `INSERT INTO training (organisation_id, title, created_at, updated_at) VALUES ($1, 'Slapen', now(), now()) RETURNING id`,
        [w.org.organisationId],
      );
      const [m] = await t.dataSource.query(
        `INSERT INTO training_module (training_id, position, title) VALUES ($1, 1, 'Een') RETURNING id`,
        [training.id],
      );
      const [step] = await t.dataSource.query(
        `INSERT INTO training_step (module_id, position, kind, title, content) VALUES ($1, 1, 'text', 'Lezen', '{}') RETURNING id`,
        [m.id],
      );
      const [e] = await t.dataSource.query(
        `INSERT INTO training_enrolment (training_id, client_id, enrolled_by, mode, goals, started_at, last_activity_at, case_id)
         VALUES ($1, $2, $2, 'online', ARRAY['Beter slapen', 'Rustiger'], $3, $3, $4) RETURNING id`,
        [training.id, c.clientId, at, c.caseId],
      );
      await t.dataSource.query(`INSERT INTO training_step_progress (enrolment_id, step_id, completed_at) VALUES ($1, $2, $3)`, [
        e.id,
        step.id,
        at,
      ]);
    }
  }

  beforeAll(async () => {
    t = await createTestApp({ imports: [IdentityModule, DossierModule, ReportsModule], clock: new FixedClock(NOW) });
    other = await world();
  });
  afterAll(() => t.close());

  it('refuses clients and workers on every route, and a team lead another team', async () => {
    const w = await world();
    for (const path of ['online-targets?year=2026', 'trainings?from=2026-01-01&to=2026-06-30', 'topics?from=2026-01-01&to=2026-06-30']) {
      expect((await get(path, w.client)).status).toBe(403);
      expect((await get(path, w.ans)).status).toBe(403);
      const sep = path.includes('?') ? '&' : '?';
      expect((await get(`${path}${sep}teamId=${w.org.teamIds['Team Rijnstreek']}`, w.lead)).status).toBe(403);
    }
    const put = (who: TestAccount) =>
      t.http().put(`/api/reports/online-targets/${w.org.financierId}/2026`).set(bearer(who)).send({ targetPercent: 30 });
    expect((await put(w.client)).status).toBe(403);
    expect((await put(w.ans)).status).toBe(403);
    expect((await put(w.lead)).status).toBe(403);
  });

  it('answers bad input with 400 naming the field, and writes nothing', async () => {
    const w = await world();
    const bad: Array<[string, string]> = [
      ['online-targets', 'year'],
      ['online-targets?year=abc', 'year'],
      ['online-targets?year=1999', 'year'],
      ['online-targets?year=2026&teamId=x', 'teamId'],
      ['trainings?from=2026-02-30&to=2026-06-30', 'from'],
      ['trainings?from=2026-06-30&to=2026-01-01', 'to'],
      ['trainings?from=2026-01-01&to=2026-06-30&table=people', 'table'],
      ['topics?to=2026-06-30', 'from'],
      ['topics?from=2026-01-01&to=2026-06-30&financierId=1', 'financierId'],
      ['topics?from=2026-01-01&to=2026-06-30&format=xlsx', 'format'],
    ];
    for (const [path, field] of bad) {
      const res = await get(path, w.admin);
      expect([path, res.status]).toEqual([path, 400]);
      expect(Object.keys(res.body.fields ?? {})).toContain(field);
    }
    const put = (path: string, body: unknown) =>
      t
        .http()
        .put(`/api/reports/online-targets/${path}`)
        .set(bearer(w.admin))
        .send(body as object);
    for (const [path, body, field] of [
      [`${w.org.financierId}/2026`, { targetPercent: 101 }, 'targetPercent'],
      [`${w.org.financierId}/2026`, { targetPercent: -1 }, 'targetPercent'],
      [`${w.org.financierId}/2026`, { targetPercent: 12.5 }, 'targetPercent'],
      [`${w.org.financierId}/2026`, { targetPercent: '30' }, 'targetPercent'],
      [`${w.org.financierId}/2026`, {}, 'targetPercent'],
      [`${w.org.financierId}/2026`, { targetPercent: 30, extra: 1 }, 'extra'],
      [`${w.org.financierId}/20261`, { targetPercent: 30 }, 'year'],
      [`${w.org.financierId}/abc`, { targetPercent: 30 }, 'year'],
    ] as const) {
      const res = await put(path, body);
      expect([path, body, res.status]).toEqual([path, body, 400]);
      expect(Object.keys(res.body.fields ?? {})).toContain(field);
    }
    expect((await put(`not-a-uuid/2026`, { targetPercent: 30 })).status).toBe(400);
    const [{ n }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM financier_online_target WHERE financier_id = $1`, [
      w.org.financierId,
    ]);
    expect(n).toBe(0);
  });

  describe('online-dossier targets per financier', () => {
    let w: World;

    /**
     * 2026, by hand. Leiden (Team Leiden): 6 online-dossier cases whose client did something in 2026
     * (2 wrote a message, 2 chatted, 1 uploaded a document, 1 did a training step); 2 whose client
     * wrote in February (one closed in May); 3 whose client last wrote on 31 December 2025 at 23:30
     * Amsterdam time (open: movable); 4 open cases without the online dossier (movable, one with a
     * 2026 message that does not count); 1 without it closed in February (counted, not movable); 1
     * closed on 31 December 2025 (not in 2026, though its client wrote in January).
     * → 16 cases, 8 online = 50 %, 7 movable.
     * Gouda (Team Rijnstreek): 5 online-dossier cases, one client chatted → 1 online = 20 %, 4 movable.
     * Lisse (Team Rijnstreek): 2 cases → all hidden. Total: 23 cases, 9 online = 39 %, 13 movable.
     */
    beforeAll(async () => {
      w = await world();
      for (const how of ['message', 'message', 'chat', 'chat', 'document', 'training'] as const) {
        const c = await clientWithCase(w, w.ans, 'Leiden', { openedOn: '2025-10-01' });
        await useOnline(w, c, how, '2026-03-01T09:00:00+01:00');
      }
      for (let i = 0; i < 2; i++) {
        const c = await clientWithCase(w, w.ans, 'Leiden', { openedOn: '2026-02-01' });
        await useOnline(w, c, 'message', '2026-02-02T10:00:00Z');
        if (i === 0) await closeCase(t, w.ans, c.caseId, { closedOn: '2026-05-15' });
      }
      for (let i = 0; i < 3; i++) {
        const c = await clientWithCase(w, w.ans, 'Leiden', { openedOn: '2025-06-01' });
        await useOnline(w, c, 'message', '2025-12-31T22:30:00Z');
      }
      for (let i = 0; i < 4; i++) {
        const c = await clientWithCase(w, w.ans, 'Leiden', { openedOn: '2026-01-10', usesOnlineDossier: false });
        if (i === 0) await useOnline(w, c, 'message', '2026-04-01T09:00:00Z');
      }
      const febClosed = await clientWithCase(w, w.ans, 'Leiden', { openedOn: '2025-11-01', usesOnlineDossier: false });
      await closeCase(t, w.ans, febClosed.caseId, { closedOn: '2026-02-01' });
      const lastYear = await clientWithCase(w, w.ans, 'Leiden', { openedOn: '2025-11-01' });
      await useOnline(w, lastYear, 'message', '2026-01-05T09:00:00Z');
      await closeCase(t, w.ans, lastYear.caseId, { closedOn: '2025-12-31' });
      for (let i = 0; i < 5; i++) {
        const c = await clientWithCase(w, w.cor, 'Gouda', { openedOn: '2026-03-01' });
        if (i === 0) await useOnline(w, c, 'chat', '2026-03-02T09:00:00Z');
      }
      for (let i = 0; i < 2; i++) await clientWithCase(w, w.cor, 'Lisse', { openedOn: '2026-03-01', usesOnlineDossier: false });
      // Another organisation's online case never counts here.
      const foreign = await clientWithCase(other, other.ans, 'Leiden', { openedOn: '2026-01-01' });
      await useOnline(other, foreign, 'message', '2026-01-02T09:00:00Z');
      for (const [financier, targetPercent] of [
        ['Leiden', 30],
        ['Gouda', 90],
      ] as const)
        await t
          .http()
          .put(`/api/reports/online-targets/${w.org.financierIds[financier]}/2026`)
          .set(bearer(w.admin))
          .send({ targetPercent })
          .expect(200);
    });

    it('lets an admin set targets per financier and year, and refuses another organisation’s financier with 404', async () => {
      const put = (financierId: string, year: number, targetPercent: number, who = w.admin) =>
        t.http().put(`/api/reports/online-targets/${financierId}/${year}`).set(bearer(who)).send({ targetPercent });
      expect((await put(w.org.financierIds['Leiden'], 2026, 25)).status).toBe(200);
      const changed = await put(w.org.financierIds['Leiden'], 2026, 30);
      expect(changed.body).toEqual({ financierId: w.org.financierIds['Leiden'], year: 2026, targetPercent: 30 });
      expect((await put(w.org.financierIds['Gouda'], 2026, 90)).status).toBe(200);
      expect((await put(w.org.financierIds['Gouda'], 2027, 95)).status).toBe(200);
      expect((await put(other.org.financierIds['Leiden'], 2026, 50)).status).toBe(404);
      expect((await put(w.org.financierIds['Leiden'], 2026, 50, other.admin)).status).toBe(404);
      const [{ n }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM financier_online_target WHERE financier_id = $1`, [
        other.org.financierIds['Leiden'],
      ]);
      expect(n).toBe(0);
    });

    it('compares the actual share with the target, counting the cases that could still go online', async () => {
      const r = await ok<OnlineTargetReport>('online-targets?year=2026', w.admin);
      expect(r.rows.map((row) => [row.financier, row.cases, row.online, row.actualPercent, row.targetPercent, row.movable])).toEqual([
        ['Gouda', 5, 1, 20, 90, 4],
        ['Leiden', 16, 8, 50, 30, 7],
        ['Lisse', null, null, null, null, null],
      ]);
      expect(r.total).toEqual({ cases: 23, online: 9, actualPercent: 39, movable: 13 });
    });

    it('gives a team lead only their own team’s cases, and another organisation none of them', async () => {
      const own = await ok<OnlineTargetReport>('online-targets?year=2026', w.lead);
      expect(own.teamId).toBe(w.org.teamIds['Team Leiden']);
      expect(own.rows.find((row) => row.financier === 'Leiden')).toMatchObject({ cases: 16, online: 8, actualPercent: 50, movable: 7 });
      expect(own.rows.find((row) => row.financier === 'Gouda')).toMatchObject({ cases: 0, online: 0, actualPercent: null, movable: 0 });
      expect(own.total).toEqual({ cases: 16, online: 8, actualPercent: 50, movable: 7 });
      const foreign = await ok<OnlineTargetReport>('online-targets?year=2026', other.admin);
      expect(foreign.total.cases).toBeNull(); // its single case: fewer than five
      expect(foreign.rows.map((row) => row.financierId)).not.toContain(w.org.financierIds['Leiden']);
    });

    it('writes the comparison as CSV, Dutch Excel with "minder dan 5"', async () => {
      const res = await get('online-targets?year=2026&format=csv&dialect=excel-nl', w.admin);
      expect(res.headers['content-disposition']).toContain('online-doelen-2026.csv');
      const lines = res.text.split('\r\n');
      expect(lines[0]).toBe('\uFEFFFinancier;Casussen in 2026;Met online dossier;Gehaald (%);Doel (%);Nog online te brengen (open)');
      expect(lines.slice(2, 5)).toEqual([
        'Leiden;16;8;50;30;7',
        'Lisse;minder dan 5;minder dan 5;minder dan 5;;minder dan 5',
        'Totaal;23;9;39;;13',
      ]);
    });
  });

  describe('problem areas of new cases', () => {
    let w: World;

    /**
     * By hand, January–March 2026. Leiden (Team Leiden): January 6 cases with money problems (2 of them
     * also relationship) and 1 parenting → 7; February 5 money → 5. Gouda (Team Rijnstreek): January 3
     * psychosocial and 2 without any area → 5. March: none. Counts of 1–4 are hidden.
     */
    beforeAll(async () => {
      w = await world();
      for (let i = 0; i < 6; i++)
        await clientWithCase(w, w.ans, 'Leiden', {
          openedOn: `2026-01-${10 + i}`,
          problemAreas: i < 2 ? ['materiele_problematiek', 'relatie'] : ['materiele_problematiek'],
        });
      await clientWithCase(w, w.ans, 'Leiden', { openedOn: '2026-01-20', problemAreas: ['opvoeding'] });
      for (let i = 0; i < 5; i++)
        await clientWithCase(w, w.ans, 'Leiden', { openedOn: `2026-02-0${i + 1}`, problemAreas: ['materiele_problematiek'] });
      for (let i = 0; i < 3; i++) await clientWithCase(w, w.cor, 'Gouda', { openedOn: '2026-01-31', problemAreas: ['psychosociaal'] });
      for (let i = 0; i < 2; i++) await clientWithCase(w, w.cor, 'Gouda', { openedOn: '2026-01-05', problemAreas: [] });
      await clientWithCase(w, w.ans, 'Leiden', { openedOn: '2025-12-31', problemAreas: ['materiele_problematiek'] });
      await clientWithCase(other, other.ans, 'Leiden', { openedOn: '2026-01-10', problemAreas: ['materiele_problematiek'] });
    });

    const Q = 'topics?from=2026-01-01&to=2026-03-31';

    it('counts new cases per month and problem area, hiding 1–4', async () => {
      const r = await ok<TopicTrendReport>(Q, w.admin);
      expect(r.areas).toEqual([
        'materiele_problematiek',
        'relatie',
        'opvoeding',
        'psychosociaal',
        'huisvesting',
        'werk_en_inkomen',
        'overig',
        'none',
      ]);
      expect(r.months.map((m) => [m.start, m.end, m.cases])).toEqual([
        ['2026-01-01', '2026-01-31', 12],
        ['2026-02-01', '2026-02-28', 5],
        ['2026-03-01', '2026-03-31', 0],
      ]);
      expect(r.months[0].areas).toEqual({
        materiele_problematiek: 6,
        relatie: null,
        opvoeding: null,
        psychosociaal: null,
        huisvesting: 0,
        werk_en_inkomen: 0,
        overig: 0,
        none: null,
      });
      expect(r.months[1].areas).toMatchObject({ materiele_problematiek: 5, relatie: 0 });
      expect(Object.values(r.months[2].areas).every((n) => n === 0)).toBe(true);
    });

    it('counts per financier over the period', async () => {
      const r = await ok<TopicTrendReport>(Q, w.admin);
      expect(
        r.financiers.map((f) => [f.financier, f.cases, f.areas['materiele_problematiek'], f.areas['psychosociaal'], f.areas['none']]),
      ).toEqual([
        ['Gouda', 5, 0, null, null],
        ['Leiden', 12, 11, 0, 0],
      ]);
    });

    it('gives a team lead their own team, filters on a financier, and never counts another organisation', async () => {
      const own = await ok<TopicTrendReport>(Q, w.lead);
      expect(own.months.map((m) => m.cases)).toEqual([7, 5, 0]);
      expect(own.areas).not.toContain('none');
      const gouda = await ok<TopicTrendReport>(`${Q}&financierId=${w.org.financierIds['Gouda']}`, w.admin);
      expect(gouda.months.map((m) => m.cases)).toEqual([5, 0, 0]);
      const foreign = await ok<TopicTrendReport>(Q, other.admin);
      expect(foreign.months[0].cases).toBeNull(); // its single January case
    });

    it('writes each table as CSV with Dutch names', async () => {
      const res = await get(`${Q}&format=csv&dialect=excel-nl`, w.admin);
      expect(res.headers['content-disposition']).toContain('probleemgebieden-per-maand-2026-01-01-2026-03-31.csv');
      const lines = res.text.split('\r\n');
      expect(lines[0]).toBe(
        '\uFEFFVan;Tot en met;Nieuwe casussen;Geld en schulden (materieel);Relatie;Opvoeding;Psychosociaal;Wonen;Werk en inkomen;Overig;Geen probleemgebied',
      );
      expect(lines[1]).toBe('2026-01-01;2026-01-31;12;6;minder dan 5;minder dan 5;minder dan 5;0;0;0;minder dan 5');
      const plain = await get(`${Q}&format=csv&table=financiers`, w.admin);
      expect(plain.text.split('\n').slice(0, 2)).toEqual([
        'financier,cases,materiele_problematiek,relatie,opvoeding,psychosociaal,huisvesting,werk_en_inkomen,overig,none',
        'Gouda,5,0,0,0,fewer than 5,0,0,0,fewer than 5',
      ]);
    });
  });

  describe('drop-out in trainings', () => {
    let w: World;
    let courseA: string;
    const steps: Record<string, string> = {};

    /** One enrolment in course A: which steps done, its homework (status, hours to the answer), last activity. */
    async function enrol(
      training: string,
      worker: TestAccount,
      financier: string,
      o: {
        startedAt?: string;
        done: string[];
        homework?: { status: 'submitted' | 'feedback_given'; hours?: number };
        idleDays: number;
        closeCase?: boolean;
      },
    ): Promise<void> {
      const c = await clientWithCase(w, worker, financier, { openedOn: '2026-01-02' });
      const startedAt = o.startedAt ?? '2026-02-01T10:00:00Z';
      const [e] = await t.dataSource.query(
        `INSERT INTO training_enrolment (training_id, client_id, enrolled_by, mode, goals, started_at, last_activity_at, case_id)
         VALUES ($1, $2, $3, 'online', ARRAY['Nee zeggen', 'Voor mezelf opkomen'], $4, $5, $6) RETURNING id`,
        [training, c.clientId, worker.id, startedAt, daysAgo(o.idleDays), c.caseId],
      );
      for (const step of o.done)
        await t.dataSource.query(`INSERT INTO training_step_progress (enrolment_id, step_id, completed_at) VALUES ($1, $2, $3)`, [
          e.id,
          steps[step],
          startedAt,
        ]);
      if (o.homework) {
        const submitted = new Date('2026-03-02T09:00:00Z');
        const answered = o.homework.hours === undefined ? null : new Date(submitted.getTime() + o.homework.hours * HOUR);
        const [s] = await t.dataSource.query(
          `INSERT INTO training_submission (enrolment_id, step_id, answers, status, trainer_id, case_id, first_submitted_at, submitted_at, feedback_at)
           VALUES ($1, $2, '{}', $3, $4, $5, $6, $6, $7) RETURNING id`,
          [e.id, steps['s2'], o.homework.status, worker.id, c.caseId, submitted, answered],
        );
        await t.dataSource.query(
          `INSERT INTO training_homework_contact (submission_id, case_id, client_id, revision, submitted_at, worker_id, answered_at, outcome)
           VALUES ($1, $2, $3, 1, $4, $5, $6, $7)`,
          [s.id, c.caseId, c.clientId, submitted, answered ? worker.id : null, answered, answered ? 'feedback_given' : null],
        );
      }
      if (o.closeCase) await closeCase(t, worker, c.caseId, { closedOn: '2026-06-01', reason: 'client_stopped' });
    }

    async function course(title: string, organisationId: string, trainerId: string): Promise<string> {
      const [training] = await t.dataSource.query(
        `INSERT INTO training (organisation_id, title, trainer_id, created_at, updated_at) VALUES ($1, $2, $3, now(), now()) RETURNING id`,
        [organisationId, title, trainerId],
      );
      const modules: Array<[string, boolean, Array<[string, string]>]> = [
        [
          'Wat wil je?',
          true,
          [
            ['s1', 'text'],
            ['s2', 'assignment'],
          ],
        ],
        ['Nee zeggen', false, [['s3', 'text']]],
        ['Oefenen', false, [['s4', 'text']]],
      ];
      for (const [i, [moduleTitle, feedback, moduleSteps]] of modules.entries()) {
        const [m] = await t.dataSource.query(
          `INSERT INTO training_module (training_id, position, title, requires_feedback) VALUES ($1, $2, $3, $4) RETURNING id`,
          [training.id, i + 1, moduleTitle, feedback],
        );
        for (const [j, [key, kind]] of moduleSteps.entries()) {
          const [s] = await t.dataSource.query(
            `INSERT INTO training_step (module_id, position, kind, title, content) VALUES ($1, $2, $3, $4, '{}') RETURNING id`,
            [m.id, j + 1, kind, key],
          );
          if (organisationId === w.org.organisationId && title === 'Assertief') steps[key] = s.id;
        }
      }
      return training.id;
    }

    /**
     * Course "Assertief" (modules: 1 with homework and a feedback moment, 2, 3), started Feb 2026, by hand:
     * 5 finished (homework answered after 2, 4, 6, 8 and 30 hours); 5 passed module 1 then nothing for
     * 60 days → stopped, dropped at module 2 (answered after 1 hour each); 5 did step 1 only, 20 days
     * ago → stalled at module 1; 5 sent homework 30 days ago still unanswered → active (waiting for the
     * trainer); 2 whose case was closed → stopped at module 1; 1 in Team Rijnstreek active yesterday;
     * 1 started in December 2025 (outside the period).
     * Admin: started 23, finished 5, active 6, stalled 5, stopped 7; module 1 reached 23, passed 10,
     * dropped 7; module 2 reached 10, passed 5, dropped 5; module 3 reached 5, passed 5, dropped 0.
     * Homework: 10 answered (1,1,1,1,1,2,4,6,8,30 → median (1+2)/2 = 1.5 h), 5 waiting.
     * Course "Kort" has 2 participants: every count hidden.
     */
    beforeAll(async () => {
      w = await world();
      courseA = await course('Assertief', w.org.organisationId, w.ans.id);
      const hours = [2, 4, 6, 8, 30];
      for (const h of hours)
        await enrol(courseA, w.ans, 'Leiden', {
          done: ['s1', 's2', 's3', 's4'],
          homework: { status: 'feedback_given', hours: h },
          idleDays: 3,
        });
      for (let i = 0; i < 5; i++)
        await enrol(courseA, w.ans, 'Leiden', { done: ['s1', 's2'], homework: { status: 'feedback_given', hours: 1 }, idleDays: 60 });
      for (let i = 0; i < 5; i++) await enrol(courseA, w.ans, 'Leiden', { done: ['s1'], idleDays: 20 });
      for (let i = 0; i < 5; i++)
        await enrol(courseA, w.ans, 'Leiden', { done: ['s1', 's2'], homework: { status: 'submitted' }, idleDays: 30 });
      for (let i = 0; i < 2; i++) await enrol(courseA, w.ans, 'Leiden', { done: ['s1'], idleDays: 1, closeCase: true });
      await enrol(courseA, w.cor, 'Gouda', { done: ['s1'], idleDays: 1 });
      await enrol(courseA, w.ans, 'Leiden', { startedAt: '2025-12-20T10:00:00Z', done: [], idleDays: 100 });
      const courseB = await course('Kort', w.org.organisationId, w.ans.id);
      for (let i = 0; i < 2; i++) await enrol(courseB, w.ans, 'Leiden', { done: [], idleDays: 1 });
      const foreignCourse = await course('Assertief', other.org.organisationId, other.ans.id);
      const [e] = await t.dataSource.query(
        `INSERT INTO training_enrolment (training_id, client_id, enrolled_by, mode, goals, started_at, last_activity_at)
         VALUES ($1, $2, $3, 'online', ARRAY['a1', 'b2'], '2026-02-01T10:00:00Z', '2026-02-01T10:00:00Z') RETURNING id`,
        [foreignCourse, other.client.id, other.ans.id],
      );
      expect(e.id).toBeTruthy();
    });

    const Q = 'trainings?from=2026-01-01&to=2026-06-30';

    it('counts started, finished, active, stalled and stopped per course, hiding 1–4', async () => {
      const r = await ok<TrainingDropoutReport>(Q, w.admin);
      expect(r.stallDays).toBe(14);
      expect(r.stopDays).toBe(42);
      expect(r.courses.map((c) => [c.title, c.started, c.finished, c.active, c.stalled, c.stopped])).toEqual([
        ['Assertief', 23, 5, 6, 5, 7],
        ['Kort', null, 0, null, 0, 0],
      ]);
    });

    it('shows per module who reached, passed and dropped out there', async () => {
      const r = await ok<TrainingDropoutReport>(Q, w.admin);
      expect(r.courses[0].modules).toEqual([
        { position: 1, title: 'Wat wil je?', reached: 23, passed: 10, droppedHere: 7 },
        { position: 2, title: 'Nee zeggen', reached: 10, passed: 5, droppedHere: 5 },
        { position: 3, title: 'Oefenen', reached: 5, passed: 5, droppedHere: 0 },
      ]);
    });

    it("gives the trainer's median response time on homework", async () => {
      const r = await ok<TrainingDropoutReport>(Q, w.admin);
      expect(r.courses[0]).toMatchObject({ answered: 10, waiting: 5, medianResponseHours: 1.5 });
      expect(r.courses[1]).toMatchObject({ answered: 0, waiting: 0, medianResponseHours: null });
    });

    it("gives a team lead their team's enrolments only, and another organisation none", async () => {
      const own = await ok<TrainingDropoutReport>(Q, w.lead);
      expect(own.courses[0]).toMatchObject({ started: 22, active: 5, finished: 5, stalled: 5, stopped: 7 });
      expect(own.courses[0].modules[0].reached).toBe(22);
      const foreign = await ok<TrainingDropoutReport>(Q, other.admin);
      expect(foreign.courses.map((c) => [c.title, c.started])).toEqual([['Assertief', null]]);
    });

    it('writes per course and per module as CSV', async () => {
      const res = await get(`${Q}&format=csv&dialect=excel-nl`, w.admin);
      expect(res.headers['content-disposition']).toContain('trainingen-uitval-2026-01-01-2026-06-30.csv');
      expect(res.text.split('\r\n').slice(0, 3)).toEqual([
        '\uFEFFTraining;Begonnen;Afgerond;Bezig;Vastgelopen (14+ dagen niets);Gestopt;Huiswerk beantwoord;Huiswerk wacht;Reactietijd trainer (mediaan, uren)',
        'Assertief;23;5;6;5;7;10;5;1,5',
        'Kort;minder dan 5;0;minder dan 5;0;0;0;0;',
      ]);
      const modules = await get(`${Q}&format=csv&table=modules`, w.admin);
      expect(modules.text.split('\n').slice(0, 3)).toEqual([
        'course,module,title,reached,passed,dropped_here',
        'Assertief,1,Wat wil je?,23,10,7',
        'Assertief,2,Nee zeggen,10,5,5',
      ]);
    });
  });
});
