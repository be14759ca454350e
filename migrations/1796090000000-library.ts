import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The self-help library: articles (Markdown, Dutch and English) and FAQ entries, each a draft or
 * published. organisation_id NULL is Nabij's own shared content, public for everyone.
 *
 * Search: a weighted tsvector per language (title A, summary B, body C), `dutch` and `english`
 * configurations, generated from a plain-text copy of the Markdown so snippets hold no markup.
 * library_word is the vocabulary of published content for pg_trgm spelling suggestions; whoever
 * writes content refreshes it.
 */
export class Library1796090000000 implements MigrationInterface {
  name = 'Library1796090000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    const themes = `'money', 'relationships', 'parenting', 'stress', 'loneliness', 'housing', 'work', 'violence'`;
    await db.query(`
      CREATE TABLE library_article (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organisation_id uuid REFERENCES organisation(id) ON DELETE CASCADE,
        slug text NOT NULL UNIQUE CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$' AND length(slug) <= 100),
        theme text NOT NULL CHECK (theme IN (${themes})),
        audiences text[] NOT NULL CHECK (cardinality(audiences) > 0
          AND audiences <@ ARRAY['adults', 'young-people', 'parents', 'pupils']::text[]),
        status text NOT NULL CHECK (status IN ('draft', 'published')),
        title_nl text NOT NULL,
        summary_nl text NOT NULL,
        body_nl text NOT NULL,
        plain_nl text NOT NULL,
        title_en text NOT NULL,
        summary_en text NOT NULL,
        body_en text NOT NULL,
        plain_en text NOT NULL,
        search_nl tsvector GENERATED ALWAYS AS (
          setweight(to_tsvector('dutch', title_nl), 'A') || setweight(to_tsvector('dutch', summary_nl), 'B')
          || setweight(to_tsvector('dutch', plain_nl), 'C')) STORED,
        search_en tsvector GENERATED ALWAYS AS (
          setweight(to_tsvector('english', title_en), 'A') || setweight(to_tsvector('english', summary_en), 'B')
          || setweight(to_tsvector('english', plain_en), 'C')) STORED,
        created_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL,
        published_at timestamptz,
        CHECK ((status = 'published') = (published_at IS NOT NULL))
      )`);
    await db.query(`CREATE INDEX library_article_search_nl ON library_article USING gin (search_nl)`);
    await db.query(`CREATE INDEX library_article_search_en ON library_article USING gin (search_en)`);
    await db.query(`CREATE INDEX library_article_theme ON library_article (theme) WHERE status = 'published'`);
    await db.query(`
      CREATE TABLE library_faq (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organisation_id uuid REFERENCES organisation(id) ON DELETE CASCADE,
        theme text NOT NULL CHECK (theme IN (${themes})),
        position int NOT NULL,
        status text NOT NULL CHECK (status IN ('draft', 'published')),
        question_nl text NOT NULL,
        answer_nl text NOT NULL,
        question_en text NOT NULL,
        answer_en text NOT NULL,
        search_nl tsvector GENERATED ALWAYS AS (
          setweight(to_tsvector('dutch', question_nl), 'A') || setweight(to_tsvector('dutch', answer_nl), 'C')) STORED,
        search_en tsvector GENERATED ALWAYS AS (
          setweight(to_tsvector('english', question_en), 'A') || setweight(to_tsvector('english', answer_en), 'C')) STORED,
        created_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL,
        published_at timestamptz,
        CHECK ((status = 'published') = (published_at IS NOT NULL))
      )`);
    await db.query(`CREATE INDEX library_faq_search_nl ON library_faq USING gin (search_nl)`);
    await db.query(`CREATE INDEX library_faq_search_en ON library_faq USING gin (search_en)`);
    // Words as written (the 'simple' configuration only lowercases), so a suggestion is a real word.
    // The tables are named with their schema: PostgreSQL 17+ builds (and pg_restore refreshes) a
    // materialized view with a search_path that leaves out public, so bare names are not found there.
    // (Changed after landing: on PostgreSQL 17 and 18 this migration could not run at all; where it
    // ran, 1796150000000 redefines the view the same way.)
    const [{ schema }] = await db.query(`SELECT current_schema() AS schema`);
    const table = (name: string) => `"${String(schema).replace(/"/g, '""')}".${name}`;
    await db.query(`
      CREATE MATERIALIZED VIEW library_word AS
        SELECT 'nl'::text AS lang, word, ndoc FROM ts_stat($$
          SELECT to_tsvector('simple', title_nl || ' ' || summary_nl || ' ' || plain_nl) FROM ${table('library_article')} WHERE status = 'published'
          UNION ALL
          SELECT to_tsvector('simple', question_nl || ' ' || answer_nl) FROM ${table('library_faq')} WHERE status = 'published'$$)
        WHERE length(word) >= 3
        UNION ALL
        SELECT 'en'::text, word, ndoc FROM ts_stat($$
          SELECT to_tsvector('simple', title_en || ' ' || summary_en || ' ' || plain_en) FROM ${table('library_article')} WHERE status = 'published'
          UNION ALL
          SELECT to_tsvector('simple', question_en || ' ' || answer_en) FROM ${table('library_faq')} WHERE status = 'published'$$)
        WHERE length(word) >= 3`);
    await db.query(`CREATE UNIQUE INDEX library_word_key ON library_word (lang, word)`);
    await db.query(`CREATE INDEX library_word_trgm ON library_word USING gin (word gin_trgm_ops)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP MATERIALIZED VIEW library_word`);
    await db.query(`DROP TABLE library_faq`);
    await db.query(`DROP TABLE library_article`);
  }
}
