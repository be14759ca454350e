import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 17, translated training content: a module's texts (title, intro, and per step its title and
 * the body of a reading step) in Arabic, Turkish or Polish. One row per module and language, with the
 * library editor's rules per translation: a draft is read by nobody; a published translation keeps
 * what participants see while changes wait in `draft` until published or thrown away.
 * `steps` and `draft.steps` are [{ stepId, title, body? }].
 */
export class TrainingModuleTranslations1796390100000 implements MigrationInterface {
  name = 'TrainingModuleTranslations1796390100000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE training_module_translation (
        module_id uuid NOT NULL REFERENCES training_module(id) ON DELETE CASCADE,
        lang text NOT NULL CHECK (lang IN ('ar', 'tr', 'pl')),
        status text NOT NULL CHECK (status IN ('draft', 'published')),
        title text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
        intro text NOT NULL,
        steps jsonb NOT NULL CHECK (jsonb_typeof(steps) = 'array'),
        draft jsonb CHECK (draft IS NULL OR status = 'published'),
        created_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL,
        published_at timestamptz,
        PRIMARY KEY (module_id, lang),
        CHECK ((status = 'published') = (published_at IS NOT NULL))
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE training_module_translation`);
  }
}
