import { makeCase } from '@nabij/dossier/api/testing';
import { makeClient, makeWorker } from '@nabij/identity/api/testing';
import { createTestApp, makeOrganisation, TestAccount, TestApp } from '@nabij/platform/testing';
import { randomUUID } from 'node:crypto';
import { DOMAIN_MODULES } from './app.module';

jest.setTimeout(120_000);

const TOKEN = 'Zr4kP9wq2Lm7Xv1Tn8Bc5Hs3Jd6Fy0Ge';

/** The value of one sample line (`name{labels} value`), or undefined when the line is missing. */
function sample(text: string, name: string, labels = ''): number | undefined {
  const line = text.split('\n').find((l) => l.startsWith(labels ? `${name}{` : `${name} `) && l.includes(labels));
  return line === undefined ? undefined : Number(line.slice(line.lastIndexOf(' ') + 1));
}

describe('GET /api/metrics (Prometheus)', () => {
  let t: TestApp;
  let client: TestAccount;
  let worker: TestAccount;
  const scrape = () => t.http().get('/api/metrics').set('Authorization', `Bearer ${TOKEN}`);

  beforeAll(async () => {
    t = await createTestApp({ env: { METRICS_TOKEN: TOKEN }, imports: DOMAIN_MODULES });
    const org = await makeOrganisation(t);
    client = await makeClient(t, { organisationId: org.organisationId, financierId: org.financierId });
    worker = await makeWorker(t, { organisationId: org.organisationId, teamId: org.teamId });
    await makeCase(t, { worker, clientId: client.id });
  });
  afterAll(() => t?.close());

  it('answers only with the metrics token: none, a wrong one or a login token get 401', async () => {
    expect((await t.http().get('/api/metrics')).status).toBe(401);
    expect(
      (
        await t
          .http()
          .get('/api/metrics')
          .set('Authorization', `Bearer ${TOKEN.slice(1)}x`)
      ).status,
    ).toBe(401);
    expect((await t.http().get('/api/metrics').set('Authorization', `Bearer ${worker.token}`)).status).toBe(401);
    const ok = await scrape();
    expect(ok.status).toBe(200);
    expect(ok.headers['content-type']).toMatch(/^text\/plain;.*version=0\.0\.4/);
    expect(ok.headers['cache-control']).toBe('no-store');
  });

  it('times requests per route template, never per address', async () => {
    const id = randomUUID();
    await t.http().get(`/api/dossier/mine/${id}`).set('Authorization', `Bearer ${client.token}`);
    const text = (await scrape()).text;
    expect(sample(text, 'nabij_http_request_duration_seconds_count', 'route="/api/dossier/mine/:caseId"')).toBeGreaterThanOrEqual(1);
    expect(text).not.toContain(id);
  });

  it('reports the database pool, the job queues and the process', async () => {
    const text = (await scrape()).text;
    expect(sample(text, 'nabij_db_pool_connections', 'state="idle"')).toBeGreaterThanOrEqual(0);
    expect(text).toMatch(/^nabij_job_queue_waiting\{queue="[\w.-]+"\} \d+$/m);
    expect(sample(text, 'nabij_process_resident_memory_bytes')).toBeGreaterThan(0);
    expect(sample(text, 'nabij_socket_connections')).toBe(0);
  });

  it('counts a client message as waiting at once, past the warning after 42 hours and overdue after 48', async () => {
    const before = await scrape();
    const waiting = sample(before.text, 'nabij_messages_waiting') ?? NaN;
    const overdue = sample(before.text, 'nabij_messages_overdue') ?? NaN;
    const sent = await t
      .http()
      .post('/api/messages/mine')
      .set('Authorization', `Bearer ${client.token}`)
      .send({ id: randomUUID(), body: 'Ik heb een vraag over mijn huurtoeslag.' });
    expect(sent.status).toBe(201);
    // One second later: the figures of the earlier scrape are not reused.
    t.clock.advance(1_500);
    const after = (await scrape()).text;
    expect(sample(after, 'nabij_messages_waiting')).toBe(waiting + 1);
    expect(sample(after, 'nabij_messages_overdue')).toBe(overdue);
    t.clock.advance(42.5 * 3_600_000);
    expect(sample((await scrape()).text, 'nabij_messages_waiting_past_warning')).toBeGreaterThanOrEqual(1);
    t.clock.advance(6 * 3_600_000);
    expect(sample((await scrape()).text, 'nabij_messages_overdue')).toBe(overdue + 1);
  });

  it('reports the chat queue', async () => {
    const text = (await scrape()).text;
    expect(sample(text, 'nabij_chats_waiting')).toBeGreaterThanOrEqual(0);
    expect(sample(text, 'nabij_chat_longest_wait_seconds')).toBeGreaterThanOrEqual(0);
  });
});

describe('GET /api/metrics without METRICS_TOKEN', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ imports: DOMAIN_MODULES });
  });
  afterAll(() => t?.close());

  it('does not exist', async () => {
    expect((await t.http().get('/api/metrics')).status).toBe(404);
    expect((await t.http().get('/api/metrics').set('Authorization', `Bearer ${TOKEN}`)).status).toBe(404);
  });
});
