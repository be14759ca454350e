import { createTestDatabase, TestDatabase } from '@nabij/platform/testing';
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

/**
 * The built app exactly as `npm start` runs it (API + built portal, demo data), on a database of
 * its own. `npm test` builds first; run `npm run build` before running e2e specs alone.
 */
export async function startNabij(env: Record<string, string> = {}): Promise<NabijServer> {
  const main = join(root, 'dist/apps/api/main.js');
  const portal = join(root, 'dist/apps/portal/browser');
  if (!existsSync(main) || !existsSync(join(portal, 'index.html'))) {
    throw new Error('Build the apps first: npm run build');
  }
  const database = await createTestDatabase();
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const child: ChildProcess = fork(main, [], {
    env: {
      ...process.env,
      NODE_ENV: 'test',
      PORT: String(port),
      HOST: '127.0.0.1',
      DATABASE_URL: database.url,
      SEED_DEMO: 'true',
      DEV_OUTBOX: 'true',
      PORTAL_DIR: portal,
      PUBLIC_URL: url,
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
    const timer = setTimeout(() => reject(new Error(`Nabij did not start in ${START_SECONDS} s:\n${output}`)), START_SECONDS * 1000);
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
    url,
    database,
    async stop() {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGTERM');
        await exited;
      }
      await database.drop();
    },
  };
}
