import { makeCase } from '@nabij/dossier/api/testing';
import { makeClient, makeWorker } from '@nabij/identity/api/testing';
import type { InboxThread, ThreadDetail } from '@nabij/messages/contracts';
import { createTestApp, makeOrganisation, TestAccount, TestApp } from '@nabij/platform/testing';
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DOMAIN_MODULES } from './app.module';

jest.setTimeout(120_000);

/**
 * Two API instances as production runs them (issue 18): one PostgreSQL, one Redis, one shared
 * documents folder. The client works on instance A, their worker on instance B. Chat across two
 * instances (socket.io's Redis adapter) is driven in libs/chat/api/src/lib/chat-redis.integration-spec.ts.
 */
describe('a client on one API instance and their worker on another', () => {
  let a: TestApp;
  let b: TestApp;
  let client: TestAccount;
  let worker: TestAccount;
  let caseId: string;
  const documents = mkdtempSync(join(tmpdir(), 'nabij-shared-documents-'));
  const env = { REDIS_URL: 'redis://127.0.0.1:6379', DOCUMENTS_DIR: documents };
  const as = (who: TestAccount) => ({ Authorization: `Bearer ${who.token}` });

  beforeAll(async () => {
    a = await createTestApp({ imports: DOMAIN_MODULES, env });
    b = await createTestApp({ imports: DOMAIN_MODULES, env, database: a.database });
    const org = await makeOrganisation(a);
    client = await makeClient(a, { organisationId: org.organisationId, financierId: org.financierId });
    worker = await makeWorker(a, { organisationId: org.organisationId, teamId: org.teamId });
    caseId = (await makeCase(a, { worker, clientId: client.id })).id;
  });
  afterAll(async () => {
    await b?.close();
    await a?.close();
  });

  it('carries a message from the client on A to the worker on B, and the reply back', async () => {
    const sent = await a
      .http()
      .post('/api/messages/mine')
      .set(as(client))
      .send({ id: randomUUID(), body: 'Mag ik mijn afspraak verzetten?' });
    expect(sent.status).toBe(201);
    const threadId = sent.body.threadId as string;

    const inbox = await b.http().get('/api/messages/inbox').set(as(worker));
    expect(inbox.status).toBe(200);
    expect((inbox.body as InboxThread[]).find((t) => t.id === threadId)).toMatchObject({ caseId, unread: 1, overdue: false });
    const reply = await b
      .http()
      .post(`/api/messages/inbox/${threadId}/replies`)
      .set(as(worker))
      .send({ id: randomUUID(), body: 'Ja hoor, bel me morgen even.' });
    expect(reply.status).toBe(201);

    const thread = (await a.http().get(`/api/messages/mine/${threadId}`).set(as(client))).body as ThreadDetail;
    expect(thread.messages.map((m) => [m.senderRole, m.body])).toEqual([
      ['client', 'Mag ik mijn afspraak verzetten?'],
      ['worker', 'Ja hoor, bel me morgen even.'],
    ]);
    // The answer stopped the 48-hour clock for both instances.
    expect(
      ((await b.http().get('/api/messages/inbox').set(as(worker))).body as InboxThread[]).find((t) => t.id === threadId)?.dueAt,
    ).toBeNull();
  });

  it('stores a document the client uploads on A where the worker on B can open it, byte for byte', async () => {
    const pdf = Buffer.concat([Buffer.from('%PDF-1.7\n'), randomBytes(3000)]);
    const up = await a
      .http()
      .post(`/api/dossier/cases/${caseId}/documents`)
      .set(as(client))
      .attach('file', pdf, { filename: 'beschikking-toeslagen.pdf', contentType: 'application/pdf' });
    expect(up.status).toBe(201);
    const down = await b
      .http()
      .get(`/api/dossier/cases/${caseId}/documents/${up.body.id}/content`)
      .set(as(worker))
      .buffer(true)
      .parse((res, done) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => done(null, Buffer.concat(chunks)));
      });
    expect(down.status).toBe(200);
    expect(Buffer.compare(down.body as Buffer, pdf)).toBe(0);
  });

  it('counts the per-address request limit across both instances (Redis)', async () => {
    const address = `10.${randomBytes(1)[0]}.${randomBytes(1)[0]}.${randomBytes(1)[0]}`;
    // The postcode check allows 30 a minute per address: 15 on each instance, then both refuse.
    for (let i = 0; i < 30; i++) {
      const res = await (i % 2 ? b : a).http().post('/api/postcode-check').set('X-Forwarded-For', address).send({ postcode: '1234 AB' });
      expect(res.status).toBe(200);
    }
    expect((await a.http().post('/api/postcode-check').set('X-Forwarded-For', address).send({ postcode: '1234 AB' })).status).toBe(429);
    expect((await b.http().post('/api/postcode-check').set('X-Forwarded-For', address).send({ postcode: '1234 AB' })).status).toBe(429);
  });
});
