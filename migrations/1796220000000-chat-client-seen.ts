import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A waiting client's heartbeat: every API instance writes `client_seen_at` for the waiting chats whose
 * client has a socket on it. When an instance stops without running its disconnect handlers (a crash,
 * a killed container), its visitors are never marked gone; a stale `client_seen_at` lets the sweep
 * end those chats too. Waiting chats get "now" so none looks stale the moment this runs.
 */
export class ChatClientSeen1796220000000 implements MigrationInterface {
  name = 'ChatClientSeen1796220000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE chat_session ADD COLUMN client_seen_at timestamptz`);
    await db.query(`UPDATE chat_session SET client_seen_at = now() WHERE status = 'waiting'`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE chat_session DROP COLUMN client_seen_at`);
  }
}
