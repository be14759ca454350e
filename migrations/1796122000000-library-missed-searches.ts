import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Searches of the public library that found nothing, counted per language and normalised query
 * (lowercase, single spaces), for editors to see what people look for and do not find. No person,
 * address or time of a single search is kept: a count and when it last happened.
 */
export class LibraryMissedSearches1796122000000 implements MigrationInterface {
  name = 'LibraryMissedSearches1796122000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE library_missed_search (
        lang text NOT NULL CHECK (lang IN ('nl', 'en')),
        query text NOT NULL CHECK (length(query) BETWEEN 1 AND 100),
        count int NOT NULL CHECK (count > 0),
        last_at timestamptz NOT NULL,
        PRIMARY KEY (lang, query)
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE library_missed_search`);
  }
}
