import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Evaluations for the team lead report (issue 20):
 * - a chat's evaluation may carry a short free-text remark (erased with the client's data);
 * - a worker can close a message thread (`closed_at`; a new client message opens it again), after
 *   which the client is asked the same three questions once. Skipping is stored too (`skipped`,
 *   no scores), so the client is not asked again;
 * - a case records how its client came in (`intake_channel`, null for cases opened before).
 */
export class TeamLeadInsight1796310000000 implements MigrationInterface {
  name = 'TeamLeadInsight1796310000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE chat_evaluation ADD COLUMN remark text CHECK (length(remark) BETWEEN 1 AND 500)`);
    await db.query(`ALTER TABLE message_thread ADD COLUMN closed_at timestamptz`);
    await db.query(`
      CREATE TABLE thread_evaluation (
        thread_id uuid PRIMARY KEY REFERENCES message_thread(id) ON DELETE CASCADE,
        skipped boolean NOT NULL,
        helpful smallint CHECK (helpful BETWEEN 1 AND 5),
        understood smallint CHECK (understood BETWEEN 1 AND 5),
        again boolean,
        remark text CHECK (length(remark) BETWEEN 1 AND 500),
        created_at timestamptz NOT NULL,
        CHECK (skipped = (helpful IS NULL) AND skipped = (understood IS NULL) AND skipped = (again IS NULL)),
        CHECK (NOT skipped OR remark IS NULL)
      )`);
    await db.query(`CREATE INDEX thread_evaluation_created ON thread_evaluation (created_at)`);
    await db.query(`
      ALTER TABLE care_case ADD COLUMN intake_channel text CHECK (intake_channel IN (
        'online_registration', 'anonymous_chat', 'anonymous_question', 'referral_gp', 'referral_school',
        'referral_municipality', 'walk_in', 'phone'))`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE care_case DROP COLUMN intake_channel`);
    await db.query(`DROP TABLE thread_evaluation`);
    await db.query(`ALTER TABLE message_thread DROP COLUMN closed_at`);
    await db.query(`ALTER TABLE chat_evaluation DROP COLUMN remark`);
  }
}
