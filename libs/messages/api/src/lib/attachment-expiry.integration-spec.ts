import { DossierModule } from '@nabij/dossier/api';
import { IdentityModule } from '@nabij/identity/api';
import { makeClient } from '@nabij/identity/api/testing';
import { IntakeModule } from '@nabij/intake/api';
import { PENDING_UPLOAD_MAX_FILES } from '@nabij/messages/contracts';
import { createTestApp, HOUR, makeOrganisation, TestApp } from '@nabij/platform/testing';
import { randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MessagesModule } from '../index';
import { AttachmentExpiryJob } from './attachment-expiry.job';

// Real PostgreSQL and tens of MB of uploads: slow on a busy machine.
jest.setTimeout(60_000);

const MB = 1024 * 1024;
const pdf = (size = 3000) => Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(size - 9, 0x20)]);

/**
 * Finding 6 of issue 9: files uploaded for a message id that is never sent (pending uploads) expire
 * after 24 hours and count against a per-account quota; a made-up id cannot reach someone else's message.
 */
describe('pending message uploads: expiry and quota', () => {
  let t: TestApp;
  let dir: string;
  let job: AttachmentExpiryJob;
  let organisationId: string;
  let financierId: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'nabij-pending-uploads-'));
    t = await createTestApp({
      env: { DOCUMENTS_DIR: dir },
      imports: [IdentityModule, IntakeModule, DossierModule, MessagesModule],
    });
    job = t.app.get(AttachmentExpiryJob);
    ({ organisationId, financierId } = await makeOrganisation(t));
  });
  afterAll(() => t.close());

  /** A client of its own per test, so each test's quota and files are its own (and it runs alone). */
  const newClient = async () => {
    const account = await makeClient(t, { organisationId, financierId, name: 'Test Cliënt' });
    const client = {
      id: account.id,
      auth: {} as Record<string, string>,
      // A fresh token after the clock moved, so a test does not depend on how long a token lives.
      login: async () => {
        client.auth = { Authorization: `Bearer ${t.tokenFor(account)}` };
      },
    };
    await client.login();
    return client;
  };
  type Client = Awaited<ReturnType<typeof newClient>>;

  const upload = (who: Client, messageId: string, data = pdf(), filename = 'brief.pdf') =>
    t
      .http()
      .post('/api/messages/attachments')
      .set(who.auth)
      .field('messageId', messageId)
      .attach('file', data, { filename, contentType: 'application/pdf' });
  const send = (who: Client, id: string) => t.http().post('/api/messages/mine').set(who.auth).send({ id, body: 'Hierbij mijn brief.' });
  const row = async (id: string) =>
    (await t.dataSource.query(`SELECT storage_key, expires_at FROM message_attachment WHERE id = $1`, [id]))[0];
  const onDisk = (storageKey: string) => existsSync(join(dir, storageKey));
  const pendingOf = async (who: Client) =>
    Number((await t.dataSource.query(`SELECT count(*) FROM message_attachment WHERE uploaded_by = $1`, [who.id]))[0].count);
  /** `count` pending uploads, three per made-up message id. */
  const fill = async (who: Client, count: number, size = 3000) => {
    let messageId = randomUUID();
    for (let i = 0; i < count; i++) {
      if (i % 3 === 0) messageId = randomUUID();
      const res = await upload(who, messageId, pdf(size), `${i}.pdf`);
      expect(res.status).toBe(201);
    }
  };

  it('deletes the row and the file of an upload whose message was not sent within 24 hours', async () => {
    const client = await newClient();
    const up = await upload(client, randomUUID());
    expect(up.status).toBe(201);
    const { storage_key: key } = await row(up.body.id);
    expect(onDisk(key)).toBe(true);

    t.clock.advance(23 * HOUR);
    await job.run();
    expect(await row(up.body.id)).toBeDefined();
    expect(onDisk(key)).toBe(true);

    t.clock.advance(2 * HOUR);
    expect(await job.run()).toBeGreaterThanOrEqual(1);
    expect(await row(up.body.id)).toBeUndefined();
    expect(onDisk(key)).toBe(false);
  });

  it('keeps the files of a sent message, uploaded before or sent along, and they stay downloadable', async () => {
    const client = await newClient();
    const id = randomUUID();
    const before = await upload(client, id, pdf(), 'eerder.pdf');
    expect(before.status).toBe(201);
    expect((await send(client, id)).status).toBe(201);
    const along = await t
      .http()
      .post('/api/messages/mine')
      .set(client.auth)
      .field('id', randomUUID())
      .field('body', 'Nog een.')
      .attach('files', pdf(), { filename: 'mee.pdf', contentType: 'application/pdf' });
    expect(along.status).toBe(201);
    const fileIds = [before.body.id, along.body.message.attachments[0].id];

    t.clock.advance(25 * HOUR);
    await job.run();
    await client.login();
    for (const fileId of fileIds) {
      const kept = await row(fileId);
      expect(kept.expires_at).toBeNull();
      expect(onDisk(kept.storage_key)).toBe(true);
      expect((await t.http().get(`/api/messages/attachments/${fileId}/content`).set(client.auth)).status).toBe(200);
    }
  });

  it('does not attach an upload that expired before the message was sent, even when the job has not run yet', async () => {
    const client = await newClient();
    const id = randomUUID();
    const up = await upload(client, id);
    t.clock.advance(25 * HOUR);
    await client.login();
    const sent = await send(client, id);
    expect(sent.status).toBe(201);
    expect(sent.body.message.attachments).toEqual([]);
    expect((await t.http().get(`/api/messages/attachments/${up.body.id}/content`).set(client.auth)).status).toBe(404);
    await job.run();
    expect(await row(up.body.id)).toBeUndefined();
  });

  it(`refuses the ${PENDING_UPLOAD_MAX_FILES + 1}st pending file with 429 and a code, and stores nothing`, async () => {
    const client = await newClient();
    await fill(client, PENDING_UPLOAD_MAX_FILES);
    const files = (await t.dataSource.query(`SELECT count(*) FROM message_attachment`))[0].count;
    const res = await upload(client, randomUUID());
    expect(res.status).toBe(429);
    expect(res.body).toMatchObject({ statusCode: 429, error: 'Too Many Requests', code: 'pending_files_quota' });
    expect(res.body.message).toMatch(/20 files that are not sent yet/);
    expect((await t.dataSource.query(`SELECT count(*) FROM message_attachment`))[0].count).toBe(files);
    expect(await pendingOf(client)).toBe(PENDING_UPLOAD_MAX_FILES);
  });

  it('refuses an upload that would take the pending files over 50 MB, but not one that fits', async () => {
    const client = await newClient();
    await fill(client, 5, Math.round(9.6 * MB));
    const over = await upload(client, randomUUID(), pdf(Math.round(2.5 * MB)));
    expect(over.status).toBe(429);
    expect(over.body.code).toBe('pending_bytes_quota');
    expect(over.body.message).toMatch(/50 MB/);
    expect(await pendingOf(client)).toBe(5);
    expect((await upload(client, randomUUID(), pdf(Math.round(1.5 * MB)))).status).toBe(201);
  });

  it('does not count sent files, and frees the quota once pending uploads have expired', async () => {
    const client = await newClient();
    await fill(client, PENDING_UPLOAD_MAX_FILES);
    expect((await upload(client, randomUUID())).status).toBe(429);

    t.clock.advance(25 * HOUR);
    await job.run();
    await client.login();
    expect(await pendingOf(client)).toBe(0);
    const id = randomUUID();
    expect((await upload(client, id)).status).toBe(201);
    // Once its message is sent, a file is no longer pending: the account has its full quota again.
    expect((await send(client, id)).status).toBe(201);
    await fill(client, PENDING_UPLOAD_MAX_FILES);
  });

  it('is harmless when run twice, also by two instances at once', async () => {
    const client = await newClient();
    const ups = [await upload(client, randomUUID()), await upload(client, randomUUID())];
    const keys = await Promise.all(ups.map(async (u) => (await row(u.body.id)).storage_key as string));
    t.clock.advance(25 * HOUR);

    const [a, b] = await Promise.all([job.run(), job.run()]);
    expect(a + b).toBeGreaterThanOrEqual(2);
    for (const u of ups) expect(await row(u.body.id)).toBeUndefined();
    for (const key of keys) expect(onDisk(key)).toBe(false);
    expect(await job.run()).toBe(0);
  });

  it("answers 404 to an upload for someone else's sent message id, 409 for one's own, and keeps nothing", async () => {
    const [client, other] = [await newClient(), await newClient()];
    const theirs = randomUUID();
    expect((await send(other, theirs)).status).toBe(201);
    const before = (await t.dataSource.query(`SELECT count(*) FROM message_attachment`))[0].count;

    const foreign = await upload(client, theirs);
    expect(foreign.status).toBe(404);
    expect(foreign.body.message).toBe('This message does not exist or is not yours.');
    const mine = randomUUID();
    expect((await send(client, mine)).status).toBe(201);
    expect((await upload(client, mine)).status).toBe(409);

    expect((await t.dataSource.query(`SELECT count(*) FROM message_attachment`))[0].count).toBe(before);
    const thread = await t.http().get('/api/messages/mine').set(other.auth);
    const detail = await t.http().get(`/api/messages/mine/${thread.body[0].id}`).set(other.auth);
    expect(detail.body.messages.find((m: { id: string }) => m.id === theirs).attachments).toEqual([]);
  });
});
