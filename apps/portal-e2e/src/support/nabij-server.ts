import { createPreparedDatabase, TestDatabase } from '@nabij/platform/testing';
import { ChildProcess, fork } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';

const root = join(__dirname, '../../../..');

/** How long the built API may take to migrate, seed the demo and listen. */
export const START_SECONDS = 180;

export interface NabijServer {
  url: string;
  database: TestDatabase;
  stop(): Promise<void>;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/** The built API and portal, checked before anything starts. */
function builtApp(): { main: string; portal: string } {
  const main = join(root, 'dist/apps/api/main.js');
  const portal = join(root, 'dist/apps/portal/browser');
  if (!existsSync(main) || !existsSync(join(portal, 'index.html'))) {
    throw new Error('Build the apps first: npm run build');
  }
  return { main, portal };
}

interface Running {
  child: ChildProcess;
  stop(): Promise<void>;
}

/** Forks the built API with these settings and resolves once it listens (it says so over IPC). */
async function run(env: Record<string, string>): Promise<Running> {
  const { main } = builtApp();
  const child: ChildProcess = fork(main, [], {
    env: {
      ...process.env,
      NODE_ENV: 'test',
      HOST: '127.0.0.1',
      JWT_SECRET: 'e2e-secret-that-is-long-enough-for-hs256-signing',
      // Only problems end up in the output shown when the server fails to start.
      LOG_LEVEL: 'warn',
      // argon2 at its smallest cost: the journeys log in dozens of times (NODE_ENV=test allows it).
      PASSWORD_HASH_COST: 'test',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
  });
  let output = '';
  child.stdout?.on('data', (d) => (output += d));
  child.stderr?.on('data', (d) => (output += d));
  await new Promise<void>((resolve, reject) => {
    // Migrations and the full demo seed: on a machine busy with other test runs this took over 60 s.
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`Nabij did not start in ${START_SECONDS} s:\n${output}`));
    }, START_SECONDS * 1000);
    child.on('message', (m: { ready?: boolean }) => {
      if (m?.ready) {
        clearTimeout(timer);
        resolve();
      }
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`Nabij exited with ${code}:\n${output}`));
    });
  });
  return {
    child,
    async stop() {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGTERM');
        await exited;
      }
    },
  };
}

/**
 * A database with the demo data, copied from a template of this test run: the first journey to
 * get here has the built app write the demo seed once (no background jobs, so nothing is worked
 * yet), every journey then starts on its own copy instead of seeding again (seconds each).
 */
function createDemoDatabase(): Promise<TestDatabase> {
  return createPreparedDatabase('demo', async (url) => {
    const seeding = await run({ PORT: '0', DATABASE_URL: url, SEED_DEMO: 'true', BACKGROUND_JOBS: 'false' });
    await seeding.stop();
  });
}

/**
 * The built app exactly as `npm start` runs it (API + built portal, demo data), on a database of
 * its own. `npm test` builds first; run `npm run build` before running e2e specs alone.
 */
export async function startNabij(env: Record<string, string> = {}): Promise<NabijServer> {
  const { portal } = builtApp();
  const database = await createDemoDatabase();
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  let server: Running;
  try {
    server = await run({
      PORT: String(port),
      DATABASE_URL: database.url,
      // Already there (the copy has the marker): the same start-up as `npm start` on a seeded database.
      SEED_DEMO: 'true',
      DEV_OUTBOX: 'true',
      PORTAL_DIR: portal,
      PUBLIC_URL: url,
      ...env,
    });
  } catch (error) {
    await database.drop();
    throw error;
  }
  return {
    url,
    database,
    async stop() {
      await server.stop();
      await database.drop();
    },
  };
}
