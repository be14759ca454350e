import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * When a waiting client was last known to be connected (`client_seen_at`: joined, or found on an
 * instance by the presence check). When an instance stops without running its disconnect handlers (a
 * crash, a killed container), its visitors are never marked gone; the sweep asks the instances about
 * chats unseen for long and ends those whose client is nowhere. Waiting chats get "now" so none looks stale the moment this runs.
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
