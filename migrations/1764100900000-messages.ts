import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Secure messages with the 48-hour promise: threads per case (or the duty queue), messages with a
 * client-generated id, per-reader read marks, deadline cycles (the SLA history) and in-app
 * notifications. Who is on duty comes from the chat roster (chat_duty).
 */
export class Messages1764100900000 implements MigrationInterface {
  name = 'Messages1764100900000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE message_thread (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organisation_id uuid NOT NULL REFERENCES organisation(id),
        client_id uuid NOT NULL REFERENCES account(id),
        case_id uuid REFERENCES care_case(id),
        created_at timestamptz NOT NULL,
        last_message_at timestamptz NOT NULL
      )`);
    // One thread per case, and one duty-queue thread per client without a case.
    await db.query(`CREATE UNIQUE INDEX message_thread_case ON message_thread (case_id) WHERE case_id IS NOT NULL`);
    await db.query(`CREATE UNIQUE INDEX message_thread_duty ON message_thread (client_id) WHERE case_id IS NULL`);
    await db.query(`CREATE INDEX message_thread_org ON message_thread (organisation_id)`);
    await db.query(`
      CREATE TABLE message (
        id uuid PRIMARY KEY,
        -- Orders messages and read marks even when two share a timestamp.
        seq bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
        thread_id uuid NOT NULL REFERENCES message_thread(id) ON DELETE CASCADE,
        sender_id uuid NOT NULL REFERENCES account(id),
        sender_role text NOT NULL CHECK (sender_role IN ('client', 'worker')),
        body text NOT NULL CHECK (length(body) BETWEEN 1 AND 10000),
        received_at timestamptz NOT NULL,
        answer_by timestamptz
      )`);
    await db.query(`CREATE INDEX message_thread_time ON message (thread_id, received_at)`);
    await db.query(`
      CREATE TABLE message_read (
        thread_id uuid NOT NULL REFERENCES message_thread(id) ON DELETE CASCADE,
        account_id uuid NOT NULL REFERENCES account(id) ON DELETE CASCADE,
        last_read_seq bigint NOT NULL,
        PRIMARY KEY (thread_id, account_id)
      )`);
    await db.query(`
      CREATE TABLE message_deadline (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        thread_id uuid NOT NULL REFERENCES message_thread(id) ON DELETE CASCADE,
        started_at timestamptz NOT NULL,
        due_at timestamptz NOT NULL,
        warned_at timestamptz,
        escalated_at timestamptz,
        answered_at timestamptz,
        met_at timestamptz,
        missed_at timestamptz,
        outcome text CHECK (outcome IN ('met', 'missed')),
        CHECK ((outcome = 'met') = (met_at IS NOT NULL)),
        CHECK ((outcome = 'missed') = (missed_at IS NOT NULL))
      )`);
    // At most one running clock per thread: from the oldest unanswered client message.
    await db.query(`CREATE UNIQUE INDEX message_deadline_open ON message_deadline (thread_id) WHERE answered_at IS NULL`);
    await db.query(`CREATE INDEX message_deadline_due ON message_deadline (due_at) WHERE answered_at IS NULL AND escalated_at IS NULL`);
    await db.query(`
      CREATE TABLE notification (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        recipient_id uuid NOT NULL REFERENCES account(id) ON DELETE CASCADE,
        kind text NOT NULL CHECK (kind IN ('new_message', 'message_due_soon', 'message_overdue')),
        thread_id uuid REFERENCES message_thread(id) ON DELETE CASCADE,
        created_at timestamptz NOT NULL,
        read_at timestamptz
      )`);
    await db.query(`CREATE INDEX notification_recipient ON notification (recipient_id, created_at DESC)`);
  }

  async down(db: QueryRunner): Promise<void> {
    for (const table of ['notification', 'message_deadline', 'message_read', 'message', 'message_thread']) {
      await db.query(`DROP TABLE IF EXISTS ${table}`);
    }
  }
}
