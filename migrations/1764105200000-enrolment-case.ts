import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A training enrolment belongs to the case it was made in (null when the client had no open case).
 * Until now a worker saw a client's training work through "any open case of this client", so opening
 * a second case for someone else's client opened their homework too. Access and homework routing now
 * go through this column only.
 *
 * Existing enrolments get the case that was running when they started: the enrolling worker's case
 * first, else the oldest one (a case opened later by someone else must not take the work over).
 */
export class EnrolmentCase1764105200000 implements MigrationInterface {
  name = 'EnrolmentCase1764105200000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE training_enrolment ADD COLUMN IF NOT EXISTS case_id uuid REFERENCES care_case(id)`);
    await db.query(`CREATE INDEX IF NOT EXISTS training_enrolment_case ON training_enrolment (case_id)`);
    await db.query(`
      UPDATE training_enrolment e
         SET case_id = (
           SELECT c.id
             FROM care_case c
             JOIN training t ON t.id = e.training_id
            WHERE c.client_id = e.client_id
              AND c.organisation_id = t.organisation_id
              AND least(c.created_at, c.opened_on::timestamptz) <= e.started_at
              AND (c.closed_on IS NULL OR c.closed_on >= (e.started_at AT TIME ZONE 'Europe/Amsterdam')::date)
            ORDER BY (c.assigned_worker_id IS NOT DISTINCT FROM e.enrolled_by) DESC, c.created_at ASC, c.id
            LIMIT 1)
       WHERE e.case_id IS NULL`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX IF EXISTS training_enrolment_case`);
    await db.query(`ALTER TABLE training_enrolment DROP COLUMN IF EXISTS case_id`);
  }
}
