// Finds a PostgreSQL for the test run: DATABASE_URL, else the local server on 127.0.0.1:5432,
// else an embedded one. Tests create their own databases from a migrated template (see
// libs/platform/testing/src/lib/test-database.ts), all named after this run so teardown finds them.
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { startEmbeddedPostgres } from '../db/embedded-postgres.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

async function reachable(url) {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

/**
 * `jest --selectProjects api libs/x/foo.integration-spec.ts` reads the file as a second project
 * name and runs every test of the api project: many minutes of a shared machine for one file.
 */
function pathsTakenAsProjects(argv) {
  const at = argv.findIndex((a) => a === '--selectProjects' || a === '--select-projects');
  if (at < 0) return [];
  const taken = [];
  for (const arg of argv.slice(at + 1)) {
    if (arg.startsWith('-')) break;
    taken.push(arg);
  }
  return taken.filter((arg) => arg.includes('/') || /\.[cm]?[jt]s$/.test(arg));
}

export default async function globalSetup() {
  const misread = pathsTakenAsProjects(process.argv);
  if (misread.length) {
    throw new Error(
      `--selectProjects took ${misread.join(', ')} as project name(s), so jest would run every test of the project.\n` +
        `Put the files first (npx jest ${misread.join(' ')} --selectProjects api) or write --selectProjects=api.`,
    );
  }
  const candidates = [process.env.DATABASE_URL, 'postgres://postgres@127.0.0.1:5432/postgres'].filter(Boolean);
  let url = null;
  for (const candidate of candidates) {
    if (await reachable(candidate)) {
      url = candidate;
      break;
    }
  }
  if (!url) {
    const embedded = await startEmbeddedPostgres({ dataDir: path.join(root, '.data', `test-pg-${process.pid}`), persistent: false });
    globalThis.__NABIJ_EMBEDDED_PG__ = embedded;
    url = embedded.url;
    console.log(`\n[tests] No PostgreSQL reachable: using an embedded one on port ${embedded.port}.`);
  }
  // Every connection of the run (jest workers, the servers the journeys fork, pg_dump) reads
  // PGOPTIONS: commits do not wait for the WAL to reach the disk (a test database need not survive
  // a crash of the machine; what a transaction sees and keeps is unchanged), 1-5 ms per commit on a
  // busy machine, and PostgreSQL does not JIT-compile the few large report queries of a test.
  process.env.PGOPTIONS = [process.env.PGOPTIONS, '-c synchronous_commit=off -c jit=off'].filter(Boolean).join(' ');
  const runId = randomBytes(4).toString('hex');
  process.env.NABIJ_TEST_PG_URL = url;
  process.env.NABIJ_TEST_RUN = `nabij_t${runId}`;
}
