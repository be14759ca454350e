import { randomBytes } from 'node:crypto';
import { Client } from 'pg';

/**
 * The PostgreSQL of a portal bench: the browser journeys' server helper (`startNabij`) makes the
 * demo database from a migrated template of this run, named after `prefix` and a random suffix.
 * Call before `startNabij`; `drop()` removes the run's template and demo copy afterwards.
 */
export function benchRunDatabase(prefix: string): { drop(): Promise<void> } {
  const serverUrl = process.env['DATABASE_URL'] ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const run = `${prefix}_${randomBytes(4).toString('hex')}`;
  process.env['NABIJ_TEST_PG_URL'] = serverUrl;
  process.env['NABIJ_TEST_RUN'] = run;
  return {
    async drop() {
      const client = new Client(serverUrl);
      await client.connect();
      try {
        for (const name of [`${run}_demo`, `${run}_template`]) await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      } finally {
        await client.end();
      }
    },
  };
}
