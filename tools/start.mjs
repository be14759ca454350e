// `npm start`: runs the built API (which also serves the built portal) with demo data.
// Without DATABASE_URL an embedded PostgreSQL runs from ./.data (kept across restarts).
import { fork } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { startEmbeddedPostgres } from './db/embedded-postgres.mjs';
import { demoCode, groupedDemoSecret } from './demo-totp.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dataDir = path.join(root, '.data');
const apiMain = path.join(root, 'dist/apps/api/main.js');
const portalDir = path.join(root, 'dist/apps/portal/browser');
const port = Number(process.env.PORT || 3000);

function log(message) {
  console.log(`[nabij] ${message}`);
}

async function ensureDatabase(maintenanceUrl, name) {
  const client = new pg.Client(maintenanceUrl);
  await client.connect();
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (!rowCount) await client.query(`CREATE DATABASE "${name}"`);
  } finally {
    await client.end();
  }
  const url = new URL(maintenanceUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/** A secret kept in .data so sessions survive a restart of `npm start`. */
function localSecret() {
  fs.mkdirSync(dataDir, { recursive: true });
  const file = path.join(dataDir, 'jwt-secret');
  if (!fs.existsSync(file)) fs.writeFileSync(file, randomBytes(48).toString('base64'), { mode: 0o600 });
  return fs.readFileSync(file, 'utf8').trim();
}

async function main() {
  if (!fs.existsSync(apiMain) || !fs.existsSync(path.join(portalDir, 'index.html'))) {
    throw new Error('The build is missing: run `npm run build` (npm start does this for you).');
  }
  let database = null;
  let databaseUrl = process.env.DATABASE_URL;
  if (!databaseUrl) {
    log('No DATABASE_URL set: starting the embedded PostgreSQL (data in ./.data) ...');
    database = await startEmbeddedPostgres({ dataDir: path.join(dataDir, 'pg') });
    databaseUrl = await ensureDatabase(database.url, 'nabij');
    log(`PostgreSQL runs on port ${database.port} (data: ${database.dataDir}).`);
  }

  const env = {
    ...process.env,
    PORT: String(port),
    DATABASE_URL: databaseUrl,
    SEED_DEMO: process.env.SEED_DEMO ?? 'true',
    // The local demo prints its own banner; JSON request logs would bury it. LOG_LEVEL=info shows them.
    LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn',
    DEV_OUTBOX: process.env.DEV_OUTBOX ?? (process.env.SMTP_URL ? 'false' : 'true'),
    PORTAL_DIR: process.env.PORTAL_DIR ?? portalDir,
    JWT_SECRET: process.env.JWT_SECRET ?? localSecret(),
  };
  const api = fork(apiMain, [], { env, stdio: 'inherit' });

  let stopping = false;
  const stop = async (code) => {
    if (stopping) return;
    stopping = true;
    log('Stopping ...');
    if (api.exitCode === null) {
      api.kill('SIGTERM');
      await new Promise((resolve) => api.once('exit', resolve));
    }
    if (database) {
      await database.stop();
      log('PostgreSQL stopped cleanly.');
    }
    process.exit(code);
  };
  process.on('SIGINT', () => stop(0));
  process.on('SIGTERM', () => stop(0));
  api.on('exit', (code) => {
    if (!stopping) stop(code ?? 1);
  });
  api.on('message', (message) => {
    if (!message?.ready) return;
    const url = process.env.PUBLIC_URL || `http://localhost:${port}`;
    console.log(`
  Nabij runs on ${url}
  API docs:      ${url}/api/docs
  ${env.DEV_OUTBOX === 'true' ? `Sent mails:    ${url}/dev/mail\n` : ''}
  Demo logins (password for all: Nabij-demo-2026!)
    client@demo.nabij.nl    client (lives in Leiden)
    worker@demo.nabij.nl    social worker
    teamlead@demo.nabij.nl  team lead
    admin@demo.nabij.nl     admin
  A second organisation (Zwolle, Kampen) with its own people: worker@, teamlead@,
    admin@ and client@tweede.nabij.nl, and zwolle-h4k7p (a client without e-mail)

  Staff log in with a second step: a code from an authenticator app.
    Add this key to the app (Google Authenticator, Microsoft Authenticator,
    FreeOTP, ...: "enter a setup key", time-based): ${groupedDemoSecret()}
    Code right now: ${demoCode().code}   Later: npm run demo:code

  Press Ctrl-C to stop.
`);
  });
}

main().catch((error) => {
  console.error(`[nabij] ${error.message ?? error}`);
  process.exit(1);
});
