import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Time registration: one row per contact (or piece of non-client work) with its minutes, plus the
 * history of every change. The caseload report (libs/reports) aggregates these per closed case.
 *
 * Contact types split three ways (see TIME_CONTACT_GROUPS in @nabij/time/contracts):
 * - online dossier time: chat, message, homework_feedback
 * - registration time (face-to-face/phone work): face_to_face, phone, video, letter, other
 * - non-client time: preparation, consultation, group_training — these never have a case.
 */
export class Time1764101200000 implements MigrationInterface {
  name = 'Time1764101200000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE time_entry (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organisation_id uuid NOT NULL REFERENCES organisation(id),
        worker_id uuid NOT NULL REFERENCES account(id),
        case_id uuid REFERENCES care_case(id),
        contact_type text NOT NULL CHECK (contact_type IN (
          'chat', 'message', 'homework_feedback', 'face_to_face', 'phone', 'video', 'letter', 'other',
          'preparation', 'consultation', 'group_training')),
        minutes int NOT NULL CHECK (minutes BETWEEN 1 AND 1440),
        occurred_on date NOT NULL,
        source text NOT NULL DEFAULT 'manual' CHECK (source IN ('manual', 'chat', 'message', 'homework', 'appointment')),
        source_id text,
        status text NOT NULL DEFAULT 'confirmed' CHECK (status IN ('to_confirm', 'confirmed')),
        created_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL,
        unlocked_until timestamptz,
        deleted_at timestamptz,
        CHECK ((source = 'manual') = (source_id IS NULL)),
        CHECK ((contact_type IN ('preparation', 'consultation', 'group_training')) = (case_id IS NULL))
      )`);
    // A prefilled contact is registered once, even if the chat/message module reports it twice;
    // deleted rows stay in the index so a removed prefill does not come back.
    await db.query(`CREATE UNIQUE INDEX time_entry_source_unique ON time_entry (source, source_id) WHERE source_id IS NOT NULL`);
    // The caseload report sums per case: an index-only scan over (case, type, minutes).
    await db.query(`CREATE INDEX time_entry_case ON time_entry (case_id) INCLUDE (contact_type, minutes) WHERE deleted_at IS NULL`);
    // A worker's week view and per-worker summaries.
    await db.query(`CREATE INDEX time_entry_worker_day ON time_entry (worker_id, occurred_on) WHERE deleted_at IS NULL`);
    // The report selects cases by (organisation, closed_on) then groups by financier and kind.
    await db.query(`CREATE INDEX care_case_report ON care_case (organisation_id, closed_on) INCLUDE (financier_id, kind_of_work, team_id, assigned_worker_id, uses_online_dossier, opened_on) WHERE closed_on IS NOT NULL`);
    await db.query(`
      CREATE TABLE time_entry_change (
        id bigserial PRIMARY KEY,
        time_entry_id uuid NOT NULL REFERENCES time_entry(id),
        changed_by uuid REFERENCES account(id),
        changed_at timestamptz NOT NULL,
        action text NOT NULL CHECK (action IN ('create', 'prefill', 'update', 'confirm', 'delete', 'unlock')),
        old_values jsonb,
        new_values jsonb
      )`);
    await db.query(`CREATE INDEX time_entry_change_entry ON time_entry_change (time_entry_id, changed_at)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE IF EXISTS time_entry_change`);
    await db.query(`DROP INDEX IF EXISTS care_case_report`);
    await db.query(`DROP TABLE IF EXISTS time_entry`);
  }
}
