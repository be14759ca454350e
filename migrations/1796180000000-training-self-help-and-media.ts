import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 14 and 19: a training is guided (a trainer, feedback moments per module) or self-help (no
 * trainer, no feedback moments, clients enrol themselves); a video step can have an uploaded film
 * and WebVTT captions, stored like dossier documents (bytes in the document store, facts here).
 */
export class TrainingSelfHelpAndMedia1796180000000 implements MigrationInterface {
  name = 'TrainingSelfHelpAndMedia1796180000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE training ADD COLUMN kind text NOT NULL DEFAULT 'guided' CHECK (kind IN ('guided', 'self_help'))`);
    await db.query(`
      CREATE TABLE training_media (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        step_id uuid NOT NULL REFERENCES training_step(id) ON DELETE CASCADE,
        kind text NOT NULL CHECK (kind IN ('video', 'captions')),
        file_name text NOT NULL,
        content_type text NOT NULL CHECK (content_type IN ('video/mp4', 'video/webm', 'text/vtt')),
        size_bytes bigint NOT NULL CHECK (size_bytes > 0),
        sha256 text NOT NULL,
        storage_key text NOT NULL UNIQUE,
        uploaded_by uuid NOT NULL REFERENCES account(id),
        uploaded_at timestamptz NOT NULL,
        UNIQUE (step_id, kind)
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE training_media`);
    await db.query(`ALTER TABLE training DROP COLUMN kind`);
  }
}
