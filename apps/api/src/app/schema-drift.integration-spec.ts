import { createTestApp, TestApp } from '@nabij/platform/testing';
import { DataSource } from 'typeorm';
import { DOMAIN_MODULES } from './app.module';

/**
 * The entities the app loads (autoLoadEntities over every domain module) must describe the schema
 * the migrations build. The app runs with `synchronize: false`, so drift would not fail at start-up
 * but at the first query that reads a column the entity invents or misses. TypeORM's schema builder
 * compares both; any statement it would run to make the database match the entities is drift.
 * Fix it with a new migration when the database is wrong, or in the entity when the entity is.
 *
 * The migrations are the source of truth for what only the database enforces: CHECK, UNIQUE and
 * foreign-key constraints, indexes and column defaults written in SQL. Entities do not restate
 * those (about 220 of them), so the builder's wish to drop them is not drift and is left out.
 * Everything else counts: a missing or extra table or column, another type, nullability or
 * primary key, and anything an entity declares that the database lacks (ADD/CREATE/SET ...).
 */
const DATABASE_ONLY_DETAIL = [
  /^DROP INDEX "public"\."[^"]+"$/,
  /^ALTER TABLE "[^"]+" DROP CONSTRAINT "[^"]+_(check\d*|key|fkey)"$/,
  // Named UNIQUE constraints of the trainings migration (position per parent).
  /^ALTER TABLE "training_(module|step)" DROP CONSTRAINT "training_(module|step)_position"$/,
  /^ALTER TABLE "[^"]+" ALTER COLUMN "[^"]+" DROP DEFAULT$/,
];

function isDrift(query: string): boolean {
  return !DATABASE_ONLY_DETAIL.some((pattern) => pattern.test(query));
}

describe('schema drift', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp({ imports: DOMAIN_MODULES });
  });

  afterAll(() => t?.close());

  it('the TypeORM entities of every domain match the migrated database', async () => {
    const dataSource = t.app.get(DataSource);
    // Guards against a vacuous pass: an app that loaded no entities has nothing to compare.
    expect(dataSource.entityMetadatas.map((m) => m.tableName)).toEqual(
      expect.arrayContaining(['account', 'care_case', 'appointment', 'message', 'chat_duty', 'time_entry']),
    );
    const pending = await dataSource.driver.createSchemaBuilder().log();
    const queries = pending.upQueries.map((q) => q.query.replace(/\s+/g, ' ').trim());
    // The filter must see the builder's real output, or a renamed statement would slip through.
    expect(queries.length).toBeGreaterThan(0);
    // jest prints the statements themselves when this fails: the fix to make, or its reverse.
    expect(queries.filter(isDrift)).toEqual([]);
  });
});
