// Fault: PostgreSQL restart under load (`npm run faults:pg-restart`).
//
// While a few clients keep reading and sending as the demo client, PostgreSQL is stopped for a few
// seconds and started again, FAULTS_PG_CYCLES (2) times. `GET /api/health` must answer 503 within
// 5 s of the stop, other requests 503 rather than 500, and the same API process (no restart) must
// answer health and real requests again within 10 s of PostgreSQL being back.
import { randomUUID } from 'node:crypto';
import { DEMO, JWT_SECRET, freePort, http, log, login, nextIp, runScenario, sleep, startApi, startDatabase } from './lib.mjs';

const NAME = 'pg-restart';
const CYCLES = Number(process.env.FAULTS_PG_CYCLES ?? 2);
const DOWN_MS = 5_000;
const OUTAGE_SEEN_WITHIN_MS = 5_000;
const RECOVERED_WITHIN_MS = 10_000;
const LOAD_TIMEOUT_MS = 15_000;

/** Polls `probe` every 200 ms until it returns true or `limitMs` passes; returns the time taken or null. */
async function within(limitMs, probe) {
  const start = Date.now();
  while (Date.now() - start < limitMs) {
    if (await probe()) return Date.now() - start;
    await sleep(200);
  }
  return null;
}

runScenario(NAME, 10 * 60_000, async ({ check }) => {
  const db = await startDatabase(NAME);
  const api = await startApi(NAME, { port: await freePort(), env: { DATABASE_URL: db.url, JWT_SECRET } });
  const pid = api.child.pid;
  const token = await login(api.url, DEMO.client, { ip: nextIp() });
  log(NAME, `API on ${api.url} (pid ${pid}), PostgreSQL on port ${db.port}`);

  const health = async () => (await http(api.url, 'GET', '/api/health', { ip: nextIp(), timeoutMs: 5_000 })).status;
  const readThreads = async (timeoutMs = 5_000) =>
    (await http(api.url, 'GET', '/api/messages/mine', { token, ip: nextIp(), timeoutMs })).status;
  const send = async (timeoutMs = 5_000) =>
    (
      await http(api.url, 'POST', '/api/messages/mine', {
        body: { id: randomUUID(), body: 'fault pg-restart load' },
        token,
        ip: nextIp(),
        timeoutMs,
      })
    ).status;

  check('health answers 200 before the fault', (await health()) === 200);

  // Load: readers and senders in closed loops for the whole scenario. A request may wait up to the
  // pool's 5 s connect timeout while PostgreSQL is down, so the load allows 15 s before calling it hung.
  let loading = true;
  const statuses = new Map();
  const loader = async (request) => {
    while (loading) {
      const status = await request(LOAD_TIMEOUT_MS);
      statuses.set(status, (statuses.get(status) ?? 0) + 1);
      if (status !== 200 && status !== 201) await sleep(100);
    }
  };
  const loaders = [loader(readThreads), loader(readThreads), loader(send), loader(send)];

  try {
    for (let cycle = 1; cycle <= CYCLES; cycle++) {
      await sleep(2_000);
      await db.stop();
      log(NAME, `cycle ${cycle}: PostgreSQL stopped`);
      const seen = await within(OUTAGE_SEEN_WITHIN_MS, async () => (await health()) === 503);
      check(
        `cycle ${cycle}: health answers 503 within ${OUTAGE_SEEN_WITHIN_MS / 1000} s of the stop`,
        seen !== null,
        seen === null ? 'never' : `after ${(seen / 1000).toFixed(1)} s`,
      );
      await sleep(Math.max(0, DOWN_MS - (seen ?? OUTAGE_SEEN_WITHIN_MS)));
      check(
        `cycle ${cycle}: the API process is still running while PostgreSQL is down`,
        api.child.exitCode === null && api.child.signalCode === null,
      );

      await db.start();
      log(NAME, `cycle ${cycle}: PostgreSQL accepts connections again`);
      const healthy = await within(RECOVERED_WITHIN_MS, async () => (await health()) === 200);
      check(
        `cycle ${cycle}: health answers 200 within ${RECOVERED_WITHIN_MS / 1000} s of PostgreSQL being back`,
        healthy !== null,
        healthy === null ? 'never' : `after ${(healthy / 1000).toFixed(1)} s`,
      );
      const serving = await within(RECOVERED_WITHIN_MS, async () => (await readThreads()) === 200 && (await send()) === 201);
      check(
        `cycle ${cycle}: reads and sends succeed within ${RECOVERED_WITHIN_MS / 1000} s of PostgreSQL being back`,
        serving !== null,
        serving === null ? 'never' : `after ${(serving / 1000).toFixed(1)} s`,
      );
    }
  } finally {
    loading = false;
    await Promise.all(loaders);
  }
  check('the same API process served throughout (no restart)', api.starts === 1 && api.child.pid === pid && api.child.exitCode === null);
  const summary = [...statuses.entries()]
    .sort(([a], [b]) => a - b)
    .map(([status, count]) => `${status === 0 ? 'no answer' : status}: ${count}`)
    .join(', ');
  log(NAME, `load answers: ${summary}`);
  check(`the load kept getting answers (no request hung past ${LOAD_TIMEOUT_MS / 1000} s)`, (statuses.get(0) ?? 0) === 0, summary);
  check(
    'requests during the outage answered 503 (try again), none 500',
    (statuses.get(503) ?? 0) > 0 && (statuses.get(500) ?? 0) === 0,
    summary,
  );
});
