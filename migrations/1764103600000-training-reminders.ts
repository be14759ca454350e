import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Training reminders that are actually sent. `last_reminded_at` records the last reminder mail;
 * `reminders_enabled_at` is when the client last turned reminders on, so turning them on never
 * sends a reminder straight away. The partial index keeps the 15-minute scan to opted-in rows.
 */
export class TrainingReminders1764103600000 implements MigrationInterface {
  name = 'TrainingReminders1764103600000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE training_enrolment ADD COLUMN IF NOT EXISTS last_reminded_at timestamptz`);
    await db.query(`ALTER TABLE training_enrolment ADD COLUMN IF NOT EXISTS reminders_enabled_at timestamptz`);
    await db.query(`CREATE INDEX IF NOT EXISTS training_enrolment_reminders ON training_enrolment (last_reminded_at) WHERE reminders_enabled`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX IF EXISTS training_enrolment_reminders`);
    await db.query(`ALTER TABLE training_enrolment DROP COLUMN IF EXISTS reminders_enabled_at`);
    await db.query(`ALTER TABLE training_enrolment DROP COLUMN IF EXISTS last_reminded_at`);
  }
}
