import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 17: FAQ entries in Arabic, Turkish and Polish beside the Dutch and English columns of
 * library_faq, one row per entry and language (shared and organisation entries alike). A
 * translation is read whenever its entry is published; an entry without one is read in Dutch,
 * flagged. Search uses the `simple` configuration, as the article translations do.
 */
export class LibraryFaqTranslations1796440000000 implements MigrationInterface {
  name = 'LibraryFaqTranslations1796440000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE library_faq_translation (
        faq_id uuid NOT NULL REFERENCES library_faq(id) ON DELETE CASCADE,
        lang text NOT NULL CHECK (lang IN ('ar', 'tr', 'pl')),
        question text NOT NULL CHECK (length(question) BETWEEN 1 AND 300),
        answer text NOT NULL CHECK (length(answer) BETWEEN 1 AND 5000),
        search tsvector GENERATED ALWAYS AS (
          setweight(to_tsvector('simple', question), 'A') || setweight(to_tsvector('simple', answer), 'C')) STORED,
        created_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL,
        PRIMARY KEY (faq_id, lang)
      )`);
    await db.query(`CREATE INDEX library_faq_translation_search ON library_faq_translation USING gin (search)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE library_faq_translation`);
  }
}
