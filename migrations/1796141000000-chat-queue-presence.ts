import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A queue that tells the truth (issue 19): when the waiting client's last socket went away
 * (`client_left_at`; null while connected), what they typed while waiting (`topic`), how workers
 * tell anonymous visitors apart (`nickname` they chose, else `visitor_number`, the organisation's
 * n-th anonymous chat of that Dutch day), and why a chat ended without a worker (`ended_reason`
 * 'left_queue': gone longer than the grace period).
 */
export class ChatQueuePresence1796141000000 implements MigrationInterface {
  name = 'ChatQueuePresence1796141000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE chat_session
        ADD COLUMN client_left_at timestamptz,
        ADD COLUMN topic text CHECK (char_length(topic) <= 500),
        ADD COLUMN nickname text CHECK (char_length(nickname) <= 40),
        ADD COLUMN visitor_number int,
        ADD COLUMN ended_reason text CHECK (ended_reason IN ('left_queue'))`);
    // The sweep looks for waiting chats whose client is gone, per organisation.
    await db.query(`CREATE INDEX chat_session_gone ON chat_session (organisation_id, client_left_at) WHERE status = 'waiting'`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX IF EXISTS chat_session_gone`);
    await db.query(`
      ALTER TABLE chat_session
        DROP COLUMN client_left_at, DROP COLUMN topic, DROP COLUMN nickname, DROP COLUMN visitor_number, DROP COLUMN ended_reason`);
  }
}
