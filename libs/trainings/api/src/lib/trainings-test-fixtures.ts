import type { DataSource } from 'typeorm';
import { ASSERTIVENESS_COURSE } from './content/assertiveness-course';
import { installCourse, InstalledCourse } from './content/install-course';

/**
 * Shared set-up for the trainings integration specs (no test-helper imports, so it may live
 * beside production code): the course, extra accounts and cases on top of the demo seed.
 */
export interface TrainingsWorld {
  orgId: string;
  financierId: string;
  course: InstalledCourse;
  ids: Record<'client' | 'worker' | 'teamLead' | 'admin' | 'otherClient' | 'otherWorker', string>;
}

export async function buildTrainingsWorld(ds: DataSource, now: Date): Promise<TrainingsWorld> {
  const account = async (email: string) =>
    (await ds.query(`SELECT id, organisation_id, password_hash FROM account WHERE email = $1`, [email]))[0];
  const client = await account('client@demo.nabij.nl');
  const [financier] = await ds.query(`SELECT id FROM financier WHERE organisation_id = $1 AND name = 'Leiden'`, [client.organisation_id]);
  const extra = async (email: string, role: string, name: string) =>
    (
      await ds.query(
        `INSERT INTO account (email, password_hash, role, name, organisation_id, financier_id, email_verified_at, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, now(), now()) RETURNING id`,
        [email, client.password_hash, role, name, client.organisation_id, role === 'client' ? financier.id : null],
      )
    )[0].id;
  const course = await ds.transaction((db) =>
    installCourse(db, ASSERTIVENESS_COURSE, { organisationId: client.organisation_id, trainerId: null, now }),
  );
  const ids = {
    client: client.id,
    worker: (await account('worker@demo.nabij.nl')).id,
    teamLead: (await account('teamlead@demo.nabij.nl')).id,
    admin: (await account('admin@demo.nabij.nl')).id,
    otherClient: await extra('other.client@trainings.test', 'client', 'Andere Deelnemer'),
    otherWorker: await extra('other.worker@trainings.test', 'worker', 'Andere Hulpverlener'),
  };
  await ds.query(`UPDATE training SET trainer_id = $2 WHERE id = $1`, [course.trainingId, ids.worker]);
  return { orgId: client.organisation_id, financierId: financier.id, course, ids };
}

export async function openCase(ds: DataSource, world: TrainingsWorld, clientId: string, workerId: string): Promise<string> {
  const [row] = await ds.query(
    `INSERT INTO care_case (organisation_id, client_id, financier_id, assigned_worker_id, kind_of_work, opened_on) VALUES ($1, $2, $3, $4, 'hulp_online', '2026-02-01') RETURNING id`,
    [world.orgId, clientId, world.financierId, workerId],
  );
  return row.id;
}

export const DIARY = {
  situation: 'Mijn buurvrouw vroeg of ik haar hond uitliet terwijl ik zelf ziek was.',
  thoughts: 'Ik dacht: als ik nee zeg, vindt ze me niet meer aardig.',
  feelings: 'Ik voelde me onrustig en een beetje boos op mezelf.',
  actions: 'Ik zei toch ja en liep met de hond in de regen.',
  wish: 'Ik had willen zeggen dat ik ziek ben en dat het vandaag niet kan.',
};

/** Module 1's diary: a moment this week where the client did something else than they wanted. */
export const MODULE_1_ANSWERS = {
  situation: 'Mijn baas vroeg of ik wilde overwerken. Ik wilde naar mijn zoon.',
  thoughts: 'Ik dacht: als ik nee zeg, vindt hij me lui.',
  feelings: 'Ik voelde me gespannen en later boos op mezelf.',
  actions: 'Ik zei meteen ja en baalde de hele avond.',
  wish: 'Ik had willen zeggen dat ik vandaag om vijf uur weg moet.',
};
