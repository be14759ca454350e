import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * library_word read its tables by bare name inside ts_stat's query text. pg_restore (and
 * `npm run restore`) refreshes materialized views with an empty search_path, so the restore of any
 * backup stopped there. The view now names its tables with their schema.
 */
export class LibraryWordQualified1796150000000 implements MigrationInterface {
  name = 'LibraryWordQualified1796150000000';

  async up(db: QueryRunner): Promise<void> {
    await this.create(db, true);
  }

  async down(db: QueryRunner): Promise<void> {
    await this.create(db, false);
  }

  private async create(db: QueryRunner, qualified: boolean): Promise<void> {
    const [{ schema }] = await db.query(`SELECT current_schema() AS schema`);
    const table = (name: string) => (qualified ? `"${String(schema).replace(/"/g, '""')}".${name}` : name);
    const words = (lang: 'nl' | 'en') => `
      SELECT '${lang}'::text AS lang, word, ndoc FROM ts_stat($$
        SELECT to_tsvector('simple', title_${lang} || ' ' || summary_${lang} || ' ' || plain_${lang}) FROM ${table('library_article')} WHERE status = 'published'
        UNION ALL
        SELECT to_tsvector('simple', question_${lang} || ' ' || answer_${lang}) FROM ${table('library_faq')} WHERE status = 'published'$$)
      WHERE length(word) >= 3`;
    await db.query(`DROP MATERIALIZED VIEW library_word`);
    await db.query(`CREATE MATERIALIZED VIEW library_word AS ${words('nl')} UNION ALL ${words('en')}`);
    await db.query(`CREATE UNIQUE INDEX library_word_key ON library_word (lang, word)`);
    await db.query(`CREATE INDEX library_word_trgm ON library_word USING gin (word gin_trgm_ops)`);
  }
}
