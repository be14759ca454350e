import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Per-case totals of registered time, kept up to date by the database in the same transaction as
 * every change to `time_entry`, so the caseload report (Table B) reads one row per closed case
 * instead of summing all of a year's entries.
 *
 * The split follows TIME_CONTACT_GROUPS in @nabij/time/contracts (a spec checks each contact type
 * lands in the column the contracts say):
 * - registration_minutes: face_to_face, phone, video, letter, other
 * - online_minutes: chat, message, homework_feedback
 * - chat_entries, message_entries, homework_entries: how many entries of that type
 * Non-client time (preparation, consultation, group_training) has no case and is not rolled up.
 * Deleted entries (deleted_at set) do not count.
 *
 * Statement-level triggers with transition tables: one multi-row insert, update or delete adds one
 * delta per case, in case order (two transactions touching the same cases lock them in the same
 * order, so they wait for each other instead of deadlocking).
 */
/** Adds the signed minutes and counts of `changes` (case_id, contact_type, minutes, sign) to the rollup. */
function upsert(changes: string): string {
  return `
    INSERT INTO case_time_rollup AS r (case_id, registration_minutes, online_minutes, chat_entries, message_entries, homework_entries)
    SELECT case_id,
           coalesce(sum(sign * minutes) FILTER (WHERE contact_type IN ('face_to_face', 'phone', 'video', 'letter', 'other')), 0),
           coalesce(sum(sign * minutes) FILTER (WHERE contact_type IN ('chat', 'message', 'homework_feedback')), 0),
           coalesce(sum(sign) FILTER (WHERE contact_type = 'chat'), 0),
           coalesce(sum(sign) FILTER (WHERE contact_type = 'message'), 0),
           coalesce(sum(sign) FILTER (WHERE contact_type = 'homework_feedback'), 0)
      FROM (${changes}) changes
     GROUP BY case_id
    -- An edit that changes no total (a confirmation, an unlock) writes nothing.
    HAVING coalesce(sum(sign * minutes) FILTER (WHERE contact_type IN ('face_to_face', 'phone', 'video', 'letter', 'other')), 0) <> 0
        OR coalesce(sum(sign * minutes) FILTER (WHERE contact_type IN ('chat', 'message', 'homework_feedback')), 0) <> 0
        OR coalesce(sum(sign) FILTER (WHERE contact_type = 'chat'), 0) <> 0
        OR coalesce(sum(sign) FILTER (WHERE contact_type = 'message'), 0) <> 0
        OR coalesce(sum(sign) FILTER (WHERE contact_type = 'homework_feedback'), 0) <> 0
     ORDER BY case_id
    ON CONFLICT (case_id) DO UPDATE SET
      registration_minutes = r.registration_minutes + excluded.registration_minutes,
      online_minutes = r.online_minutes + excluded.online_minutes,
      chat_entries = r.chat_entries + excluded.chat_entries,
      message_entries = r.message_entries + excluded.message_entries,
      homework_entries = r.homework_entries + excluded.homework_entries`;
}

export class CaseTimeRollup1796074000000 implements MigrationInterface {
  name = 'CaseTimeRollup1796074000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE case_time_rollup (
        case_id uuid PRIMARY KEY REFERENCES care_case(id) ON DELETE CASCADE,
        registration_minutes int NOT NULL DEFAULT 0,
        online_minutes int NOT NULL DEFAULT 0,
        chat_entries int NOT NULL DEFAULT 0,
        message_entries int NOT NULL DEFAULT 0,
        homework_entries int NOT NULL DEFAULT 0
      )`);
    const counted = `case_id IS NOT NULL AND deleted_at IS NULL`;
    await db.query(`
      CREATE FUNCTION case_time_rollup_apply() RETURNS trigger LANGUAGE plpgsql AS $fn$
      BEGIN
        IF TG_OP = 'INSERT' THEN
          ${upsert(`SELECT case_id, contact_type, minutes, 1 AS sign FROM new_rows WHERE ${counted}`)};
        ELSIF TG_OP = 'UPDATE' THEN
          ${upsert(`SELECT case_id, contact_type, minutes, 1 AS sign FROM new_rows WHERE ${counted}
                    UNION ALL
                    SELECT case_id, contact_type, minutes, -1 FROM old_rows WHERE ${counted}`)};
        ELSE
          ${upsert(`SELECT case_id, contact_type, minutes, -1 AS sign FROM old_rows WHERE ${counted}`)};
        END IF;
        RETURN NULL;
      END
      $fn$`);
    await db.query(`
      CREATE TRIGGER case_time_rollup_insert AFTER INSERT ON time_entry
        REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION case_time_rollup_apply()`);
    await db.query(`
      CREATE TRIGGER case_time_rollup_update AFTER UPDATE ON time_entry
        REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION case_time_rollup_apply()`);
    await db.query(`
      CREATE TRIGGER case_time_rollup_delete AFTER DELETE ON time_entry
        REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION case_time_rollup_apply()`);
    // The entries registered before this migration.
    await db.query(
      upsert(`SELECT case_id, contact_type, minutes, 1 AS sign FROM time_entry WHERE ${counted}`).replace(/ON CONFLICT[\s\S]*$/, ''),
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TRIGGER IF EXISTS case_time_rollup_insert ON time_entry`);
    await db.query(`DROP TRIGGER IF EXISTS case_time_rollup_update ON time_entry`);
    await db.query(`DROP TRIGGER IF EXISTS case_time_rollup_delete ON time_entry`);
    await db.query(`DROP FUNCTION IF EXISTS case_time_rollup_apply()`);
    await db.query(`DROP TABLE IF EXISTS case_time_rollup`);
  }
}
