import { ASSERTIVENESS_COURSE } from '@nabij/trainings/api';
import type { EntityManager } from 'typeorm';
import type { DemoContext } from './demo-context';

const DAY = 86_400_000;
const HOUR = 3_600_000;

/** Targets per financier: last year and this year (the seeds: 30 %, then 90 % for the next year). */
const TARGETS: Record<string, [lastYear: number, thisYear: number]> = {
  Leiden: [30, 90],
  'Alphen aan den Rijn': [30, 60],
  Gouda: [25, 50],
  Lisse: [20, 40],
};

/** New cases of the six whole months before this one (oldest first): money problems rise, the rest stays level. */
const TOPIC_MONTHS: Array<{ money: number; other: Array<[string, number]> }> = [
  {
    money: 2,
    other: [
      ['relatie', 3],
      ['opvoeding', 2],
    ],
  },
  {
    money: 3,
    other: [
      ['relatie', 2],
      ['psychosociaal', 3],
    ],
  },
  {
    money: 5,
    other: [
      ['opvoeding', 3],
      ['huisvesting', 2],
    ],
  },
  {
    money: 6,
    other: [
      ['relatie', 3],
      ['psychosociaal', 2],
    ],
  },
  {
    money: 8,
    other: [
      ['opvoeding', 2],
      ['werk_en_inkomen', 3],
    ],
  },
  {
    money: 10,
    other: [
      ['relatie', 3],
      ['psychosociaal', 2],
    ],
  },
];
const FINANCIER_ROTATION = ['Leiden', 'Leiden', 'Alphen aan den Rijn', 'Gouda', 'Leiden', 'Lisse'];

/**
 * Demo data for the team lead's targets, topic and training tabs (issue 20): online-dossier targets
 * per financier (last year 18 % reached against 30 %, this year 90 % set); six months of new cases
 * with a rise in money problems; twenty participants of the assertiveness course, most of the
 * drop-out right after module 1, with the trainer's answers on homework. Generated clients and
 * cases go to a colleague in Team Leiden, so the demo worker's own caseload stays as it is.
 */
export async function seedInsightDemo(db: EntityManager, ctx: DemoContext): Promise<void> {
  const [colleague] = await db.query(
    `SELECT id FROM account WHERE organisation_id = $1 AND role = 'worker' AND team_id = $2 AND id <> $3 ORDER BY name LIMIT 1`,
    [ctx.organisationId, ctx.teamIds['Team Leiden'], ctx.accountIds.worker],
  );
  const workerId: string = colleague?.id ?? ctx.accountIds.worker;
  const [{ year }] = await db.query(`SELECT extract(year FROM now() AT TIME ZONE 'Europe/Amsterdam')::int AS year`);
  for (const [name, [last, current]] of Object.entries(TARGETS)) {
    const financierId = ctx.financierIds[name];
    if (!financierId) continue;
    await db.query(
      `INSERT INTO financier_online_target (financier_id, year, target_percent, set_by, set_at)
       VALUES ($1, $2, $3, $5, now()), ($1, $2 + 1, $4, $5, now()) ON CONFLICT DO NOTHING`,
      [financierId, year - 1, last, current, ctx.accountIds.admin],
    );
  }

  let n = 0;
  const newCase = async (
    name: string,
    financier: string,
    problem: string,
    openedDaysAgo: number,
  ): Promise<{ clientId: string; caseId: string }> => {
    n++;
    const [client] = await db.query(
      `INSERT INTO account (email, password_hash, role, name, organisation_id, financier_id, postcode, birth_date, email_verified_at, created_at)
       VALUES ($1, $2, 'client', $3, $4, $5, '2316 XA', make_date(1970 + $6::int % 40, 1 + $6::int % 12, 1 + $6::int % 28), now(), now() - make_interval(days => $7))
       RETURNING id`,
      [
        `inzicht${String(n).padStart(3, '0')}@demo.nabij.nl`,
        ctx.passwordHash,
        name,
        ctx.organisationId,
        ctx.financierIds[financier],
        n,
        openedDaysAgo,
      ],
    );
    const [c] = await db.query(
      `INSERT INTO care_case (organisation_id, client_id, financier_id, team_id, assigned_worker_id, kind_of_work, problem_areas,
                              uses_online_dossier, intake_channel, opened_on, created_at)
       VALUES ($1, $2, $3, $4, $5, 'algemeen_mw', ARRAY[$6], true, $7, (now() - make_interval(days => $8))::date, now() - make_interval(days => $8))
       RETURNING id`,
      [
        ctx.organisationId,
        client.id,
        ctx.financierIds[financier],
        ctx.teamIds['Team Leiden'],
        workerId,
        problem,
        n % 3 === 0 ? 'referral_gp' : 'online_registration',
        openedDaysAgo,
      ],
    );
    return { clientId: client.id, caseId: c.id };
  };

  // Topic trends: the six whole calendar months before this one, the cases spread over each month and the financiers.
  const today = new Date();
  for (const [i, month] of TOPIC_MONTHS.entries()) {
    const monthsAgo = TOPIC_MONTHS.length - i;
    const problems = [...Array(month.money).fill('materiele_problematiek'), ...month.other.flatMap(([p, k]) => Array(k).fill(p))];
    for (const [k, problem] of problems.entries()) {
      const opened = Date.UTC(today.getUTCFullYear(), today.getUTCMonth() - monthsAgo, 2 + ((k * 5) % 26), 12);
      const daysAgo = Math.floor((today.getTime() - opened) / DAY);
      await newCase(`Inzicht Cliënt ${n + 1}`, FINANCIER_ROTATION[k % FINANCIER_ROTATION.length], problem, daysAgo);
    }
  }

  // Last year's caseload: cases opened then, most closed before the year ended, half with the online dossier.
  const lastYear: Array<[financier: string, cases: number]> = [
    ['Leiden', 20],
    ['Alphen aan den Rijn', 12],
    ['Gouda', 10],
    ['Lisse', 8],
  ];
  for (const [financier, count] of lastYear) {
    for (let k = 0; k < count; k++) {
      const problem = k % 4 === 0 ? 'materiele_problematiek' : k % 4 === 1 ? 'relatie' : k % 4 === 2 ? 'psychosociaal' : 'opvoeding';
      const c = await newCase(`Vorig Jaar ${n + 1}`, financier, problem, 0);
      await db.query(
        `UPDATE care_case SET opened_on = make_date($2::int, 2, 1) + $3::int * 7, created_at = make_date($2::int, 2, 1) + $3::int * 7,
                              uses_online_dossier = $4,
                              closed_on = CASE WHEN $3::int % 10 < 7 THEN make_date($2::int, 2, 1) + $3::int * 7 + 90 END,
                              close_reason = CASE WHEN $3::int % 10 < 7 THEN 'goal_reached' END
          WHERE id = $1`,
        [c.caseId, year - 1, k, k % 2 === 0],
      );
    }
  }

  await seedOnlineUse(db, ctx, year);
  await seedTrainingDropout(db, ctx, workerId, newCase);
}

/**
 * Client messages (each answered the next day) in cases with the online dossier, so that last year
 * 18 % of the cases open in it used the dossier and this year about 45 % so far. Cases of the demo
 * client are left alone; the worker's read mark moves along, so nothing shows as unread.
 */
async function seedOnlineUse(db: EntityManager, ctx: DemoContext, year: number): Promise<void> {
  for (const [y, share] of [
    [year - 1, 0.18],
    [year, 0.45],
  ] as const) {
    const cases: Array<{ id: string; client_id: string; assigned_worker_id: string | null; candidate: boolean; used: boolean }> =
      await db.query(
        `SELECT c.id, c.client_id, c.assigned_worker_id, c.uses_online_dossier AND c.client_id <> $3 AS candidate,
              c.uses_online_dossier AND EXISTS (
                SELECT 1 FROM message_thread t JOIN message m ON m.thread_id = t.id
                 WHERE t.case_id = c.id AND m.sender_role = 'client'
                   AND extract(year FROM m.received_at AT TIME ZONE 'Europe/Amsterdam') = $2::int) AS used
         FROM care_case c
        WHERE c.organisation_id = $1 AND c.opened_on <= make_date($2::int, 12, 31) AND (c.closed_on IS NULL OR c.closed_on >= make_date($2::int, 1, 1))
        ORDER BY c.opened_on, c.id`,
        [ctx.organisationId, y, ctx.accountIds.client],
      );
    let needed = Math.round(cases.length * share) - cases.filter((c) => c.used).length;
    for (const [i, c] of cases.entries()) {
      if (needed <= 0) break;
      if (!c.candidate || c.used || !c.assigned_worker_id) continue;
      // A day in that year on which the case was open and that has passed: spread over the months.
      const [{ at }] = await db.query(
        `SELECT least(greatest(make_timestamptz($2::int, 1 + $3::int % 12, 1 + $3::int % 27, 10, 0, 0, 'Europe/Amsterdam'),
                               (SELECT opened_on FROM care_case WHERE id = $1)::timestamp AT TIME ZONE 'Europe/Amsterdam' + interval '10 hours'),
                      coalesce((SELECT closed_on FROM care_case WHERE id = $1)::timestamp AT TIME ZONE 'Europe/Amsterdam', now()),
                      now() - interval '2 days') AS at`,
        [c.id, y, i],
      );
      if (new Date(at).getFullYear() !== y) continue;
      const [thread] = await db.query(
        `INSERT INTO message_thread (organisation_id, client_id, case_id, created_at, last_message_at) VALUES ($1, $2, $3, $4, $4)
         ON CONFLICT (case_id) WHERE case_id IS NOT NULL DO UPDATE SET last_message_at = greatest(message_thread.last_message_at, EXCLUDED.last_message_at)
         RETURNING id`,
        [ctx.organisationId, c.client_id, c.id, new Date(new Date(at).getTime() + DAY)],
      );
      await db.query(
        `INSERT INTO message (id, thread_id, sender_id, sender_role, body, received_at) VALUES
           (gen_random_uuid(), $1, $2, 'client', 'Ik heb het formulier ingevuld en in mijn dossier gezet. Klopt het zo?', $4),
           (gen_random_uuid(), $1, $3, 'worker', 'Ja, dat klopt. Goed gedaan! We bespreken de rest bij onze volgende afspraak.', $4::timestamptz + interval '1 day')`,
        [thread.id, c.client_id, c.assigned_worker_id, at],
      );
      await db.query(
        `INSERT INTO message_read (thread_id, account_id, last_read_seq)
         SELECT $1, $2, max(seq) FROM message WHERE thread_id = $1
         ON CONFLICT (thread_id, account_id) DO UPDATE SET last_read_seq = EXCLUDED.last_read_seq`,
        [thread.id, c.assigned_worker_id],
      );
      needed--;
    }
  }
}

type NewCase = (name: string, financier: string, problem: string, openedDaysAgo: number) => Promise<{ clientId: string; caseId: string }>;

/**
 * 21 participants who started the assertiveness course 30–90 days ago: 5 finished, 9 passed
 * module 1 and went no further (stopped or stalled there: the seeds' drop-out after module 1), 4
 * still going in module 2 and 3 stuck in module 1. Homework answered by the trainer after 3–40 hours.
 */
async function seedTrainingDropout(db: EntityManager, ctx: DemoContext, workerId: string, newCase: NewCase): Promise<void> {
  const [training] = await db.query(`SELECT id FROM training WHERE organisation_id = $1 AND title = $2`, [
    ctx.organisationId,
    ASSERTIVENESS_COURSE.title,
  ]);
  if (!training) return;
  const rows: Array<{ module_id: string; position: number; step_id: string; kind: string }> = await db.query(
    `SELECT m.id AS module_id, m.position, s.id AS step_id, s.kind
       FROM training_module m JOIN training_step s ON s.module_id = m.id
      WHERE m.training_id = $1 ORDER BY m.position, s.position`,
    [training.id],
  );
  const modules = [...new Set(rows.map((r) => r.position))].map((p) => rows.filter((r) => r.position === p));
  // [modules passed, days since the last activity, started days ago]
  const plan: Array<[number, number, number]> = [
    ...Array.from({ length: 5 }, (_, i): [number, number, number] => [modules.length, 2 + i, 85 - i]),
    ...Array.from({ length: 6 }, (_, i): [number, number, number] => [1, 45 + i, 88 - i * 2]),
    ...Array.from({ length: 3 }, (_, i): [number, number, number] => [1, 16 + i, 40 + i]),
    ...Array.from({ length: 4 }, (_, i): [number, number, number] => [1, 1 + i, 35 + i]),
    ...Array.from({ length: 3 }, (_, i): [number, number, number] => [0, 20 + i, 32 + i]),
  ];
  const now = Date.now();
  for (const [i, [passed, idleDays, startedDaysAgo]] of plan.entries()) {
    const c = await newCase(`Deelnemer ${i + 1}`, i % 3 === 0 ? 'Gouda' : 'Leiden', 'psychosociaal', startedDaysAgo + 3);
    const started = new Date(now - startedDaysAgo * DAY);
    const last = new Date(now - idleDays * DAY);
    const [e] = await db.query(
      `INSERT INTO training_enrolment (training_id, client_id, enrolled_by, mode, goals, started_at, last_activity_at, case_id)
       VALUES ($1, $2, $3, 'online', ARRAY['Grenzen aangeven', 'Nee zeggen als ik nee bedoel'], $4, $5, $6) RETURNING id`,
      [training.id, c.clientId, workerId, started, last, c.caseId],
    );
    // The passed modules, and in the next one its first step (someone going on in module 2 or stuck in module 1).
    const done = modules.slice(0, passed).flat();
    const next = modules[passed]?.[0];
    for (const [k, step] of [...done, ...(next ? [next] : [])].entries()) {
      const at = new Date(Math.min(last.getTime(), started.getTime() + (k + 1) * DAY));
      await db.query(`INSERT INTO training_step_progress (enrolment_id, step_id, completed_at) VALUES ($1, $2, $3)`, [
        e.id,
        step.step_id,
        at,
      ]);
      if (step.kind !== 'assignment' || !done.includes(step)) continue;
      const answered = new Date(at.getTime() + (3 + ((i * 7 + k * 5) % 38)) * HOUR);
      const [s] = await db.query(
        `INSERT INTO training_submission (enrolment_id, step_id, answers, status, trainer_id, case_id, first_submitted_at, submitted_at,
                                          feedback, feedback_by, feedback_at)
         VALUES ($1, $2, '{}', 'feedback_given', $3, $4, $5, $5, 'Goed geoefend. Probeer het deze week nog een keer.', $3, $6) RETURNING id`,
        [e.id, step.step_id, workerId, c.caseId, at, answered],
      );
      await db.query(
        `INSERT INTO training_homework_contact (submission_id, case_id, client_id, revision, submitted_at, worker_id, answered_at, outcome)
         VALUES ($1, $2, $3, 1, $4, $5, $6, 'feedback_given')`,
        [s.id, c.caseId, c.clientId, at, workerId, answered],
      );
    }
  }
}
