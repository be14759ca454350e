/**
 * Benchmark (not a test): three hot API routes of the real app next to a bare NestJS route that
 * serves the identical JSON body, in one run (issue 12). For each route it prints req/s, p50/p99,
 * the bare route's req/s, the ratio and the database queries per request, and a met/MISSED line
 * for the goal ratio ≥ 0.5.
 *
 *   npm run bench:api
 *   BENCH_CONNECTIONS=50 BENCH_SECONDS=10 (defaults)  BENCH_WARMUP_SECONDS=2  DATABASE_URL=postgres://… (else the local server)
 *   BENCH_LOG_LEVEL=warn (default, as `npm start`; `info` writes a log line per request)
 *   BENCH_ROUTES=client-dossier,worker-dossier,worker-inbox (a subset)  BENCH_CPU_PROFILE=<folder> (API profile per route)
 *   BENCH_HEAP_PROFILE=1 with BENCH_CPU_PROFILE: a sampling allocation profile (`<route>.heapprofile`, what each
 *   function allocated during the load, collected objects included) instead of the CPU profile
 *   BENCH_ROUNDS=3 (default): the whole measurement this many times, each round with fresh API and bare
 *   processes; the goal is judged on each route's median ratio (single runs of one build gave a route
 *   ratios up to 0.1 apart)
 *   BENCH_BARE_ADAPTER=nabij: the bare app built with the API's NabijHttpAdapter too, for comparison (the goal
 *   is judged against a bare app as Nest makes it by default)
 *   --keep (keep the scratch database, e.g. for EXPLAIN)
 *
 * It creates a scratch database `nabij_bench_<random>`, starts the real API (AppModule with
 * configureApp, migrations and the full demo seed, as `npm start` runs it) in one child process and
 * a bare NestJS app (one controller returning the captured bodies) in another, so neither shares
 * the load generator's event loop. The load generator is a closed loop over keep-alive connections:
 * every connection sends its next request when the answer arrived. Every request names its own
 * client address in `X-Forwarded-For` (trusted from loopback only), from a pool of 4,096, so the
 * per-IP limit of 600/min does not interfere. Queries per request are counted in the API process
 * (every `pg` client query, BEGIN/COMMIT and the audit insert included) over sequential requests.
 */
import 'reflect-metadata';
import { fork, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { generateSync } from 'otplib';
import { Client } from 'pg';

const CONNECTIONS = Number(process.env['BENCH_CONNECTIONS'] ?? 50);
const SECONDS = Number(process.env['BENCH_SECONDS'] ?? 10);
const WARMUP_SECONDS = Number(process.env['BENCH_WARMUP_SECONDS'] ?? 2);
const ROUNDS = Math.max(1, Math.floor(Number(process.env['BENCH_ROUNDS'] ?? 3)));
const COUNT_REQUESTS = 20;
const GOAL_RATIO = 0.5;
const JWT_SECRET = randomBytes(32).toString('hex');
const DEMO_PASSWORD = 'Nabij-demo-2026!';
/** DEMO_TOTP_SECRET of libs/demo: demo staff log in with a code of it (two-factor authentication). */
const DEMO_TOTP_SECRET = 'VYMXSMYRCCKFO7ZXT4PPTKUWXKUGI4LE';
const serverUrl = process.env['DATABASE_URL'] ?? 'postgres://postgres@127.0.0.1:5432/postgres';

/** Queries sent to PostgreSQL so far and CPU time (user + system, µs) this process used so far. */
interface Stats {
  queries: number;
  cpuMicros: number;
}
type FromChild = { port: number } | { stats: Stats } | { profiled: true };
type ToChild = { stats: true } | { bodies: Record<string, string> } | { profile: 'start' | string };

function cpuMicros(): number {
  const { user, system } = process.cpuUsage();
  return user + system;
}

function dbUrl(name: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

async function admin<T>(work: (c: Client) => Promise<T>): Promise<T> {
  const client = new Client(serverUrl);
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

// --- child processes -----------------------------------------------------------------------------

/** Counts every query any `pg` client of this process sends (TypeORM's pool, the LISTEN connection). */
function countQueries(): () => number {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const pg = require('pg') as typeof import('pg');
  let queries = 0;
  const original = pg.Client.prototype.query;
  pg.Client.prototype.query = function (this: unknown, ...args: unknown[]) {
    queries++;
    return (original as (...a: unknown[]) => unknown).apply(this, args);
  } as typeof original;
  return () => queries;
}

/** The real API as main.ts starts it, on the scratch database with the full demo seed. */
async function serveReal(): Promise<void> {
  const queries = countQueries();
  const { NestFactory } = await import('@nestjs/core');
  const { AppConfig, configureApp, NabijHttpAdapter, runMigrations } = await import('@nabij/platform/api');
  const { DemoSeedService } = await import('@nabij/demo/api');
  const { Logger: PinoLogger } = await import('nestjs-pino');
  const { DataSource } = await import('typeorm');
  const { AppModule } = await import('../../apps/api/src/app/app.module');
  const config = new AppConfig({
    DATABASE_URL: process.env['BENCH_DB_URL'],
    JWT_SECRET: process.env['BENCH_JWT_SECRET'],
    BACKGROUND_JOBS: 'false',
    LOG_LEVEL: process.env['BENCH_LOG_LEVEL'] ?? 'warn',
    PORT: '0',
    HOST: '127.0.0.1',
  });
  const app = await NestFactory.create(AppModule.forRoot(config), new NabijHttpAdapter(), { bufferLogs: true });
  app.useLogger(app.get(PinoLogger));
  configureApp(app);
  await runMigrations(app.get(DataSource));
  await app.get(DemoSeedService).seedOnce(true);
  // Statistics for the planner, as autovacuum would gather them after the seed's bulk inserts.
  await app.get(DataSource).query('ANALYZE');
  await app.listen(0, '127.0.0.1');
  // BENCH_CPU_PROFILE=<dir>: a V8 CPU profile of the API per route, over its measured load only
  // (BENCH_HEAP_PROFILE=1: V8's sampling allocation profile instead, counting what was collected too).
  const inspector = await import('node:inspector/promises');
  const session = new inspector.Session();
  session.connect();
  process.on('message', async (m: ToChild) => {
    if (!('profile' in m)) return;
    const heap = process.env['BENCH_HEAP_PROFILE'] === '1';
    if (m.profile === 'start') {
      if (heap)
        await session.post('HeapProfiler.startSampling', {
          samplingInterval: 1024,
          includeObjectsCollectedByMajorGC: true,
          includeObjectsCollectedByMinorGC: true,
        });
      else {
        await session.post('Profiler.enable');
        await session.post('Profiler.start');
      }
    } else if (heap) {
      const { profile } = await session.post('HeapProfiler.stopSampling');
      (await import('node:fs')).writeFileSync(m.profile.replace(/\.cpuprofile$/, '.heapprofile'), JSON.stringify(profile));
    } else {
      const { profile } = await session.post('Profiler.stop');
      (await import('node:fs')).writeFileSync(m.profile, JSON.stringify(profile));
    }
    process.send?.({ profiled: true } satisfies FromChild);
  });
  process.on('message', (m: ToChild) => {
    if ('stats' in m) process.send?.({ stats: { queries: queries(), cpuMicros: cpuMicros() } } satisfies FromChild);
  });
  process.send?.({ port: (app.getHttpServer().address() as { port: number }).port } satisfies FromChild);
}

/** The ceiling: a bare NestJS app (same platform, same listen) whose routes return the captured bodies. */
async function serveBare(): Promise<void> {
  // Listen before the imports, so the bodies the parent sends at once are not missed.
  const received = new Promise<Record<string, string>>((resolve) =>
    process.once('message', (m: ToChild) => 'bodies' in m && resolve(m.bodies)),
  );
  const { NestFactory } = await import('@nestjs/core');
  const { Controller, Get, Module, Param } = await import('@nestjs/common');
  const bodies = await received;
  // Parsed once: Nest serialises the object on every request, as it does for the real routes.
  const parsed = Object.fromEntries(Object.entries(bodies).map(([k, v]) => [k, JSON.parse(v)]));

  @Controller()
  class BareController {
    @Get('bare/:route')
    route(@Param('route') route: string): unknown {
      return parsed[route];
    }
  }
  @Module({ controllers: [BareController] })
  class BareModule {}
  // BENCH_BARE_ADAPTER=nabij: the bare app on the API's own adapter (requests built with Express's
  // prototypes, see prototypeClasses), for comparison only; the goal is judged against Nest's default.
  const adapter =
    process.env['BENCH_BARE_ADAPTER'] === 'nabij'
      ? new (await import('../../libs/platform/api/src/lib/http/http-adapter')).NabijHttpAdapter()
      : null;
  const app = adapter
    ? await NestFactory.create(BareModule, adapter, { logger: ['error', 'warn'] })
    : await NestFactory.create(BareModule, { logger: ['error', 'warn'] });
  app.setGlobalPrefix('api');
  await app.listen(0, '127.0.0.1');
  process.on('message', (m: ToChild) => {
    if ('stats' in m) process.send?.({ stats: { queries: 0, cpuMicros: cpuMicros() } } satisfies FromChild);
  });
  process.send?.({ port: (app.getHttpServer().address() as { port: number }).port } satisfies FromChild);
}

// --- load generator ------------------------------------------------------------------------------

interface LoadResult {
  requests: number;
  errors: number;
  seconds: number;
  p50: number;
  p99: number;
}

let addressCounter = 0;
/** A different client address per request, from 4,096 (each far below 600 requests a minute). */
function nextAddress(): string {
  const n = addressCounter++ % 4096;
  return `10.77.${n >> 8}.${n & 255}`;
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

/**
 * Closed loop: `connections` keep-alive connections, each sending its next request when the answer
 * is in. `run` adds one slice of `seconds` to the totals; the connections stay open between slices.
 */
async function loadGenerator(origin: string, path: string, token: string | null) {
  const { Pool } = await import('undici');
  const pool = new Pool(origin, { connections: CONNECTIONS, pipelining: 1 });
  const latencies: number[] = [];
  let errors = 0;
  let elapsed = 0;
  return {
    async run(seconds: number, record = true): Promise<void> {
      const started = performance.now();
      const deadline = started + seconds * 1000;
      await Promise.all(
        Array.from({ length: CONNECTIONS }, async () => {
          while (performance.now() < deadline) {
            const sent = performance.now();
            const headers: Record<string, string> = { 'x-forwarded-for': nextAddress() };
            if (token) headers['authorization'] = `Bearer ${token}`;
            try {
              const res = await pool.request({ path, method: 'GET', headers });
              await res.body.text();
              if (!record) continue;
              if (res.statusCode === 200) latencies.push(performance.now() - sent);
              else errors++;
            } catch {
              if (record) errors++;
            }
          }
        }),
      );
      if (record) elapsed += (performance.now() - started) / 1000;
    },
    async result(): Promise<LoadResult> {
      await pool.close();
      latencies.sort((a, b) => a - b);
      return { requests: latencies.length, errors, seconds: elapsed, p50: percentile(latencies, 50), p99: percentile(latencies, 99) };
    },
  };
}

function startChild(role: 'real' | 'bare', env: Record<string, string>): { child: ChildProcess; port: Promise<number> } {
  const child = fork(__filename, [`--${role}`], { env: { ...process.env, ...env }, execArgv: process.execArgv });
  const port = new Promise<number>((resolve, reject) => {
    const onMessage = (m: FromChild) => {
      if ('port' in m) {
        child.off('message', onMessage);
        resolve(m.port);
      }
    };
    child.on('message', onMessage);
    child.once('exit', (code) => reject(new Error(`${role} API exited with ${code}`)));
  });
  return { child, port };
}

/** Starts or stops (writing it to `file`) the API's CPU profile when BENCH_CPU_PROFILE names a folder. */
function profile(child: ChildProcess, what: 'start' | { file: string }): Promise<void> {
  if (!process.env['BENCH_CPU_PROFILE']) return Promise.resolve();
  mkdirSync(process.env['BENCH_CPU_PROFILE'], { recursive: true });
  return new Promise((resolve) => {
    const onMessage = (m: FromChild) => {
      if ('profiled' in m) {
        child.off('message', onMessage);
        resolve();
      }
    };
    child.on('message', onMessage);
    child.send({ profile: what === 'start' ? 'start' : what.file } satisfies ToChild);
  });
}

function statsOf(child: ChildProcess): Promise<Stats> {
  return new Promise((resolve) => {
    const onMessage = (m: FromChild) => {
      if ('stats' in m) {
        child.off('message', onMessage);
        resolve(m.stats);
      }
    };
    child.on('message', onMessage);
    child.send({ stats: true } satisfies ToChild);
  });
}

/**
 * CPU time (µs) each PostgreSQL backend of the scratch database used so far, from /proc (Linux, the
 * same machine); empty where that cannot be read. CPU time, unlike req/s, hardly depends on what
 * else the machine is doing.
 */
async function postgresCpu(database: string): Promise<Map<number, number>> {
  const { readFile } = await import('node:fs/promises');
  const pids = await admin((c) => c.query<{ pid: number }>(`SELECT pid FROM pg_stat_activity WHERE datname = $1`, [database]));
  const ticks = new Map<number, number>();
  for (const { pid } of pids.rows) {
    // Fields 14 and 15 (utime, stime) in clock ticks of 10 ms; the name in field 2 has no spaces here.
    const stat = await readFile(`/proc/${pid}/stat`, 'utf8').catch(() => null);
    if (stat) ticks.set(pid, (Number(stat.split(' ')[13]) + Number(stat.split(' ')[14])) * 10_000);
  }
  return ticks;
}

function cpuSpent(before: Map<number, number>, after: Map<number, number>): number {
  let spent = 0;
  for (const [pid, micros] of after) spent += micros - (before.get(pid) ?? 0);
  return spent;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

async function main(): Promise<void> {
  const { request } = await import('undici');
  const name = `nabij_bench_${randomBytes(4).toString('hex')}`;
  await admin((c) => c.query(`CREATE DATABASE "${name}"`));
  const children: ChildProcess[] = [];
  const stopChildren = async () => {
    for (const child of children) child.kill('SIGTERM');
    await Promise.all(children.map((c) => (c.exitCode === null && c.signalCode === null ? new Promise((r) => c.once('exit', r)) : null)));
    children.length = 0;
  };
  /** Per route (by key): its label and the ratio and errors of each round. */
  const results = new Map<string, { label: string; ratios: number[]; errors: number }>();
  try {
    let real = startChild('real', { BENCH_DB_URL: dbUrl(name), BENCH_JWT_SECRET: JWT_SECRET });
    children.push(real.child);
    let realOrigin = `http://127.0.0.1:${await real.port}`;

    const call = async (method: 'GET' | 'POST', path: string, token: string | null, body?: unknown) => {
      const headers: Record<string, string> = { 'x-forwarded-for': nextAddress(), 'content-type': 'application/json' };
      if (token) headers['authorization'] = `Bearer ${token}`;
      const res = await request(realOrigin + path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
      const text = await res.body.text();
      if (res.statusCode !== 200 && res.statusCode !== 201) throw new Error(`${method} ${path}: ${res.statusCode} ${text}`);
      return text;
    };
    const login = async (email: string) => {
      const answer = JSON.parse(await call('POST', '/api/auth/login', null, { email, password: DEMO_PASSWORD }));
      // Staff type a code of the demo authenticator: the current one (one login per account, so never a replay).
      const { accessToken } =
        answer.secondFactor === 'totp'
          ? JSON.parse(
              await call('POST', '/api/auth/login/second-factor', null, {
                challenge: answer.challenge,
                code: generateSync({ secret: DEMO_TOTP_SECRET }),
              }),
            )
          : answer;
      if (!accessToken) throw new Error(`login as ${email} gave no access token`);
      return accessToken as string;
    };
    const clientToken = await login('client@demo.nabij.nl');
    const workerToken = await login('worker@demo.nabij.nl');
    const [clientCase] = JSON.parse(await call('GET', '/api/dossier/mine', clientToken)) as Array<{ id: string }>;
    const workerCases = JSON.parse(await call('GET', '/api/dossier/cases', workerToken)) as Array<{ id: string }>;
    const workerCase = workerCases.find((c) => c.id === clientCase.id) ?? workerCases[0];

    const routes = [
      { key: 'client-dossier', label: 'client GET /api/dossier/mine/{id}', path: `/api/dossier/mine/${clientCase.id}`, token: clientToken },
      {
        key: 'worker-dossier',
        label: 'worker GET /api/dossier/cases/{id} (audited)',
        path: `/api/dossier/cases/${workerCase.id}`,
        token: workerToken,
      },
      { key: 'worker-inbox', label: 'worker GET /api/messages/inbox (audited)', path: '/api/messages/inbox', token: workerToken },
    ];
    const only = process.env['BENCH_ROUTES']?.split(',');
    if (only) routes.splice(0, routes.length, ...routes.filter((r) => only.includes(r.key)));
    const bodies: Record<string, string> = {};
    for (const r of routes) bodies[r.key] = await call('GET', r.path, r.token);

    console.log(
      `${CONNECTIONS} connections, ${SECONDS} s per route for each side in 1 s turns, after ${WARMUP_SECONDS} s warm-up; ${ROUNDS} round(s); API log level ${process.env['BENCH_LOG_LEVEL'] ?? 'warn'}\n`,
    );
    for (let round = 1; round <= ROUNDS; round++) {
      if (round > 1) {
        // Fresh processes: the database (seeded, analysed) and the tokens stay.
        await stopChildren();
        real = startChild('real', { BENCH_DB_URL: dbUrl(name), BENCH_JWT_SECRET: JWT_SECRET });
        children.push(real.child);
        realOrigin = `http://127.0.0.1:${await real.port}`;
      }
      if (ROUNDS > 1) console.log(`round ${round} of ${ROUNDS}\n`);
      const bare = startChild('bare', {});
      children.push(bare.child);
      bare.child.send({ bodies } satisfies ToChild);
      const bareOrigin = `http://127.0.0.1:${await bare.port}`;
      for (const r of routes) {
        const res = await request(`${bareOrigin}/api/bare/${r.key}`);
        if ((await res.body.text()) !== bodies[r.key]) throw new Error(`the bare route does not serve the same body for ${r.key}`);
      }

      for (const r of routes) {
        // Queries per request: sequential requests, so nothing else is counted in between; after a few
        // requests first, so a fresh process's first look-ups (names, the login) are not counted.
        for (let i = 0; i < 3; i++) await call('GET', r.path, r.token);
        const before = (await statsOf(real.child)).queries;
        for (let i = 0; i < COUNT_REQUESTS; i++) await call('GET', r.path, r.token);
        const perRequest = ((await statsOf(real.child)).queries - before) / COUNT_REQUESTS;

        // Nabij and the bare route take turns in one-second slices, so a change in the machine's load
        // (other processes) hits both alike and the ratio stays fair.
        const nabij = await loadGenerator(realOrigin, r.path, r.token);
        const bareRoute = await loadGenerator(bareOrigin, `/api/bare/${r.key}`, null);
        if (WARMUP_SECONDS > 0) {
          await nabij.run(WARMUP_SECONDS, false);
          await bareRoute.run(WARMUP_SECONDS, false);
        }
        const slices = Math.max(1, Math.round(SECONDS));
        await profile(real.child, 'start');
        const cpu = { api: 0, postgres: 0, bare: 0 };
        for (let i = 0; i < slices; i++) {
          const [api, postgres] = [await statsOf(real.child), await postgresCpu(name)];
          await nabij.run(SECONDS / slices);
          cpu.api += (await statsOf(real.child)).cpuMicros - api.cpuMicros;
          cpu.postgres += cpuSpent(postgres, await postgresCpu(name));
          const bareBefore = await statsOf(bare.child);
          await bareRoute.run(SECONDS / slices);
          cpu.bare += (await statsOf(bare.child)).cpuMicros - bareBefore.cpuMicros;
        }
        const profileName = ROUNDS > 1 ? `${r.key}-round${round}` : r.key;
        await profile(real.child, { file: `${process.env['BENCH_CPU_PROFILE']}/${profileName}.cpuprofile` });
        const measured = await nabij.result();
        const ceiling = await bareRoute.result();
        const rps = measured.requests / measured.seconds;
        const bareRps = ceiling.requests / ceiling.seconds;
        const ratio = rps / bareRps;
        console.log(`${r.label}  (${(Buffer.byteLength(bodies[r.key]) / 1000).toFixed(1)} kB)`);
        console.log(
          `  Nabij   ${Math.round(rps).toString().padStart(6)} req/s   p50 ${measured.p50.toFixed(1).padStart(6)} ms   p99 ${measured.p99.toFixed(1).padStart(6)} ms   errors ${measured.errors}`,
        );
        console.log(
          `  bare    ${Math.round(bareRps).toString().padStart(6)} req/s   p50 ${ceiling.p50.toFixed(1).padStart(6)} ms   p99 ${ceiling.p99.toFixed(1).padStart(6)} ms   errors ${ceiling.errors}`,
        );
        const perReq = (micros: number, requests: number) => `${Math.round(micros / Math.max(1, requests))} µs`;
        console.log(
          `  CPU per request: Nabij API ${perReq(cpu.api, measured.requests)} + PostgreSQL ${perReq(cpu.postgres, measured.requests)}; bare ${perReq(cpu.bare, ceiling.requests)}`,
        );
        console.log(`  ratio   ${ratio.toFixed(2)}   queries per request ${perRequest.toFixed(1)}\n`);
        const result = results.get(r.key) ?? { label: r.label, ratios: [], errors: 0 };
        result.ratios.push(ratio);
        result.errors += measured.errors;
        results.set(r.key, result);
      }
    }
    const goals = [...results.values()].map(({ label, ratios, errors }) => {
      const ratio = median(ratios);
      const rounds = ratios.length > 1 ? ` (median of ${ratios.map((x) => x.toFixed(2)).join(', ')})` : '';
      return { goal: `${label}: ratio ${ratio.toFixed(2)}${rounds} ≥ ${GOAL_RATIO}`, met: ratio >= GOAL_RATIO && errors === 0 };
    });
    for (const { goal, met } of goals) console.log(`${met ? 'met    ' : 'MISSED '} ${goal}`);
    if (goals.some((g) => !g.met)) process.exitCode = 1;
  } finally {
    await stopChildren();
    if (process.argv.includes('--keep')) console.log(`kept database ${name}`);
    else await admin((c) => c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
  }
}

if (process.argv.includes('--real')) {
  serveReal().catch((e) => {
    console.error(e);
    process.exit(1);
  });
} else if (process.argv.includes('--bare')) {
  serveBare().catch((e) => {
    console.error(e);
    process.exit(1);
  });
} else {
  main().then(
    () => process.exit(),
    (e) => {
      console.error(e);
      process.exit(1);
    },
  );
}
