import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Appointment reminders and changes (issue 17).
 * - `outbox_sms`: every SMS is stored first (like `outbox_mail`), so the development outbox shows it
 *   and a failed delivery is retried, never lost.
 * - `reminder_setting`: per organisation, the day reminders were switched on (null: off). The
 *   no-show report compares the months before and after it.
 * - `reminder_contact`: the client's mobile number and SMS opt-in.
 * - `appointment_reminder`: one row per reminder (24 h / 2 h) and start time of an appointment; its
 *   state makes sending exactly once, and a moved appointment gets new rows for its new time.
 * - `appointment_change_request`: a client's cancellation or request to move, with the reason and
 *   the worker's answer.
 */
export class AppointmentReminders1796290000000 implements MigrationInterface {
  name = 'AppointmentReminders1796290000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE outbox_sms (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        to_number text NOT NULL,
        text text NOT NULL,
        created_at timestamptz NOT NULL,
        sent_at timestamptz,
        last_error text,
        attempts int NOT NULL DEFAULT 0
      )`);
    await db.query(`CREATE INDEX outbox_sms_created ON outbox_sms (created_at)`);
    await db.query(`
      CREATE TABLE reminder_setting (
        organisation_id uuid PRIMARY KEY REFERENCES organisation(id) ON DELETE CASCADE,
        enabled_since date,
        updated_by uuid NOT NULL,
        updated_at timestamptz NOT NULL
      )`);
    await db.query(`
      CREATE TABLE reminder_contact (
        account_id uuid PRIMARY KEY REFERENCES account(id) ON DELETE CASCADE,
        mobile text,
        sms_opt_in boolean NOT NULL DEFAULT false,
        updated_at timestamptz NOT NULL,
        CHECK (NOT sms_opt_in OR mobile IS NOT NULL)
      )`);
    await db.query(`
      CREATE TABLE appointment_reminder (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        appointment_id uuid NOT NULL REFERENCES appointment(id) ON DELETE CASCADE,
        slot text NOT NULL CHECK (slot IN ('24h', '2h')),
        starts_at timestamptz NOT NULL,
        due_at timestamptz NOT NULL,
        state text NOT NULL CHECK (state IN ('scheduled', 'sent', 'cancelled')),
        sent_at timestamptz,
        job_id uuid,
        created_at timestamptz NOT NULL,
        UNIQUE (appointment_id, slot, starts_at)
      )`);
    await db.query(`CREATE INDEX appointment_reminder_due ON appointment_reminder (due_at) WHERE state = 'scheduled'`);
    await db.query(`
      CREATE TABLE appointment_change_request (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        appointment_id uuid NOT NULL REFERENCES appointment(id) ON DELETE CASCADE,
        case_id uuid NOT NULL REFERENCES care_case(id) ON DELETE CASCADE,
        kind text NOT NULL CHECK (kind IN ('cancel', 'move')),
        reason text NOT NULL CHECK (length(reason) BETWEEN 1 AND 1000),
        previous_starts_at timestamptz NOT NULL,
        requested_by uuid NOT NULL,
        requested_at timestamptz NOT NULL,
        new_starts_at timestamptz,
        answered_by uuid,
        answered_at timestamptz
      )`);
    await db.query(`CREATE INDEX appointment_change_request_case ON appointment_change_request (case_id, requested_at)`);
    // At most one open request to move per appointment.
    await db.query(
      `CREATE UNIQUE INDEX appointment_change_request_open ON appointment_change_request (appointment_id) WHERE kind = 'move' AND answered_at IS NULL`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE appointment_change_request`);
    await db.query(`DROP TABLE appointment_reminder`);
    await db.query(`DROP TABLE reminder_contact`);
    await db.query(`DROP TABLE reminder_setting`);
    await db.query(`DROP TABLE outbox_sms`);
  }
}
