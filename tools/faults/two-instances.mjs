// Fault: two API instances sharing PostgreSQL and Redis (`npm run faults:two-instances`).
//
// Instances A and B run the built API on one embedded PostgreSQL with REDIS_URL pointing at the
// Redis on 127.0.0.1:6379 and SMTP_URL at an SMTP server inside this script. Checked:
// - the per-IP limit of every route (600/min) and the login's tighter @Throttle (30/min) hold for
//   A and B together, not per instance;
// - the login lockout per (account, address) holds across A and B;
// - chat works across them: an anonymous client on A and the worker on B exchange messages;
// - background jobs run once: mails waiting in the outbox are delivered exactly once although both
//   instances run the retry job.
import { randomUUID } from 'node:crypto';
import net from 'node:net';
import { SMTPServer } from 'smtp-server';
import { io } from 'socket.io-client';
import {
  DEMO,
  DEMO_PASSWORD,
  JWT_SECRET,
  freePort,
  http,
  log,
  login,
  nextIp,
  onCleanup,
  runScenario,
  sleep,
  startApi,
  startDatabase,
} from './lib.mjs';

const NAME = 'two-instances';
const REDIS_URL = 'redis://127.0.0.1:6379';
const DEFAULT_LIMIT = 600;
const LOGIN_LIMIT = 30;
const OUTBOX_MAILS = 40;
/** The mail retry job runs once a minute in each instance. */
const MAIL_WAIT_MS = 150_000;
// Socket events, as in libs/chat/contracts/src/lib/chat-socket.contracts.ts.
const JOIN = 'chat:join';
const MESSAGE = 'chat:message';

function redisAnswers() {
  return new Promise((resolve) => {
    const socket = net.connect(6379, '127.0.0.1');
    socket.setTimeout(2_000);
    socket.once('connect', () => socket.write('PING\r\n'));
    socket.once('data', (data) => {
      socket.destroy();
      resolve(data.toString().startsWith('+PONG'));
    });
    socket.once('error', () => resolve(false));
    socket.once('timeout', () => {
      socket.destroy();
      resolve(false);
    });
  });
}

/** An SMTP server that counts what arrives, by subject. */
async function startSmtp() {
  const received = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, _session, callback) {
      let raw = '';
      stream.on('data', (chunk) => (raw += chunk.toString()));
      stream.on('end', () => {
        received.push(/^Subject: (.*)$/m.exec(raw)?.[1]?.trim() ?? '');
        callback();
      });
    },
  });
  const port = await freePort();
  await new Promise((resolve) => server.listen(port, '127.0.0.1', resolve));
  onCleanup(() => new Promise((resolve) => server.close(resolve)));
  return { url: `smtp://127.0.0.1:${port}`, received };
}

/** Sends `count` requests, `batch` at a time, alternating between the instances; returns the statuses. */
async function burst(instances, count, batch, request) {
  const statuses = [];
  for (let i = 0; i < count; i += batch) {
    const size = Math.min(batch, count - i);
    const answers = await Promise.all(Array.from({ length: size }, (_, k) => request(instances[(i + k) % instances.length], i + k)));
    statuses.push(...answers.map((a) => a.status));
  }
  return statuses;
}

const tally = (statuses) =>
  Object.entries(statuses.reduce((t, s) => ({ ...t, [s]: (t[s] ?? 0) + 1 }), {}))
    .map(([s, n]) => `${s}: ${n}`)
    .join(', ');

function connect(url, token) {
  const socket = io(`${url}/chat`, { auth: { token }, transports: ['websocket'], reconnection: false, forceNew: true, timeout: 5_000 });
  onCleanup(() => socket.close());
  return new Promise((resolve, reject) => {
    socket.once('connect', () => resolve(socket));
    socket.once('connect_error', reject);
  });
}

function nextEvent(socket, event, timeoutMs = 5_000) {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no ${event} within ${timeoutMs} ms`)), timeoutMs);
    socket.once(event, (data) => {
      clearTimeout(timer);
      resolve(data);
    });
  });
}

runScenario(NAME, 10 * 60_000, async ({ check }) => {
  const redis = await redisAnswers();
  if (!check('Redis answers on 127.0.0.1:6379', redis, redis ? '' : 'start it, e.g. `redis-server --daemonize yes`')) return;
  const db = await startDatabase(NAME);
  const smtp = await startSmtp();
  const env = { DATABASE_URL: db.url, JWT_SECRET, REDIS_URL, SMTP_URL: smtp.url, BACKGROUND_JOBS: 'true' };
  // One after the other: the first applies the migrations and writes the demo data.
  const a = await startApi(`${NAME}-a`, { port: await freePort(), env });
  const b = await startApi(`${NAME}-b`, { port: await freePort(), env });
  log(NAME, `A on ${a.url}, B on ${b.url}, PostgreSQL on port ${db.port}, Redis ${REDIS_URL}, SMTP ${smtp.url}`);
  const both = [a.url, b.url];

  // 1. The per-IP limit of every route, counted for A and B together.
  {
    const ip = nextIp();
    const statuses = await burst(both, DEFAULT_LIMIT + 20, 20, (url) => http(url, 'GET', '/api/health', { ip }));
    const passed = statuses.filter((s) => s === 200).length;
    check(
      `per-IP limit (${DEFAULT_LIMIT}/min) holds across A and B together`,
      passed === DEFAULT_LIMIT && statuses.filter((s) => s === 429).length === 20,
      `${DEFAULT_LIMIT + 20} requests alternating A/B from one address: ${tally(statuses)}`,
    );
    const other = await http(b.url, 'GET', '/api/health', { ip: nextIp() });
    check('another address is not limited by it', other.status === 200, `status ${other.status}`);
  }

  // 2. The login's @Throttle (30/min per address), counted for A and B together. Every attempt uses
  //    a new unknown e-mail address, so only the per-address limit can answer 429.
  {
    const ip = nextIp();
    const statuses = await burst(both, LOGIN_LIMIT + 4, 1, (url) =>
      http(url, 'POST', '/api/auth/login', { body: { email: `nobody-${randomUUID()}@example.org`, password: 'wrong-password-1' }, ip }),
    );
    const first429 = statuses.indexOf(429);
    check(
      `login limit (${LOGIN_LIMIT}/min per address) holds across A and B together`,
      first429 === LOGIN_LIMIT && statuses.slice(first429).every((s) => s === 429),
      `${LOGIN_LIMIT + 4} logins alternating A/B: ${tally(statuses)}, first 429 at attempt ${first429 + 1}`,
    );
  }

  // 3. Chat across the instances: an anonymous client on A, the demo worker on B.
  {
    // Open chat around the clock for this run (the demo hours are 15–17 h), the worker on duty.
    const [org] = await db.query(`SELECT organisation_id FROM account WHERE lower(email) = $1`, [DEMO.worker]);
    const [worker] = await db.query(`SELECT id FROM account WHERE lower(email) = $1`, [DEMO.worker]);
    await db.query(`DELETE FROM chat_hours_exception WHERE organisation_id = $1`, [org.organisation_id]);
    await db.query(`DELETE FROM chat_hours_slot WHERE organisation_id = $1`, [org.organisation_id]);
    await db.query(`DELETE FROM chat_duty WHERE organisation_id = $1`, [org.organisation_id]);
    for (let weekday = 1; weekday <= 7; weekday++) {
      await db.query(`INSERT INTO chat_hours_slot (organisation_id, weekday, starts_at, ends_at) VALUES ($1, $2, '00:00', '23:59:59')`, [
        org.organisation_id,
        weekday,
      ]);
      await db.query(
        `INSERT INTO chat_duty (organisation_id, worker_id, weekday, starts_at, ends_at) VALUES ($1, $2, $3, '00:00', '23:59:59')`,
        [org.organisation_id, worker.id, weekday],
      );
    }
    try {
      const ip = nextIp();
      const postcode = await http(a.url, 'POST', '/api/postcode-check', { body: { postcode: '2312 AB' }, ip });
      const started = await http(a.url, 'POST', '/api/chat/anonymous', { body: { checkId: postcode.body?.checkId }, ip });
      if (started.status !== 201) throw new Error(`anonymous chat start on A: ${started.status} ${JSON.stringify(started.body)}`);
      const sessionId = started.body.session.id;
      const client = await connect(a.url, started.body.chatToken);
      const joined = await client.timeout(5_000).emitWithAck(JOIN, { sessionId });
      if (!joined.ok) throw new Error(`client join on A: ${JSON.stringify(joined)}`);

      const workerToken = await login(b.url, DEMO.worker, { ip: nextIp() });
      const pickUp = await http(b.url, 'POST', `/api/chat/sessions/${sessionId}/pick-up`, { token: workerToken, ip: nextIp() });
      if (pickUp.status !== 200) throw new Error(`pick-up on B: ${pickUp.status} ${JSON.stringify(pickUp.body)}`);
      const workerSocket = await connect(b.url, workerToken);
      const workerJoined = await workerSocket.timeout(5_000).emitWithAck(JOIN, { sessionId });
      if (!workerJoined.ok) throw new Error(`worker join on B: ${JSON.stringify(workerJoined)}`);

      const atWorker = nextEvent(workerSocket, MESSAGE);
      const sent = await client
        .timeout(5_000)
        .emitWithAck(MESSAGE, { sessionId, body: 'Hallo vanaf instantie A', clientMsgId: randomUUID() });
      const heard = await atWorker.catch((error) => ({ error: error.message }));
      check(
        'chat: a message from the client on A reaches the worker on B',
        sent.ok && heard.body === 'Hallo vanaf instantie A',
        heard.error ?? `seq ${heard.seq}`,
      );

      const atClient = nextEvent(client, MESSAGE);
      await workerSocket.timeout(5_000).emitWithAck(MESSAGE, { sessionId, body: 'Antwoord vanaf B', clientMsgId: randomUUID() });
      const answer = await atClient.catch((error) => ({ error: error.message }));
      check(
        'chat: the answer of the worker on B reaches the client on A',
        answer.body === 'Antwoord vanaf B',
        answer.error ?? `seq ${answer.seq}`,
      );
      client.close();
      workerSocket.close();
    } catch (error) {
      check('chat across A and B', false, error.message);
    }
  }

  // 4. The login lockout per (account, address) holds across the instances: wrong passwords on A
  //    until refused, then the right password from that address on B is refused too.
  {
    const ip = nextIp();
    const wrong = [];
    for (let i = 0; i < 12 && !wrong.includes(429); i++) {
      wrong.push(
        (await http(a.url, 'POST', '/api/auth/login', { body: { email: DEMO.client, password: `wrong-${i}-password` }, ip })).status,
      );
    }
    const onB = await http(b.url, 'POST', '/api/auth/login', { body: { email: DEMO.client, password: DEMO_PASSWORD }, ip });
    check('login lockout: wrong passwords on A end in 429', wrong.at(-1) === 429, `A answered ${wrong.join(' ')}`);
    check(
      'login lockout holds on B (right password from the same address refused)',
      onB.status === 429,
      `B answered ${onB.status}: ${onB.body?.message ?? onB.error}`,
    );
  }

  // 5. Background jobs run once: mails waiting in the outbox are delivered once, with both
  //    instances running the retry job (rows claimed with SKIP LOCKED).
  {
    const tag = `fault-jobs-${randomUUID().slice(0, 8)}`;
    for (let i = 0; i < OUTBOX_MAILS; i++) {
      await db.query(`INSERT INTO outbox_mail (to_address, subject, text, created_at, attempts) VALUES ($1, $2, 'Test', now(), 0)`, [
        `fault-${i}@example.org`,
        `${tag} #${i}`,
      ]);
    }
    log(NAME, `${OUTBOX_MAILS} mails in the outbox; waiting for the retry jobs of A and B (once a minute each) ...`);
    const deadline = Date.now() + MAIL_WAIT_MS;
    let unsent = OUTBOX_MAILS;
    while (Date.now() < deadline) {
      [{ unsent }] = await db.query(`SELECT count(*)::int AS unsent FROM outbox_mail WHERE subject LIKE $1 AND sent_at IS NULL`, [
        `${tag} #%`,
      ]);
      if (unsent === 0) break;
      await sleep(1_000);
    }
    await sleep(3_000); // a second delivery would arrive right after the first
    const ours = smtp.received.filter((s) => s.startsWith(tag));
    const perSubject = new Map();
    for (const s of ours) perSubject.set(s, (perSubject.get(s) ?? 0) + 1);
    const twice = [...perSubject.values()].filter((n) => n > 1).length;
    check(
      'jobs: every waiting mail was delivered',
      unsent === 0 && perSubject.size === OUTBOX_MAILS,
      `${perSubject.size}/${OUTBOX_MAILS} delivered, ${unsent} still unsent`,
    );
    check(
      'jobs: no mail was delivered twice',
      twice === 0 && ours.length === perSubject.size,
      `${ours.length} deliveries for ${perSubject.size} mails`,
    );
  }
});
