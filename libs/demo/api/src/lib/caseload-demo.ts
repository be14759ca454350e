import type { EntityManager } from 'typeorm';
import type { DemoContext } from './demo-context';

type Financier = 'Leiden' | 'Alphen aan den Rijn' | 'Gouda' | 'Lisse';
type ThreadState = 'answered' | 'due_soon' | 'overdue' | 'waiting' | 'none';

/** Extra demo clients of the demo worker (Youssef Amrani): realistic names, fixed order. */
const CLIENTS: Array<[name: string, financier: Financier, postcode: string, birthDate: string]> = [
  ['Mohamed Bouzid', 'Leiden', '2315 BK', '1979-06-02'],
  ['Lisa van der Meer', 'Alphen aan den Rijn', '2402 AC', '1988-11-23'],
  ['Kevin Janssen', 'Gouda', '2801 JD', '1996-02-14'],
  ['Annemarie Visser', 'Lisse', '2161 GT', '1965-08-30'],
  ['Emre Kaya', 'Leiden', '2321 NH', '1991-04-17'],
  ['Sophie de Jong', 'Alphen aan den Rijn', '2405 EP', '2001-09-05'],
  ['Gerrit Mulder', 'Gouda', '2803 PL', '1958-01-12'],
  ['Priya Ramdin', 'Lisse', '2161 BC', '1984-12-19'],
  ['Thomas Smit', 'Leiden', '2332 KA', '1975-07-08'],
  ['Naima El Amrani', 'Alphen aan den Rijn', '2408 XK', '1993-03-27'],
  ['Jeroen Bos', 'Gouda', '2806 AG', '1982-10-11'],
  ['Fenna Hoekstra', 'Lisse', '2161 KN', '1999-05-22'],
  ['Ricardo Martis', 'Leiden', '2313 EL', '1987-08-03'],
  ['Ingrid Vermeulen', 'Alphen aan den Rijn', '2771 AB', '1962-02-28'],
  ['Daan van Dijk', 'Gouda', '2808 BV', '2004-06-16'],
  ['Saskia Peters', 'Lisse', '2161 ED', '1977-11-09'],
  ['Yusuf Demir', 'Leiden', '2317 VT', '1990-01-30'],
  ['Marloes de Graaf', 'Alphen aan den Rijn', '2403 JR', '1985-04-04'],
  ['Bram Koster', 'Gouda', '2802 LM', '1970-09-21'],
  ['Esther Dekker', 'Lisse', '2161 HP', '1994-07-13'],
  ['Abdelkader Haddou', 'Leiden', '2324 BG', '1968-03-15'],
  ['Joyce Willems', 'Alphen aan den Rijn', '2406 LC', '1998-12-01'],
  ['Henk Brouwer', 'Gouda', '2804 RS', '1955-10-26'],
  ['Chantal Kramer', 'Lisse', '2161 AL', '1989-06-07'],
  ['Tim de Boer', 'Leiden', '2334 CE', '2000-08-18'],
  ['Wendy Schouten', 'Alphen aan den Rijn', '2409 TV', '1981-05-02'],
  ['Ahmet Yildiz', 'Gouda', '2805 NW', '1973-12-24'],
  ['Mirjam Post', 'Lisse', '2161 DZ', '1966-04-10'],
  ['Rachid Ouali', 'Leiden', '2316 HJ', '1995-01-19'],
];

const KINDS = ['algemeen_mw', 'algemeen_mw', 'hulp_online', 'school_mw'] as const;
const PROBLEMS = [
  ['materiele_problematiek'],
  ['relatie'],
  ['opvoeding', 'relatie'],
  ['psychosociaal'],
  ['huisvesting', 'materiele_problematiek'],
  ['werk_en_inkomen'],
];
/** Demo clients whose conversations need an interpreter, and the language. */
const DEMO_INTERPRETERS: Readonly<Record<string, string>> = { 'Mohamed Bouzid': 'ar', 'Emre Kaya': 'tr' };

const STATES: ThreadState[] = ['answered', 'due_soon', 'overdue', 'waiting', 'none'];

const CLIENT_LINES = [
  'Ik heb weer een aanmaning gekregen. Kunt u mij helpen?',
  'Mijn zoon wil niet meer naar school. Wat kan ik doen?',
  'Het gaat niet goed thuis, kunnen we deze week praten?',
  'Ik snap de brief van de gemeente niet over mijn uitkering.',
];

/**
 * The demo worker's caseload: about 30 open cases over the four financiers, and the demo client's
 * own case with goals, a published report, an appointment and a waiting message. Message threads
 * are in every state (answered, due soon, overdue, waiting) relative to now().
 */
export async function seedCaseloadDemo(db: EntityManager, ctx: DemoContext): Promise<void> {
  const worker = ctx.accountIds.worker;
  const team = ctx.teamIds['Team Leiden'];
  const openCase = async (clientId: string, financier: Financier, i: number, daysAgo: number): Promise<string> => {
    const [row] = await db.query(
      `INSERT INTO care_case (organisation_id, client_id, financier_id, team_id, assigned_worker_id, kind_of_work, problem_areas, uses_online_dossier, opened_on, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, true, (now() - make_interval(days => $8))::date, now() - make_interval(days => $8)) RETURNING id`,
      [
        ctx.organisationId,
        clientId,
        ctx.financierIds[financier],
        team,
        worker,
        KINDS[i % KINDS.length],
        PROBLEMS[i % PROBLEMS.length],
        daysAgo,
      ],
    );
    return row.id;
  };

  for (const [i, [name, financier, postcode, birthDate]] of CLIENTS.entries()) {
    const email = `client${String(i + 1).padStart(2, '0')}@demo.nabij.nl`;
    const [client] = await db.query(
      `INSERT INTO account (email, password_hash, role, name, organisation_id, financier_id, postcode, birth_date, email_verified_at, created_at)
       VALUES ($1, $2, 'client', $3, $4, $5, $6, $7, now(), now()) RETURNING id`,
      [email, ctx.passwordHash, name, ctx.organisationId, ctx.financierIds[financier], postcode, birthDate],
    );
    const caseId = await openCase(client.id, financier, i, 10 + ((i * 17) % 200));
    // "Tolk nodig" (issue 17) on two cases, so the worker sees it with their appointments.
    const interpreter = DEMO_INTERPRETERS[name];
    if (interpreter) await db.query(`UPDATE care_case SET interpreter_language = $2 WHERE id = $1`, [caseId, interpreter]);
    await seedThread(
      db,
      { organisationId: ctx.organisationId, clientId: client.id, caseId, workerId: worker },
      STATES[i % STATES.length],
      CLIENT_LINES[i % CLIENT_LINES.length],
    );
  }

  await seedDemoClientDossier(db, ctx, await openCase(ctx.accountIds.client, 'Leiden', 0, 21));
}

async function seedDemoClientDossier(db: EntityManager, ctx: DemoContext, caseId: string): Promise<void> {
  const { client, worker } = ctx.accountIds;
  const goals = [
    'Over drie maanden heb ik een overzicht van al mijn schulden en weet ik wat ik elke maand kan betalen.',
    'Ik open elke week mijn post en leg de brieven in de map.',
    'Ik ben aangemeld bij de schuldhulpverlening van de gemeente Leiden.',
  ];
  for (const [i, text] of goals.entries()) {
    await db.query(
      `INSERT INTO case_goal (case_id, position, text, achieved, created_by, updated_by, created_at, updated_at) VALUES ($1, $2, $3, $4, $5, $5, now() - interval '20 days', now() - interval '20 days')`,
      [caseId, i + 1, text, i === 1, i === 1 ? client : worker],
    );
  }
  const [report] = await db.query(
    `INSERT INTO conversation_report (case_id, author_id, held_on, summary, tips, published_at, created_at, updated_at)
     VALUES ($1, $2, (now() - interval '14 days')::date, $3, $4, now() - interval '13 days', now() - interval '14 days', now() - interval '13 days') RETURNING id`,
    [
      caseId,
      worker,
      'We hebben samen je post doorgenomen. Er zijn drie schulden: de energierekening, de zorgverzekering en een boete van het CJIB. Je gaf aan dat je slecht slaapt van de zorgen.',
      'Bel het CJIB en vraag om een betalingsregeling. Leg alle nieuwe brieven ongeopend in de map; we openen ze samen.',
    ],
  );
  await db.query(`INSERT INTO report_reaction (report_id, author_id, text, created_at) VALUES ($1, $2, $3, now() - interval '12 days')`, [
    report.id,
    client,
    'Dank je wel. Ik heb het CJIB gebeld en de regeling is gelukt!',
  ]);
  await db.query(
    `INSERT INTO conversation_report (case_id, author_id, held_on, summary, tips, published_at, created_at, updated_at)
     VALUES ($1, $2, (now() - interval '1 day')::date, 'Concept: tweede gesprek over het budgetplan.', '', NULL, now() - interval '1 day', now() - interval '1 day')`,
    [caseId, worker],
  );
  await db.query(
    `INSERT INTO appointment (case_id, kind, starts_at, duration_minutes, location, note, status, created_by, created_at, updated_at) VALUES
       ($1, 'face_to_face', date_trunc('day', now()) - interval '14 days' + interval '9 hours', 60, 'Stationsplein 107, Leiden', NULL, 'attended', $2, now() - interval '20 days', now() - interval '14 days'),
       ($1, 'video', date_trunc('day', now()) + interval '3 days' + interval '9 hours 30 minutes', 45, NULL, 'Neem de brief van de zorgverzekeraar erbij.', 'planned', $2, now() - interval '1 day', now() - interval '1 day')`,
    [caseId, worker],
  );
  await db.query(
    `INSERT INTO client_action (case_id, kind, text, created_by, created_at) VALUES ($1, 'letter_needed', 'voor de woningcorporatie (huurachterstand)', $2, now() - interval '2 days')`,
    [caseId, client],
  );
  await seedThread(
    db,
    { organisationId: ctx.organisationId, clientId: client, caseId, workerId: worker },
    'answered',
    'Mag ik de brief van de zorgverzekeraar ook meenemen?',
  );
  await db.query(
    `INSERT INTO message (id, thread_id, sender_id, sender_role, body, received_at, answer_by)
     SELECT gen_random_uuid(), id, $2, 'client', 'Ik heb weer een brief van de energiemaatschappij gekregen. Moet ik die zelf bellen?', now() - interval '20 hours', now() + interval '28 hours'
       FROM message_thread WHERE case_id = $1`,
    [caseId, client],
  );
  await db.query(
    `INSERT INTO message_deadline (thread_id, started_at, due_at) SELECT id, now() - interval '20 hours', now() + interval '28 hours' FROM message_thread WHERE case_id = $1`,
    [caseId],
  );
  await db.query(`UPDATE message_thread SET last_message_at = now() - interval '20 hours' WHERE case_id = $1`, [caseId]);
}

/** One thread in the given state; times count back from now() so the demo is always current. */
export async function seedThread(
  db: EntityManager,
  p: { organisationId: string; clientId: string; caseId: string; workerId: string },
  state: ThreadState,
  question: string,
): Promise<void> {
  if (state === 'none') return;
  const receivedHoursAgo = { answered: 72, due_soon: 44, overdue: 52, waiting: 3 }[state];
  const [thread] = await db.query(
    `INSERT INTO message_thread (organisation_id, client_id, case_id, created_at, last_message_at)
     VALUES ($1, $2, $3, now() - make_interval(hours => $4), now() - make_interval(hours => $4)) RETURNING id`,
    [p.organisationId, p.clientId, p.caseId, receivedHoursAgo],
  );
  await db.query(
    `INSERT INTO message (id, thread_id, sender_id, sender_role, body, received_at, answer_by)
     VALUES (gen_random_uuid(), $1, $2, 'client', $3, now() - make_interval(hours => $4), now() - make_interval(hours => $4) + interval '48 hours')`,
    [thread.id, p.clientId, question, receivedHoursAgo],
  );
  if (state === 'answered') {
    await db.query(
      `INSERT INTO message (id, thread_id, sender_id, sender_role, body, received_at) VALUES (gen_random_uuid(), $1, $2, 'worker', $3, now() - interval '50 hours')`,
      [thread.id, p.workerId, 'Goede vraag. Neem alles mee naar onze afspraak, dan kijken we er samen naar.'],
    );
    await db.query(
      `INSERT INTO message_deadline (thread_id, started_at, due_at, answered_at, met_at, outcome)
       VALUES ($1, now() - interval '72 hours', now() - interval '24 hours', now() - interval '50 hours', now() - interval '50 hours', 'met')`,
      [thread.id],
    );
    await db.query(`UPDATE message_thread SET last_message_at = now() - interval '50 hours' WHERE id = $1`, [thread.id]);
    await db.query(
      `INSERT INTO message_read (thread_id, account_id, last_read_seq) SELECT $1, a, max(seq) FROM message, unnest($2::uuid[]) a WHERE thread_id = $1 GROUP BY a`,
      [thread.id, [p.clientId, p.workerId]],
    );
    return;
  }
  // Unanswered: the clock runs; the deadline check warns (due soon) or escalates (overdue) on its next run.
  await db.query(
    `INSERT INTO message_deadline (thread_id, started_at, due_at) VALUES ($1, now() - make_interval(hours => $2), now() - make_interval(hours => $2) + interval '48 hours')`,
    [thread.id, receivedHoursAgo],
  );
}
