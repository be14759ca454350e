import { MigrationInterface, QueryRunner } from 'typeorm';

/** Chat consultation hours, duty roster, chat sessions with their transcript and evaluation. */
export class Chat1764101600000 implements MigrationInterface {
  name = 'Chat1764101600000';

  async up(db: QueryRunner): Promise<void> {
    // Weekly opening hours in Europe/Amsterdam local time; weekday is ISO (1 = Monday).
    await db.query(`
      CREATE TABLE chat_hours_slot (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organisation_id uuid NOT NULL REFERENCES organisation(id) ON DELETE CASCADE,
        weekday smallint NOT NULL CHECK (weekday BETWEEN 1 AND 7),
        starts_at time NOT NULL,
        ends_at time NOT NULL,
        CHECK (ends_at > starts_at)
      )`);
    await db.query(`CREATE INDEX chat_hours_slot_org ON chat_hours_slot (organisation_id)`);
    // Extra hours on a date, or cancelled hours (the whole day when no times are given).
    await db.query(`
      CREATE TABLE chat_hours_exception (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organisation_id uuid NOT NULL REFERENCES organisation(id) ON DELETE CASCADE,
        on_date date NOT NULL,
        kind text NOT NULL CHECK (kind IN ('extra', 'cancelled')),
        starts_at time,
        ends_at time,
        note text,
        CHECK ((starts_at IS NULL) = (ends_at IS NULL)),
        CHECK (ends_at IS NULL OR ends_at > starts_at),
        CHECK (kind = 'cancelled' OR starts_at IS NOT NULL)
      )`);
    await db.query(`CREATE INDEX chat_hours_exception_org_date ON chat_hours_exception (organisation_id, on_date)`);
    // Duty roster (bureaudienst): a worker staffs chat every week on a weekday, or on one date.
    await db.query(`
      CREATE TABLE chat_duty (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organisation_id uuid NOT NULL REFERENCES organisation(id) ON DELETE CASCADE,
        worker_id uuid NOT NULL REFERENCES account(id) ON DELETE CASCADE,
        weekday smallint CHECK (weekday BETWEEN 1 AND 7),
        on_date date,
        starts_at time NOT NULL,
        ends_at time NOT NULL,
        CHECK ((weekday IS NULL) <> (on_date IS NULL)),
        CHECK (ends_at > starts_at)
      )`);
    await db.query(`CREATE INDEX chat_duty_org ON chat_duty (organisation_id, weekday, on_date)`);
    await db.query(`
      CREATE TABLE chat_session (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organisation_id uuid NOT NULL REFERENCES organisation(id),
        status text NOT NULL CHECK (status IN ('waiting', 'active', 'ended')),
        client_id uuid REFERENCES account(id),
        case_id uuid REFERENCES care_case(id),
        postcode_check_id uuid REFERENCES postcode_check(id),
        postcode text,
        email text,
        birth_date date,
        financier_id uuid REFERENCES financier(id),
        token_hash text UNIQUE,
        worker_id uuid REFERENCES account(id),
        last_seq int NOT NULL DEFAULT 0,
        created_at timestamptz NOT NULL,
        picked_up_at timestamptz,
        ended_at timestamptz,
        ended_by text CHECK (ended_by IN ('client', 'worker')),
        duration_seconds int CHECK (duration_seconds >= 0),
        converted_at timestamptz,
        converted_by uuid REFERENCES account(id),
        CHECK (client_id IS NOT NULL OR postcode_check_id IS NOT NULL),
        CHECK (status = 'waiting' OR picked_up_at IS NOT NULL OR ended_at IS NOT NULL),
        CHECK ((status = 'ended') = (ended_at IS NOT NULL))
      )`);
    await db.query(`CREATE INDEX chat_session_queue ON chat_session (organisation_id, created_at) WHERE status = 'waiting'`);
    await db.query(`CREATE INDEX chat_session_worker ON chat_session (worker_id) WHERE status = 'active'`);
    await db.query(`CREATE INDEX chat_session_client ON chat_session (client_id, created_at DESC)`);
    await db.query(`CREATE INDEX chat_session_case ON chat_session (case_id)`);
    // One running chat per postcode check, so one check cannot fill the queue.
    await db.query(`CREATE UNIQUE INDEX chat_session_check_running ON chat_session (postcode_check_id) WHERE status <> 'ended'`);
    await db.query(`CREATE UNIQUE INDEX chat_session_client_running ON chat_session (client_id) WHERE status <> 'ended'`);
    await db.query(`
      CREATE TABLE chat_message (
        id bigserial PRIMARY KEY,
        session_id uuid NOT NULL REFERENCES chat_session(id) ON DELETE CASCADE,
        seq int NOT NULL,
        sender_role text NOT NULL CHECK (sender_role IN ('client', 'worker')),
        sender_id uuid REFERENCES account(id),
        body text NOT NULL CHECK (length(body) BETWEEN 1 AND 2000),
        client_msg_id text,
        created_at timestamptz NOT NULL,
        UNIQUE (session_id, seq)
      )`);
    await db.query(`CREATE UNIQUE INDEX chat_message_client_msg ON chat_message (session_id, client_msg_id) WHERE client_msg_id IS NOT NULL`);
    await db.query(`
      CREATE TABLE chat_evaluation (
        session_id uuid PRIMARY KEY REFERENCES chat_session(id) ON DELETE CASCADE,
        helpful smallint NOT NULL CHECK (helpful BETWEEN 1 AND 5),
        understood smallint NOT NULL CHECK (understood BETWEEN 1 AND 5),
        again boolean NOT NULL,
        created_at timestamptz NOT NULL
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    for (const table of ['chat_evaluation', 'chat_message', 'chat_session', 'chat_duty', 'chat_hours_exception', 'chat_hours_slot']) {
      await db.query(`DROP TABLE IF EXISTS ${table}`);
    }
  }
}
