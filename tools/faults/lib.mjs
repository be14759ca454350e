// Shared pieces of the fault scripts (`npm run faults`): an embedded PostgreSQL of their own, the
// built API as a child process that can be killed hard, bounded HTTP calls, and a check list that
// decides the exit code. Everything listens on and talks to 127.0.0.1 only.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { freePort, startEmbeddedPostgres } from '../db/embedded-postgres.mjs';
import { demoCode } from '../demo-totp.mjs';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const apiMain = path.join(root, 'dist/apps/api/main.js');
export const DEMO_PASSWORD = 'Nabij-demo-2026!';
export const DEMO = {
  client: 'client@demo.nabij.nl',
  worker: 'worker@demo.nabij.nl',
};

export const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

export function log(name, message) {
  console.log(`[faults:${name}] ${message}`);
}

/** Things to stop when the script ends, in reverse order of starting, also on Ctrl-C or a crash. */
const cleanups = [];
export function onCleanup(fn) {
  cleanups.push(fn);
}
async function cleanup() {
  while (cleanups.length) {
    const fn = cleanups.pop();
    await Promise.resolve()
      .then(fn)
      .catch((error) => console.error(`[faults] cleanup failed: ${error.message ?? error}`));
  }
}
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => cleanup().finally(() => process.exit(130)));
}

/**
 * Runs `main(checks)` with a hard time limit; prints the summary and exits 0 only when every check
 * passed. `checks.check(name, ok, detail)` records one line of the summary.
 */
export async function runScenario(name, limitMs, main) {
  const results = [];
  const checks = {
    check(what, ok, detail = '') {
      results.push({ what, ok: Boolean(ok), detail });
      log(name, `${ok ? 'PASS' : 'FAIL'} ${what}${detail ? ` (${detail})` : ''}`);
      return Boolean(ok);
    },
  };
  if (!fs.existsSync(apiMain)) {
    console.error(`[faults:${name}] ${apiMain} is missing: run \`npm run build\` first.`);
    process.exit(2);
  }
  const started = Date.now();
  let crashed = null;
  const limit = setTimeout(() => {
    crashed = new Error(`time limit of ${Math.round(limitMs / 1000)} s reached`);
    log(name, crashed.message);
    cleanup().finally(() => summary());
  }, limitMs);
  const summary = () => {
    const failed = results.filter((r) => !r.ok);
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    console.log(`\n==== faults:${name} summary (${seconds} s) ====`);
    for (const r of results) console.log(`  ${r.ok ? 'PASS' : 'FAIL'}  ${r.what}${r.detail ? `  — ${r.detail}` : ''}`);
    if (crashed) console.log(`  FAIL  the scenario did not finish: ${crashed.message}`);
    const ok = !crashed && results.length > 0 && failed.length === 0;
    console.log(`  ${ok ? 'OK' : 'FAILED'}: ${results.length - failed.length}/${results.length} checks passed\n`);
    process.exit(ok ? 0 : 1);
  };
  try {
    await main(checks);
  } catch (error) {
    crashed = error;
    console.error(error);
  }
  clearTimeout(limit);
  await cleanup();
  summary();
}

/**
 * An embedded PostgreSQL with a throw-away data directory, and a database `nabij` in it. `stop()`
 * and `start()` restart the same server on the same port (for the restart scenario).
 */
export async function startDatabase(name) {
  const dataDir = path.join(root, '.data', `faults-${name}-${process.pid}-${randomBytes(3).toString('hex')}`);
  const port = await freePort();
  let server = await startEmbeddedPostgres({ dataDir, port, persistent: true });
  const url = new URL(server.url);
  url.pathname = '/nabij';
  const admin = new pg.Client(server.url);
  await admin.connect();
  await admin.query('CREATE DATABASE nabij');
  await admin.end();
  const db = {
    url: url.toString(),
    port,
    running: true,
    async stop() {
      if (!db.running) return;
      db.running = false;
      await server.stop();
    },
    async start() {
      if (db.running) return;
      server = await startEmbeddedPostgres({ dataDir, port, persistent: true });
      db.running = true;
    },
    /** One query on a fresh connection (the script's own checks, never the API's pool). */
    async query(sql, params = []) {
      const client = new pg.Client({ connectionString: db.url, connectionTimeoutMillis: 5_000 });
      await client.connect();
      try {
        return (await client.query(sql, params)).rows;
      } finally {
        await client.end();
      }
    },
  };
  onCleanup(async () => {
    await db.stop();
    fs.rmSync(server.dataDir, { recursive: true, force: true });
  });
  return db;
}

/**
 * The built API (`dist/apps/api/main.js`) as `npm start` runs it, on 127.0.0.1:`port`, with its
 * output in a log file. `kill()` sends SIGKILL; `start()` starts it again on the same port.
 */
export async function startApi(name, { port, env }) {
  // One log per scenario instance, emptied per run; restarts after a kill append to it.
  const logFile = path.join(root, '.data', `faults-${name}-api.log`);
  fs.mkdirSync(path.dirname(logFile), { recursive: true });
  fs.writeFileSync(logFile, '');
  const api = {
    port,
    url: `http://127.0.0.1:${port}`,
    logFile,
    child: null,
    starts: 0,
    async start() {
      const out = fs.openSync(logFile, 'a');
      const child = spawn(process.execPath, [apiMain], {
        env: {
          ...process.env,
          NODE_ENV: 'development',
          HOST: '127.0.0.1',
          PORT: String(port),
          SEED_DEMO: 'true',
          DEV_OUTBOX: 'false',
          PORTAL_DIR: '',
          ...env,
        },
        stdio: ['ignore', out, out, 'ipc'],
      });
      fs.closeSync(out);
      api.child = child;
      api.starts++;
      await new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`API on port ${port} not ready within 120 s (see ${logFile})`)), 120_000);
        child.on('message', (m) => {
          if (m?.ready) {
            clearTimeout(timer);
            resolve();
          }
        });
        child.once('exit', (code, signal) => {
          clearTimeout(timer);
          reject(new Error(`API on port ${port} exited during start (${code ?? signal}); see ${logFile}`));
        });
      });
      // The exit listener above must not reject later kills.
      child.removeAllListeners('exit');
    },
    kill(signal = 'SIGKILL') {
      const child = api.child;
      if (!child || child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
      return new Promise((resolve) => {
        child.once('exit', () => resolve());
        child.kill(signal);
      });
    },
  };
  onCleanup(() => api.kill('SIGTERM'));
  await api.start();
  return api;
}

export { freePort };

/**
 * One HTTP call with a time limit. Never throws: network errors and timeouts come back as
 * `{ status: 0, error }`, so callers can count and retry them.
 */
export async function http(baseUrl, method, urlPath, { body, token, ip, timeoutMs = 10_000 } = {}) {
  const headers = {};
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (token) headers['authorization'] = `Bearer ${token}`;
  // The API trusts X-Forwarded-For from loopback (trust proxy), so each simulated client gets its own address.
  if (ip) headers['x-forwarded-for'] = ip;
  try {
    const res = await fetch(`${baseUrl}${urlPath}`, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: AbortSignal.timeout(timeoutMs),
    });
    const text = await res.text();
    let json = null;
    try {
      json = text ? JSON.parse(text) : null;
    } catch {
      json = null;
    }
    return { status: res.status, body: json };
  } catch (error) {
    return { status: 0, error: error.name === 'TimeoutError' ? 'timeout' : (error.cause?.code ?? error.message) };
  }
}

export async function login(baseUrl, email, { password = DEMO_PASSWORD, ip } = {}) {
  let res = await http(baseUrl, 'POST', '/api/auth/login', { body: { email, password }, ip });
  // Demo staff: the second step with the demo authenticator's code (this one, or the next if it was just used).
  for (let step = 0; res.status === 200 && res.body?.secondFactor === 'totp' && step < 2; step++) {
    const code = demoCode(Date.now() + step * 30_000).code;
    const second = await http(baseUrl, 'POST', '/api/auth/login/second-factor', { body: { challenge: res.body.challenge, code }, ip });
    if (second.status === 200 || step === 1) res = second;
  }
  if (res.status !== 200) throw new Error(`login as ${email} failed: ${res.status} ${JSON.stringify(res.body ?? res.error)}`);
  return res.body.accessToken;
}

/** A client address from 198.18.0.0/15 (reserved for benchmarks, RFC 2544), new for each call. */
let ipCounter = randomBytes(2).readUInt16BE(0);
export function nextIp() {
  ipCounter = (ipCounter + 1) % 65_536;
  return `198.18.${ipCounter >> 8}.${ipCounter & 255}`;
}

export const JWT_SECRET = randomBytes(48).toString('base64');
