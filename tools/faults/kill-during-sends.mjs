// Fault: kill -9 during sends (`npm run faults:kill`).
//
// Several senders send FAULTS_MESSAGES (10,000) messages as the demo client, each with an id made by
// the sender (the idempotent `POST /api/messages/mine`), while the API process is killed with
// SIGKILL and started again FAULTS_KILLS (5) times. A sender resends the same id after an error or
// a timeout until it gets 201. Afterwards the database must hold every message exactly once:
// 0 lost, 0 duplicated.
import { randomUUID } from 'node:crypto';
import { DEMO, JWT_SECRET, freePort, http, log, login, nextIp, runScenario, sleep, startApi, startDatabase } from './lib.mjs';

const NAME = 'kill';
const MESSAGES = Number(process.env.FAULTS_MESSAGES ?? 10_000);
const SENDERS = Number(process.env.FAULTS_SENDERS ?? 4);
const KILLS = Number(process.env.FAULTS_KILLS ?? 5);
/** Per message: give up (and count it as lost) after this many attempts or this long. */
const MAX_ATTEMPTS = 1_000;
const MAX_MESSAGE_MS = 180_000;

runScenario(NAME, 30 * 60_000, async ({ check }) => {
  const db = await startDatabase(NAME);
  const api = await startApi(NAME, { port: await freePort(), env: { DATABASE_URL: db.url, JWT_SECRET, ACCESS_TOKEN_SECONDS: '7200' } });
  log(NAME, `API on ${api.url}, PostgreSQL on port ${db.port}; ${MESSAGES} messages from ${SENDERS} senders, ${KILLS} × SIGKILL`);

  const tag = `fault-kill-${randomUUID().slice(0, 8)}`;
  const acknowledged = new Map(); // id -> body
  const given_up = [];
  let attempts = 0;
  let retries = 0;
  let next = 0;
  let down = false;
  const started = Date.now();

  async function sender(n) {
    const ip = () => nextIp(); // a fresh address per request: the 600/min per-IP limit is not under test here
    let token = null;
    while (true) {
      const i = next++;
      if (i >= MESSAGES) return;
      const id = randomUUID();
      const body = `${tag} #${i}`;
      let done = false;
      const giveUpAt = Date.now() + MAX_MESSAGE_MS;
      for (let attempt = 1; attempt <= MAX_ATTEMPTS && !done && Date.now() < giveUpAt; attempt++) {
        if (!token) {
          token = await login(api.url, DEMO.client, { ip: ip() }).catch(() => null);
          if (!token) {
            await sleep(200);
            continue;
          }
        }
        attempts++;
        if (attempt > 1) retries++;
        const res = await http(api.url, 'POST', '/api/messages/mine', { body: { id, body }, token, ip: ip(), timeoutMs: 5_000 });
        if (res.status === 201) {
          acknowledged.set(id, body);
          done = true;
        } else if (res.status === 401) {
          token = null;
        } else if (res.status === 0 || res.status >= 500 || res.status === 429) {
          await sleep(100 + Math.random() * 200);
        } else {
          throw new Error(`sender ${n}: unexpected ${res.status} ${JSON.stringify(res.body)}`);
        }
      }
      if (!done) given_up.push(id);
    }
  }

  /** Kills the API when the acknowledged count passes evenly spread marks, so every kill lands mid-run. */
  async function killer() {
    const marks = Array.from({ length: KILLS }, (_, k) => Math.floor(((k + 1) * MESSAGES) / (KILLS + 2)));
    for (const mark of marks) {
      while (acknowledged.size < mark && next < MESSAGES) await sleep(20);
      if (next >= MESSAGES) return;
      down = true;
      await api.kill('SIGKILL');
      log(NAME, `SIGKILL at ${acknowledged.size} acknowledged; restarting ...`);
      await api.start();
      down = false;
      log(NAME, `API back (start ${api.starts})`);
    }
  }

  const progress = setInterval(
    () => log(NAME, `${acknowledged.size}/${MESSAGES} acknowledged, ${retries} retries${down ? ', API down' : ''}`),
    10_000,
  );
  try {
    await Promise.all([killer(), ...Array.from({ length: SENDERS }, (_, n) => sender(n))]);
  } finally {
    clearInterval(progress);
  }
  const seconds = (Date.now() - started) / 1000;
  log(NAME, `sent in ${seconds.toFixed(0)} s: ${attempts} requests, ${retries} retries`);

  const rows = await db.query(`SELECT id::text, body FROM message WHERE body LIKE $1`, [`${tag} #%`]);
  const stored = new Map(rows.map((r) => [r.id, r.body]));
  const lost = [...acknowledged.keys()].filter((id) => !stored.has(id)).length + given_up.length;
  const perBody = new Map();
  for (const r of rows) perBody.set(r.body, (perBody.get(r.body) ?? 0) + 1);
  const duplicated = [...perBody.values()].reduce((sum, count) => sum + (count - 1), 0);
  const unknown = rows.filter((r) => !acknowledged.has(r.id)).length;

  check(`the API was killed with SIGKILL ${KILLS} times during the sends`, api.starts === KILLS + 1, `${api.starts - 1} kills`);
  check('the senders had to retry (the kills hit requests in flight)', retries > 0, `${retries} retries of ${attempts} requests`);
  check(
    `every message was acknowledged (${MESSAGES})`,
    acknowledged.size === MESSAGES && given_up.length === 0,
    `${acknowledged.size} acknowledged, ${given_up.length} given up`,
  );
  check('0 messages lost (every acknowledged id is stored)', lost === 0, `${lost} lost`);
  check(
    '0 messages duplicated (each message stored once)',
    duplicated === 0 && unknown === 0,
    `${duplicated} duplicates, ${unknown} stored rows nobody sent`,
  );
  check(`exactly ${MESSAGES} messages stored`, rows.length === MESSAGES, `${rows.length} rows`);
});
