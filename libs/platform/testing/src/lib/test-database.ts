import { ALL_MIGRATIONS } from '@nabij/migrations';
import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { DataSource } from 'typeorm';

const TEMPLATE_LOCK = 7_246_010;

function settings(): { url: string; run: string } {
  const url = process.env['NABIJ_TEST_PG_URL'];
  const run = process.env['NABIJ_TEST_RUN'];
  if (!url || !run) throw new Error('Run tests through `npm test` (jest globalSetup provides the database).');
  return { url, run };
}

export function databaseUrl(name: string): string {
  const url = new URL(settings().url);
  url.pathname = `/${name}`;
  return url.toString();
}

async function withAdminClient<T>(work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client(settings().url);
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** Creates the migrated template once per test run (the first test file to get here does it). */
async function ensureTemplate(client: Client): Promise<string> {
  const template = `${settings().run}_template`;
  const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [template]);
  if (rowCount) return template;
  await client.query(`CREATE DATABASE "${template}"`);
  const ds = new DataSource({ type: 'postgres', url: databaseUrl(template), migrations: ALL_MIGRATIONS });
  await ds.initialize();
  try {
    await ds.runMigrations({ transaction: 'each' });
  } finally {
    await ds.destroy();
  }
  return template;
}

export interface TestDatabase {
  name: string;
  url: string;
  drop(): Promise<void>;
}

/** A fresh, fully migrated database of its own for one test file. */
export async function createTestDatabase(): Promise<TestDatabase> {
  const name = `${settings().run}_${randomBytes(5).toString('hex')}`;
  await withAdminClient(async (client) => {
    await client.query('SELECT pg_advisory_lock($1)', [TEMPLATE_LOCK]);
    try {
      const template = await ensureTemplate(client);
      await client.query(`CREATE DATABASE "${name}" TEMPLATE "${template}"`);
    } finally {
      await client.query('SELECT pg_advisory_unlock($1)', [TEMPLATE_LOCK]);
    }
  });
  return {
    name,
    url: databaseUrl(name),
    drop: () => withAdminClient((client) => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)).then(() => undefined),
  };
}

/** Lock ids of the prepared templates (their own, so a long build does not hold up plain copies). */
const PREPARED_LOCK = 7_246_011;

/**
 * A copy of a template of this test run that `build` fills once, after the migrations: the first
 * caller (in any jest worker) builds `<run>_<key>` under a lock, later callers copy it. For data
 * that many test files need and that takes long to write, e.g. the demo seed of the browser
 * journeys. `build` must leave no connection to the database open.
 */
export async function createPreparedDatabase(key: string, build: (url: string) => Promise<void>): Promise<TestDatabase> {
  if (!/^[a-z0-9_]+$/.test(key)) throw new Error(`A prepared database key is lower-case letters, digits and _: ${key}`);
  const { run } = settings();
  const template = `${run}_${key}`;
  const name = `${run}_${randomBytes(5).toString('hex')}`;
  await withAdminClient(async (client) => {
    await client.query('SELECT pg_advisory_lock($1)', [PREPARED_LOCK]);
    try {
      const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [template]);
      if (!rowCount) {
        await client.query('SELECT pg_advisory_lock($1)', [TEMPLATE_LOCK]);
        try {
          await client.query(`CREATE DATABASE "${template}" TEMPLATE "${await ensureTemplate(client)}"`);
        } finally {
          await client.query('SELECT pg_advisory_unlock($1)', [TEMPLATE_LOCK]);
        }
        try {
          await build(databaseUrl(template));
        } catch (error) {
          // Half-built: the next caller builds it again.
          await client.query(`DROP DATABASE IF EXISTS "${template}" WITH (FORCE)`);
          throw error;
        }
      }
      await client.query(`CREATE DATABASE "${name}" TEMPLATE "${template}"`);
    } finally {
      await client.query('SELECT pg_advisory_unlock($1)', [PREPARED_LOCK]);
    }
  });
  return {
    name,
    url: databaseUrl(name),
    drop: () => withAdminClient((client) => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)).then(() => undefined),
  };
}

/** An empty database (no migrations), for testing the migrations themselves. */
export async function createEmptyDatabase(): Promise<TestDatabase> {
  const name = `${settings().run}_e${randomBytes(5).toString('hex')}`;
  await withAdminClient((client) => client.query(`CREATE DATABASE "${name}"`));
  return {
    name,
    url: databaseUrl(name),
    drop: () => withAdminClient((client) => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)).then(() => undefined),
  };
}
