import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The notice ahead of a video appointment ("Je hebt om 14:00 een videogesprek"): one row per
 * appointment, written when the scheduled job mailed the client (once per appointment, however many
 * instances run the job), and when the client saw it in the portal. No content: only the time.
 */
export class VideoNotices1796131000000 implements MigrationInterface {
  name = 'VideoNotices1796131000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE video_notice (
        appointment_id uuid PRIMARY KEY REFERENCES appointment(id) ON DELETE CASCADE,
        client_id uuid NOT NULL REFERENCES account(id) ON DELETE CASCADE,
        starts_at timestamptz NOT NULL,
        sent_at timestamptz NOT NULL,
        seen_at timestamptz,
        CHECK (seen_at IS NULL OR seen_at >= sent_at)
      )`);
    await db.query(`CREATE INDEX video_notice_client ON video_notice (client_id, starts_at)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE IF EXISTS video_notice`);
  }
}
