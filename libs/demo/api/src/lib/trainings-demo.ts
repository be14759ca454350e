import { ASSERTIVENESS_COURSE, installCourse, InstalledCourse, SLEEP_COURSE } from '@nabij/trainings/api';
import type { EntityManager } from 'typeorm';
import type { DemoContext } from './demo-context';

const DAY = 86_400_000;

/**
 * The assertiveness course with the demo worker as trainer, and the self-help course "Beter slapen". The demo client is enrolled and has
 * not started yet (module 1 is open). Two extra participants make the trainer's screens real:
 * one waits for feedback on module 1, one has stalled (20 days quiet, diary answered "ja"/"nee").
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

  await enrol(
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
