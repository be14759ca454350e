// `npm run smoke:production` (after `npm run build`): assembles the production bundle the way the
// Dockerfile does — the API bundle with `npm ci --omit=dev` from its pruned lockfile, and the built
// portal — in a scratch folder, starts it with NODE_ENV=production on an embedded PostgreSQL, and
// checks what a hosting party relies on. Also checks that unsafe settings stop the start.
// Not a test (it installs packages from the registry); exits non-zero when a check fails.
import { execFileSync, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { freePort, onCleanup, root, runScenario, startDatabase } from '../faults/lib.mjs';

const NAME = 'production-smoke';

await runScenario(NAME, 10 * 60_000, async ({ check }) => {
  const portalBuild = path.join(root, 'dist/apps/portal/browser');
  if (!fs.existsSync(path.join(portalBuild, 'index.html'))) throw new Error('dist/apps/portal is missing: run `npm run build` first.');
  const app = fs.mkdtempSync(path.join(os.tmpdir(), 'nabij-production-'));
  onCleanup(() => fs.rmSync(app, { recursive: true, force: true }));
  fs.cpSync(path.join(root, 'dist/apps/api'), app, { recursive: true });
  fs.cpSync(portalBuild, path.join(app, 'portal'), { recursive: true });
  console.log(`[${NAME}] npm ci --omit=dev in ${app} ...`);
  execFileSync('npm', ['ci', '--omit=dev', '--no-audit', '--no-fund'], { cwd: app, stdio: ['ignore', 'ignore', 'inherit'] });
  check('the pruned package.json and lockfile install with npm ci --omit=dev', fs.existsSync(path.join(app, 'node_modules/@nestjs/core')));

  const db = await startDatabase(NAME);
  const metricsToken = randomBytes(24).toString('base64url');
  const env = {
    PATH: process.env.PATH,
    NODE_ENV: 'production',
    HOST: '127.0.0.1',
    DATABASE_URL: db.url,
    JWT_SECRET: randomBytes(48).toString('base64'),
    PUBLIC_URL: 'https://nabij.example.nl',
    PORTAL_DIR: path.join(app, 'portal'),
    DOCUMENTS_DIR: path.join(app, 'documents'),
    METRICS_TOKEN: metricsToken,
    LOG_LEVEL: 'warn',
  };
  const start = (extra, port) =>
    new Promise((resolve) => {
      const child = spawn(process.execPath, ['main.js'], {
        cwd: app,
        env: { ...env, ...extra, PORT: String(port) },
        stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
      });
      let output = '';
      child.stdout.on('data', (d) => (output += d));
      child.stderr.on('data', (d) => (output += d));
      const timer = setTimeout(() => resolve({ child, ready: false, output: `${output}\n(no answer within 120 s)` }), 120_000);
      child.on('message', (m) => {
        if (m?.ready) {
          clearTimeout(timer);
          resolve({ child, ready: true, output });
        }
      });
      child.once('exit', (code) => {
        clearTimeout(timer);
        resolve({ child, ready: false, code, output });
      });
      onCleanup(() => child.exitCode === null && child.kill('SIGTERM'));
    });

  const refused = await start({ DEV_OUTBOX: 'true', JWT_SECRET: 'x'.repeat(48) }, await freePort());
  check(
    'refuses to start with a patterned JWT_SECRET and DEV_OUTBOX on, naming both',
    !refused.ready && refused.code !== 0 && /JWT_SECRET/.test(refused.output) && /DEV_OUTBOX/.test(refused.output),
  );

  const port = await freePort();
  const api = await start({}, port);
  check('starts with NODE_ENV=production, migrates and answers', api.ready, api.ready ? '' : api.output.slice(-400));
  if (!api.ready) return;
  const base = `http://127.0.0.1:${port}`;
  const get = (p, headers = {}) => fetch(`${base}${p}`, { headers, signal: AbortSignal.timeout(10_000) });

  const ready = await get('/api/health/ready');
  check('readiness: PostgreSQL answers', ready.status === 200, `${ready.status}`);
  const page = await get('/login', { 'accept-encoding': 'br' });
  const html = await page.text();
  check(
    'serves the portal page with a fresh CSP nonce, not cached',
    page.status === 200 && /ngCspNonce="[A-Za-z0-9+/=]{20,}"/i.test(html) && page.headers.get('cache-control') === 'no-cache',
  );
  const script = /src="(main-[A-Z0-9]+\.js)"/.exec(html)?.[1];
  const bundle = script ? await get(`/${script}`, { 'accept-encoding': 'br, gzip' }) : null;
  check(
    'serves hashed bundles compressed and immutable',
    bundle?.status === 200 &&
      bundle.headers.get('content-encoding') === 'br' &&
      /immutable/.test(bundle.headers.get('cache-control') ?? ''),
  );
  check(
    'hides the API docs and the dev outbox in production',
    (await get('/api/docs-json')).status === 404 && (await get('/api/dev/outbox')).status !== 200,
  );
  const metrics = await get('/api/metrics', { authorization: `Bearer ${metricsToken}` });
  check('serves /api/metrics with the token', metrics.status === 200 && (await metrics.text()).includes('nabij_messages_waiting'));
  check('refuses /api/metrics without it', (await get('/api/metrics')).status === 401);
  const login = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'client@demo.nabij.nl', password: 'Nabij-demo-2026!' }),
  });
  check('has no demo accounts', login.status === 401, `${login.status}`);
  api.child.kill('SIGTERM');
});
