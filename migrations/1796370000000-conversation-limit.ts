import { MigrationInterface, QueryRunner } from 'typeorm';

const TYPES_BEFORE = `'chat', 'message', 'homework_feedback', 'face_to_face', 'phone', 'video', 'letter', 'other', 'preparation', 'consultation', 'group_training'`;

/**
 * The rollup function of 1796074000000 with `report` in the registration minutes: the report line of
 * a face-to-face contact is face-to-face registration work on the case (Table B's "tijd registratie").
 */
function upsert(changes: string, registration: string): string {
  return `
    INSERT INTO case_time_rollup AS r (case_id, registration_minutes, online_minutes, chat_entries, message_entries, homework_entries)
    SELECT case_id,
           coalesce(sum(sign * minutes) FILTER (WHERE contact_type IN (${registration})), 0),
           coalesce(sum(sign * minutes) FILTER (WHERE contact_type IN ('chat', 'message', 'homework_feedback')), 0),
           coalesce(sum(sign) FILTER (WHERE contact_type = 'chat'), 0),
           coalesce(sum(sign) FILTER (WHERE contact_type = 'message'), 0),
           coalesce(sum(sign) FILTER (WHERE contact_type = 'homework_feedback'), 0)
      FROM (${changes}) changes
     GROUP BY case_id
    HAVING coalesce(sum(sign * minutes) FILTER (WHERE contact_type IN (${registration})), 0) <> 0
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

function rollupFunction(registration: string): string {
  const counted = `case_id IS NOT NULL AND deleted_at IS NULL`;
  return `
    CREATE OR REPLACE FUNCTION case_time_rollup_apply() RETURNS trigger LANGUAGE plpgsql AS $fn$
    BEGIN
      IF TG_OP = 'INSERT' THEN
        ${upsert(`SELECT case_id, contact_type, minutes, 1 AS sign FROM new_rows WHERE ${counted}`, registration)};
      ELSIF TG_OP = 'UPDATE' THEN
        ${upsert(
          `SELECT case_id, contact_type, minutes, 1 AS sign FROM new_rows WHERE ${counted}
                  UNION ALL
                  SELECT case_id, contact_type, minutes, -1 FROM old_rows WHERE ${counted}`,
          registration,
        )};
      ELSE
        ${upsert(`SELECT case_id, contact_type, minutes, -1 AS sign FROM old_rows WHERE ${counted}`, registration)};
      END IF;
      RETURN NULL;
    END
    $fn$`;
}

/**
 * Issue 20, the conversation limit and registration defaults (time registration owns all of it):
 * - `time_conversation_limit`: an organisation's maximum of conversations per case, per kind of work
 *   (no row: no limit). A conversation is a registered, not deleted contact of a counted type
 *   (CONVERSATION_TYPES in @nabij/time/contracts: face to face, phone, video, chat).
 * - `time_limit_extension`: a worker's request for more conversations on one case (number, reason
 *   category, a short justification without client details), decided once by the team lead of
 *   `team_id` (the worker's team when asked). One open request per case.
 * - `time_report_default`: the minutes of the second, prefilled report line of a contact type
 *   ("1 uur gesprek + 1 uur verslag"); no row, no report line.
 * - contact type `report`: that line, registration time on the case.
 */
export class ConversationLimit1796370000000 implements MigrationInterface {
  name = 'ConversationLimit1796370000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE time_conversation_limit (
        organisation_id uuid NOT NULL REFERENCES organisation(id),
        kind_of_work text NOT NULL CHECK (kind_of_work IN ('algemeen_mw', 'hulp_online', 'school_mw')),
        max_conversations int NOT NULL CHECK (max_conversations BETWEEN 1 AND 100),
        updated_at timestamptz NOT NULL,
        updated_by uuid REFERENCES account(id),
        PRIMARY KEY (organisation_id, kind_of_work)
      )`);
    await db.query(`
      CREATE TABLE time_limit_extension (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organisation_id uuid NOT NULL REFERENCES organisation(id),
        case_id uuid NOT NULL REFERENCES care_case(id) ON DELETE CASCADE,
        worker_id uuid NOT NULL REFERENCES account(id),
        team_id uuid REFERENCES team(id),
        extra int NOT NULL CHECK (extra BETWEEN 1 AND 20),
        reason_category text NOT NULL CHECK (reason_category IN ('more_problems', 'crisis', 'closing', 'waiting_referral', 'other')),
        reason text NOT NULL CHECK (length(reason) BETWEEN 1 AND 200),
        status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'approved', 'refused')),
        requested_at timestamptz NOT NULL,
        decided_by uuid REFERENCES account(id),
        decided_at timestamptz,
        CHECK ((status = 'pending') = (decided_at IS NULL)),
        CHECK ((status = 'pending') = (decided_by IS NULL))
      )`);
    await db.query(`CREATE UNIQUE INDEX time_limit_extension_open ON time_limit_extension (case_id) WHERE status = 'pending'`);
    await db.query(`CREATE INDEX time_limit_extension_team ON time_limit_extension (organisation_id, team_id, requested_at)`);
    await db.query(`CREATE INDEX time_limit_extension_case ON time_limit_extension (case_id)`);
    await db.query(`
      CREATE TABLE time_report_default (
        organisation_id uuid NOT NULL REFERENCES organisation(id),
        contact_type text NOT NULL CHECK (contact_type IN ('face_to_face', 'phone')),
        minutes int NOT NULL CHECK (minutes BETWEEN 1 AND 1440),
        updated_at timestamptz NOT NULL,
        updated_by uuid REFERENCES account(id),
        PRIMARY KEY (organisation_id, contact_type)
      )`);
    await replaceTypeCheck(db, `${TYPES_BEFORE}, 'report'`);
    await db.query(rollupFunction(`'face_to_face', 'phone', 'video', 'letter', 'other', 'report'`));
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DELETE FROM time_entry_change WHERE time_entry_id IN (SELECT id FROM time_entry WHERE contact_type = 'report')`);
    await db.query(`DELETE FROM time_entry WHERE contact_type = 'report'`);
    await db.query(rollupFunction(`'face_to_face', 'phone', 'video', 'letter', 'other'`));
    await replaceTypeCheck(db, TYPES_BEFORE);
    await db.query(`DROP TABLE IF EXISTS time_report_default`);
    await db.query(`DROP TABLE IF EXISTS time_limit_extension`);
    await db.query(`DROP TABLE IF EXISTS time_conversation_limit`);
  }
}

/** The first time migration's contact type check has a generated name; find it by what it says. */
async function replaceTypeCheck(db: QueryRunner, types: string): Promise<void> {
  const rows: Array<{ conname: string }> = await db.query(
    `SELECT conname FROM pg_constraint
      WHERE conrelid = 'time_entry'::regclass AND contype = 'c' AND pg_get_constraintdef(oid) LIKE '%contact_type%homework_feedback%'`,
  );
  for (const { conname } of rows) await db.query(`ALTER TABLE time_entry DROP CONSTRAINT "${conname}"`);
  await db.query(`ALTER TABLE time_entry ADD CONSTRAINT time_entry_contact_type_check CHECK (contact_type IN (${types}))`);
}
