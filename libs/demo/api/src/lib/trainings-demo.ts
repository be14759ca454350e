import { ASSERTIVENESS_COURSE, installCourse, InstalledCourse, MONEY_COURSE, SLEEP_COURSE, STRESS_COURSE } from '@nabij/trainings/api';
import type { EntityManager } from 'typeorm';
import type { DemoContext } from './demo-context';

const DAY = 86_400_000;

/**
 * The assertiveness course with the demo worker as trainer, and the self-help course "Beter slapen". The demo client is enrolled and has
 * not started yet (module 1 is open). Two extra participants make the trainer's screens real:
 * one waits for feedback on module 1, one has stalled (20 days quiet, diary answered "ja"/"nee").
 * The group courses "Grip op geld" and "Omgaan met stress" (demo worker as trainer), with a group
 * of six for "Grip op geld" (see seedCohortDemo).
 */
export async function seedTrainingsDemo(db: EntityManager, ctx: DemoContext): Promise<void> {
  const now = new Date();
  // Only staff with the capability "kan trainen" may be a training's trainer.
  await db.query(`UPDATE account SET can_train = true WHERE id = $1`, [ctx.accountIds.worker]);
  const course = await installCourse(db, ASSERTIVENESS_COURSE, {
    organisationId: ctx.organisationId,
    trainerId: ctx.accountIds.worker,
    now,
  });
  // A self-help course next to it: no trainer; clients start it themselves from Training.
  await installCourse(db, SLEEP_COURSE, { organisationId: ctx.organisationId, trainerId: null, now });

  const clientEnrolment = await enrol(
    db,
    course,
    ctx.accountIds.client,
    ctx.accountIds.client,
    ['Grenzen aangeven', 'Nee zeggen als ik nee bedoel'],
    new Date(now.getTime() - DAY),
  );

  const fatima = await participant(db, ctx, 'fatima.training@demo.nabij.nl', 'Fatima El Idrissi');
  const fatimaEnrolment = await enrol(
    db,
    course,
    fatima,
    ctx.accountIds.worker,
    ['Opkomen voor mijn eigen belangen', 'Standvastig blijven zonder schuldgevoel', 'Zeggen wat ik vind op mijn werk'],
    new Date(now.getTime() - 6 * DAY),
    'blended',
  );
  const fatimaDone = new Date(now.getTime() - 2 * DAY);
  await completeSteps(db, fatimaEnrolment, course.modules[0].stepIds, fatimaDone);
  await submit(db, fatimaEnrolment, course.modules[0].stepIds[3], ctx.accountIds.worker, fatimaDone, {
    situation: 'Mijn leidinggevende vroeg of ik op zaterdag wilde werken. Ik had mijn moeder beloofd dat ik kwam helpen.',
    thoughts: 'Als ik nee zeg, vindt hij me lui. Dan krijg ik straks minder uren.',
    feelings: 'Onzeker en een beetje boos op mezelf.',
    actions: 'Ik zei meteen ja. Daarna was ik de hele dag chagrijnig.',
    wish: 'Zeggen dat ik die zaterdag al een afspraak heb, en een andere dag aanbieden.',
  });

  const kevin = await participant(db, ctx, 'kevin.training@demo.nabij.nl', 'Kevin Bakker');
  const kevinEnrolment = await enrol(
    db,
    course,
    kevin,
    kevin,
    ['Grenzen aangeven', 'Om hulp vragen als ik het nodig heb'],
    new Date(now.getTime() - 40 * DAY),
  );
  await completeSteps(db, kevinEnrolment, course.modules[0].stepIds, new Date(now.getTime() - 35 * DAY));
  const m1 = await submit(db, kevinEnrolment, course.modules[0].stepIds[3], ctx.accountIds.worker, new Date(now.getTime() - 35 * DAY), {
    situation: 'Mijn huisbaas kwam zonder te bellen binnen om de meter op te nemen.',
    thoughts: 'Dat mag toch niet zomaar?',
    feelings: 'Onzeker denk ik.',
    actions: 'Ik zei niks.',
    wish: 'Vragen of hij voortaan eerst belt.',
  });
  await db.query(
    `UPDATE training_submission SET status = 'feedback_given', feedback = $2, feedback_by = $3, feedback_at = $4 WHERE id = $1`,
    [
      m1,
      'Goed dat je dit zo eerlijk opschrijft, Kevin. Je merkte zelf al dat je niks zei. Wat had je de huisbaas eigenlijk willen zeggen?',
      ctx.accountIds.worker,
      new Date(now.getTime() - 33 * DAY),
    ],
  );
  const quiet = new Date(now.getTime() - 20 * DAY);
  await completeSteps(db, kevinEnrolment, course.modules[1].stepIds, quiet);
  await submit(db, kevinEnrolment, course.modules[1].stepIds[3], ctx.accountIds.worker, quiet, {
    situation: 'werk',
    thoughts: 'nee',
    feelings: 'ja',
    actions: 'niks',
    wish: 'weet niet',
  });
  await db.query(
    `UPDATE training_submission SET status = 'feedback_given', feedback = $2, feedback_by = $3, feedback_at = $4 WHERE enrolment_id = $1 AND status = 'submitted'`,
    [
      kevinEnrolment,
      'Fijn dat je het dagboek hebt ingevuld. Wil je me iets meer vertellen over wat er op je werk gebeurde? Eén zin per vraag is al genoeg.',
      ctx.accountIds.worker,
      new Date(now.getTime() - 19 * DAY),
    ],
  );
  await db.query(`UPDATE training_enrolment SET last_activity_at = $2 WHERE id = $1`, [kevinEnrolment, quiet]);

  await seedAssertivenessGroup(db, ctx, course.trainingId, [
    [ctx.accountIds.client, clientEnrolment],
    [fatima, fatimaEnrolment],
    [kevin, kevinEnrolment],
  ]);
  await seedCohortDemo(db, ctx, now, [fatima, kevin]);
}

/**
 * The assertiveness course's group "Assertiviteit, groep Leiden-Centrum" (own pace): the demo client,
 * Fatima and Kevin with the demo worker as trainer. Its closed forum is seeded by the forum demo.
 */
async function seedAssertivenessGroup(
  db: EntityManager,
  ctx: DemoContext,
  trainingId: string,
  members: Array<[clientId: string, enrolmentId: string]>,
): Promise<void> {
  const created = new Date(Date.now() - 45 * DAY);
  const [cohort] = await db.query(
    `INSERT INTO training_cohort (organisation_id, training_id, title, starts_on, pacing, created_by, created_at)
     VALUES ($1, $2, $3, $4, 'own_pace', $5, $6) RETURNING id`,
    [ctx.organisationId, trainingId, ASSERTIVENESS_GROUP, created.toISOString().slice(0, 10), ctx.accountIds.worker, created],
  );
  await db.query(`INSERT INTO training_cohort_trainer (cohort_id, trainer_id) VALUES ($1, $2)`, [cohort.id, ctx.accountIds.worker]);
  for (const [clientId, enrolmentId] of members)
    await db.query(
      `INSERT INTO training_cohort_member (cohort_id, client_id, status, enrolment_id, added_by, added_at) VALUES ($1, $2, 'active', $3, $4, $5)`,
      [cohort.id, clientId, enrolmentId, ctx.accountIds.worker, created],
    );
}

/** The title of the demo's assertiveness group, whose forum the forum demo fills. */
export const ASSERTIVENESS_GROUP = 'Assertiviteit, groep Leiden-Centrum';

/**
 * "Grip op geld" in a group of six, paced per session: the first meeting was a week ago in the
 * neighbourhood centre (five came), tomorrow evening they meet online in Nabij (a group video call
 * to try), the next in five days opens module 2; the last is online with a link. The demo client is one of the six, so Training shows the group and its next session.
 */
async function seedCohortDemo(db: EntityManager, ctx: DemoContext, now: Date, others: string[]): Promise<void> {
  const money = await installCourse(db, MONEY_COURSE, { organisationId: ctx.organisationId, trainerId: ctx.accountIds.worker, now });
  await installCourse(db, STRESS_COURSE, { organisationId: ctx.organisationId, trainerId: ctx.accountIds.worker, now });
  const [cohort] = await db.query(
    `INSERT INTO training_cohort (organisation_id, training_id, title, starts_on, pacing, created_by, created_at)
     VALUES ($1, $2, 'Grip op geld, groep Leiden-Noord', $3, 'per_session', $4, $5) RETURNING id`,
    [ctx.organisationId, money.trainingId, new Date(now.getTime() - 7 * DAY).toISOString().slice(0, 10), ctx.accountIds.worker, now],
  );
  await db.query(`INSERT INTO training_cohort_trainer (cohort_id, trainer_id) VALUES ($1, $2)`, [cohort.id, ctx.accountIds.worker]);
  const extra = [
    ['nadia.groep@demo.nabij.nl', 'Nadia Bouzid'],
    ['piotr.groep@demo.nabij.nl', 'Piotr Nowak'],
    ['ayse.groep@demo.nabij.nl', 'Ayşe Demir'],
  ];
  const members = [ctx.accountIds.client, ...others];
  for (const [email, name] of extra) members.push(await participant(db, ctx, email, name));
  const started = new Date(now.getTime() - 8 * DAY);
  for (const clientId of members) {
    const enrolmentId = await enrol(
      db,
      money,
      clientId,
      ctx.accountIds.worker,
      ['Overzicht over mijn geld', 'Rekeningen op tijd betalen'],
      started,
      'blended',
    );
    await db.query(
      `INSERT INTO training_cohort_member (cohort_id, client_id, status, enrolment_id, added_by, added_at) VALUES ($1, $2, 'active', $3, $4, $5)`,
      [cohort.id, clientId, enrolmentId, ctx.accountIds.worker, started],
    );
  }
  // Evening sessions at 19:00 Dutch time (18:00 UTC in winter).
  const at = (days: number) => {
    const d = new Date(now.getTime() + days * DAY);
    d.setUTCHours(18, 0, 0, 0);
    return d;
  };
  const session = async (days: number, moduleIndex: number | null, place: 'room' | 'online' | 'video', held: boolean): Promise<string> => {
    const [row] = await db.query(
      `INSERT INTO training_group_session (cohort_id, starts_at, minutes, place, room, address, link, module_id, held_at, created_at)
       VALUES ($1, $2, 120, $3, $4, $5, $6, $7, $8, $9) RETURNING id`,
      [
        cohort.id,
        at(days),
        place,
        place === 'room' ? 'Buurthuis De Kooi, zaal 1' : null,
        place === 'room' ? 'Kooilaan 2, 2315 AK Leiden' : null,
        place === 'online' ? 'https://meet.jit.si/nabij-grip-op-geld-leiden-noord' : null,
        moduleIndex === null ? null : money.modules[moduleIndex].id,
        held ? at(days) : null,
        started,
      ],
    );
    return row.id;
  };
  const first = await session(-7, 0, 'room', true);
  for (const [i, clientId] of members.entries()) {
    await db.query(
      `INSERT INTO training_session_attendance (session_id, client_id, present, recorded_by, recorded_at) VALUES ($1, $2, $3, $4, $5)`,
      [first, clientId, i !== 2, ctx.accountIds.worker, at(-7)],
    );
  }
  // Tomorrow evening online in Nabij, so a newcomer can try a group video call ("Deelnemen" from 18:45).
  await session(1, null, 'video', false);
  await session(5, 1, 'room', false);
  await session(12, 2, 'online', false);
}

async function participant(db: EntityManager, ctx: DemoContext, email: string, name: string): Promise<string> {
  const [row] = await db.query(
    `INSERT INTO account (email, password_hash, role, name, organisation_id, financier_id, email_verified_at, created_at)
     VALUES ($1, $2, 'client', $3, $4, $5, now(), now()) RETURNING id`,
    [email, ctx.passwordHash, name, ctx.organisationId, ctx.financierIds['Leiden']],
  );
  return row.id;
}

async function enrol(
  db: EntityManager,
  course: InstalledCourse,
  clientId: string,
  enrolledBy: string,
  goals: string[],
  startedAt: Date,
  mode: 'online' | 'blended' = 'online',
): Promise<string> {
  const [row] = await db.query(
    `INSERT INTO training_enrolment (training_id, client_id, enrolled_by, mode, goals, started_at, last_activity_at) VALUES ($1, $2, $3, $4, $5, $6, $6) RETURNING id`,
    [course.trainingId, clientId, enrolledBy, mode, goals, startedAt],
  );
  return row.id;
}

async function completeSteps(db: EntityManager, enrolmentId: string, stepIds: string[], at: Date): Promise<void> {
  for (const stepId of stepIds)
    await db.query(`INSERT INTO training_step_progress (enrolment_id, step_id, completed_at) VALUES ($1, $2, $3)`, [
      enrolmentId,
      stepId,
      at,
    ]);
  await db.query(`UPDATE training_enrolment SET last_activity_at = $2 WHERE id = $1`, [enrolmentId, at]);
}

async function submit(
  db: EntityManager,
  enrolmentId: string,
  stepId: string,
  trainerId: string,
  at: Date,
  answers: Record<string, string>,
): Promise<string> {
  const [row] = await db.query(
    `INSERT INTO training_submission (enrolment_id, step_id, answers, status, trainer_id, first_submitted_at, submitted_at) VALUES ($1, $2, $3, 'submitted', $4, $5, $5) RETURNING id`,
    [enrolmentId, stepId, JSON.stringify(answers), trainerId, at],
  );
  return row.id;
}
