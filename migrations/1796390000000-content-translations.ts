import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 17, translated content: library articles in Arabic, Turkish and Polish beside the Dutch and
 * English columns of library_article. One row per article and language, with the editor's rules per
 * translation: a draft is read by nobody; a published translation keeps what readers see while an
 * editor's changes wait in the draft_* columns until they are published or thrown away.
 *
 * Search uses the `simple` configuration (no stemming): PostgreSQL has no Polish dictionary, and
 * simple works for Arabic and Turkish words as written. Missed searches may now come in every
 * client language.
 */
export class ContentTranslations1796390000000 implements MigrationInterface {
  name = 'ContentTranslations1796390000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE library_article_translation (
        article_id uuid NOT NULL REFERENCES library_article(id) ON DELETE CASCADE,
        lang text NOT NULL CHECK (lang IN ('ar', 'tr', 'pl')),
        status text NOT NULL CHECK (status IN ('draft', 'published')),
        title text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
        summary text NOT NULL CHECK (length(summary) BETWEEN 1 AND 500),
        body text NOT NULL CHECK (length(body) BETWEEN 1 AND 50000),
        plain text NOT NULL,
        draft_title text,
        draft_summary text,
        draft_body text,
        draft_updated_at timestamptz,
        search tsvector GENERATED ALWAYS AS (
          setweight(to_tsvector('simple', title), 'A') || setweight(to_tsvector('simple', summary), 'B')
          || setweight(to_tsvector('simple', plain), 'C')) STORED,
        created_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL,
        published_at timestamptz,
        PRIMARY KEY (article_id, lang),
        CHECK ((status = 'published') = (published_at IS NOT NULL)),
        CHECK ((draft_title IS NULL) = (draft_body IS NULL) AND (draft_title IS NULL) = (draft_summary IS NULL)
          AND (draft_title IS NULL) = (draft_updated_at IS NULL)),
        CHECK (draft_title IS NULL OR status = 'published')
      )`);
    await db.query(`CREATE INDEX library_article_translation_search ON library_article_translation USING gin (search)`);
    await db.query(`ALTER TABLE library_missed_search DROP CONSTRAINT IF EXISTS library_missed_search_lang_check`);
    await db.query(
      `ALTER TABLE library_missed_search ADD CONSTRAINT library_missed_search_lang_check CHECK (lang IN ('nl', 'en', 'ar', 'tr', 'pl'))`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DELETE FROM library_missed_search WHERE lang NOT IN ('nl', 'en')`);
    await db.query(`ALTER TABLE library_missed_search DROP CONSTRAINT library_missed_search_lang_check`);
    await db.query(`ALTER TABLE library_missed_search ADD CONSTRAINT library_missed_search_lang_check CHECK (lang IN ('nl', 'en'))`);
    await db.query(`DROP TABLE library_article_translation`);
  }
}
