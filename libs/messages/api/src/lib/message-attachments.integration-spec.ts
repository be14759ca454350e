import { DossierModule } from '@nabij/dossier/api';
import { makeCase } from '@nabij/dossier/api/testing';
import { IdentityModule } from '@nabij/identity/api';
import { makeAdmin, makeClient, makeTeamLead, makeWorker } from '@nabij/identity/api/testing';
import { IntakeModule } from '@nabij/intake/api';
import { createTestApp, makeOrganisation, TestApp } from '@nabij/platform/testing';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Test } from 'supertest';
import { MessagesModule } from '../index';

const pdf = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(3000, 0x20)]);
const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(500, 1)]);
const fakePdf = Buffer.from('<html><script>alert(1)</script></html>');

/** Reads a download as bytes. */
const bytes = (req: Test) =>
  req.buffer(true).parse((r, cb) => {
    const chunks: Buffer[] = [];
    r.on('data', (c: Buffer) => chunks.push(c));
    r.on('end', () => cb(null, Buffer.concat(chunks)));
  });

describe('attachments on messages', () => {
  let t: TestApp;
  let dir: string;
  let caseId: string;
  const token: Record<string, string> = {};
  const as = (who: string) => ({ Authorization: `Bearer ${token[who]}` });
  const files = () => readdirSync(dir).length;
  const rows = async (table: string) => Number((await t.dataSource.query(`SELECT count(*) FROM ${table}`))[0].count);

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'nabij-message-files-'));
    t = await createTestApp({
      env: { DOCUMENTS_DIR: dir },
      imports: [IdentityModule, IntakeModule, DossierModule, MessagesModule],
    });
    const org = await makeOrganisation(t);
    const staff = { organisationId: org.organisationId, teamId: org.teamId };
    const clients = { organisationId: org.organisationId, financierId: org.financierId };
    const other = await makeOrganisation(t, { name: 'Ander MW' });
    const client = await makeClient(t, { ...clients, name: 'Sanne de Vries' });
    const worker = await makeWorker(t, { ...staff, name: 'Youssef Amrani' });
    const accounts = {
      client,
      worker,
      teamLead: await makeTeamLead(t, staff),
      admin: await makeAdmin(t, staff),
      colleague: await makeWorker(t, { ...staff, name: 'Fatima El Idrissi' }),
      otherClient: await makeClient(t, { ...clients, name: 'Noor Yilmaz' }),
      foreignWorker: await makeWorker(t, { organisationId: other.organisationId, name: 'Piet Ander' }),
    };
    for (const [who, account] of Object.entries(accounts)) token[who] = account.token;
    caseId = (await makeCase(t, { worker, clientId: client.id, kindOfWork: 'hulp_online' })).id;
  });
  afterAll(() => t.close());

  const sendWithFiles = (who: string, id: string, attach: Array<[Buffer, string, string]>) => {
    let req = t.http().post('/api/messages/mine').set(as(who)).field('id', id).field('body', 'Hierbij de brieven.').field('caseId', caseId);
    for (const [data, filename, contentType] of attach) req = req.attach('files', data, { filename, contentType });
    return req;
  };

  describe('sent together with the message (multipart, same idempotent send)', () => {
    /** Each test sends its own message with a letter and a photo, so it runs alone (`jest -t`). */
    const sendLetters = async (id = randomUUID()) => {
      const res = await sendWithFiles('client', id, [
        [pdf, 'brief CJIB.pdf', 'application/pdf'],
        [png, 'foto.png', 'image/png'],
      ]);
      return { id, res, threadId: res.body.threadId as string };
    };

    it('stores the message with its files and answers with them', async () => {
      const before = files();
      const { id, res } = await sendLetters();
      expect(res.status).toBe(201);
      expect(res.body.message).toMatchObject({ id, senderRole: 'client', body: 'Hierbij de brieven.' });
      expect(res.body.message.attachments).toEqual([
        { id: expect.any(String), fileName: 'brief CJIB.pdf', contentType: 'application/pdf', sizeBytes: pdf.length },
        { id: expect.any(String), fileName: 'foto.png', contentType: 'image/png', sizeBytes: png.length },
      ]);
      expect(res.body.answerBy).not.toBeNull();
      expect(files()).toBe(before + 2);
    });

    it('stores neither the message nor its files twice when the send is retried', async () => {
      const before = { files: files(), rows: await rows('message_attachment') };
      const { id } = await sendLetters();
      const { res: retry } = await sendLetters(id);
      expect(retry.status).toBe(201);
      expect(retry.body.message.attachments).toHaveLength(2);
      expect(files()).toBe(before.files + 2);
      expect(await rows('message_attachment')).toBe(before.rows + 2);
      expect(Number((await t.dataSource.query(`SELECT count(*) FROM message WHERE id = $1`, [id]))[0].count)).toBe(1);
    });

    it('lets the worker see and download the files (audited) and the client download them', async () => {
      const { id, threadId } = await sendLetters();
      const thread = await t.http().get(`/api/messages/inbox/${threadId}`).set(as('worker'));
      const [file] = thread.body.messages.find((m: { id: string }) => m.id === id).attachments;
      const before = Number(
        (await t.dataSource.query(`SELECT count(*) FROM audit_entry WHERE resource_type = 'message_attachment' AND action = 'read'`))[0]
          .count,
      );
      const down = await bytes(t.http().get(`/api/messages/attachments/${file.id}/content`).set(as('worker')));
      expect(down.status).toBe(200);
      expect(down.headers['content-type']).toBe('application/pdf');
      expect(down.headers['content-disposition']).toBe(`attachment; filename="brief CJIB.pdf"; filename*=UTF-8''brief%20CJIB.pdf`);
      expect(Buffer.compare(down.body, pdf)).toBe(0);
      const [entry] = await t.dataSource.query(
        `SELECT * FROM audit_entry WHERE resource_type = 'message_attachment' ORDER BY id DESC LIMIT 1`,
      );
      expect(entry).toMatchObject({ action: 'read', resource_id: file.id, actor_role: 'worker' });
      expect(
        Number(
          (await t.dataSource.query(`SELECT count(*) FROM audit_entry WHERE resource_type = 'message_attachment' AND action = 'read'`))[0]
            .count,
        ),
      ).toBe(before + 1);
      expect((await bytes(t.http().get(`/api/messages/attachments/${file.id}/content`).set(as('client')))).status).toBe(200);
      expect((await t.http().get(`/api/messages/mine/${threadId}`).set(as('client'))).body.messages[0].attachments).toHaveLength(2);
    });

    it('answers 404 to everyone else with a file id, and 403 to a team lead', async () => {
      const { threadId } = await sendLetters();
      const [file] = (await t.http().get(`/api/messages/mine/${threadId}`).set(as('client'))).body.messages[0].attachments;
      for (const who of ['colleague', 'foreignWorker', 'otherClient']) {
        expect((await t.http().get(`/api/messages/attachments/${file.id}/content`).set(as(who))).status).toBe(404);
      }
      expect((await t.http().get(`/api/messages/attachments/${randomUUID()}/content`).set(as('worker'))).status).toBe(404);
      expect((await t.http().get('/api/messages/attachments/not-a-uuid/content').set(as('worker'))).status).toBe(400);
      for (const who of ['teamLead', 'admin'])
        expect((await t.http().get(`/api/messages/attachments/${file.id}/content`).set(as(who))).status).toBe(403);
      expect((await t.http().get(`/api/messages/attachments/${file.id}/content`)).status).toBe(401);
    });

    it('lets the worker reply with a file that the client can download', async () => {
      const { threadId } = await sendLetters();
      const before = files();
      const reply = await t
        .http()
        .post(`/api/messages/inbox/${threadId}/replies`)
        .set(as('worker'))
        .field('id', randomUUID())
        .field('body', 'Hier is het formulier.')
        .attach('files', png, { filename: 'formulier.png', contentType: 'image/png' });
      expect(reply.status).toBe(201);
      const [file] = reply.body.message.attachments;
      expect(file).toMatchObject({ fileName: 'formulier.png', contentType: 'image/png' });
      const down = await bytes(t.http().get(`/api/messages/attachments/${file.id}/content`).set(as('client')));
      expect(Buffer.compare(down.body, png)).toBe(0);
      expect(
        (
          await t
            .http()
            .post(`/api/messages/inbox/${threadId}/replies`)
            .set(as('foreignWorker'))
            .field('id', randomUUID())
            .field('body', 'x')
            .attach('files', png, 'x.png')
        ).status,
      ).toBe(404);
      expect(files()).toBe(before + 1);
    });
  });

  describe('refused files: 400 with a clear message, nothing stored', () => {
    const nothingStored = async (id: string, before: { files: number; rows: number }) => {
      expect(files()).toBe(before.files);
      expect(await rows('message_attachment')).toBe(before.rows);
      expect(await t.dataSource.query(`SELECT id FROM message WHERE id = $1`, [id])).toEqual([]);
    };
    const snapshot = async () => ({ files: files(), rows: await rows('message_attachment') });

    it('refuses a file that only claims to be a PDF, and keeps the message unsent', async () => {
      const before = await snapshot();
      const id = randomUUID();
      const res = await sendWithFiles('client', id, [
        [pdf, 'goed.pdf', 'application/pdf'],
        [fakePdf, 'brief.pdf', 'application/pdf'],
      ]);
      expect(res.status).toBe(400);
      expect(res.body.message).toMatch(/PDF, JPEG and PNG/);
      expect(res.body.fields).toHaveProperty('files');
      await nothingStored(id, before);
    });

    it('refuses a file over 10 MB', async () => {
      const before = await snapshot();
      const id = randomUUID();
      const big = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(10 * 1024 * 1024, 0x20)]);
      const res = await sendWithFiles('client', id, [[big, 'groot.pdf', 'application/pdf']]);
      expect(res.status).toBe(400);
      expect(res.body.message).toMatch(/10 MB/);
      await nothingStored(id, before);
    });

    it('refuses more than three files', async () => {
      const before = await snapshot();
      const id = randomUUID();
      const res = await sendWithFiles('client', id, [
        [pdf, '1.pdf', 'application/pdf'],
        [pdf, '2.pdf', 'application/pdf'],
        [pdf, '3.pdf', 'application/pdf'],
        [pdf, '4.pdf', 'application/pdf'],
      ]);
      expect(res.status).toBe(400);
      expect(res.body.message).toMatch(/at most 3 files/);
      await nothingStored(id, before);
    });
  });

  describe('uploaded before sending, bound to the message id', () => {
    const upload = (who: string, messageId: string, data: Buffer, filename: string) =>
      t
        .http()
        .post('/api/messages/attachments')
        .set(as(who))
        .field('messageId', messageId)
        .attach('file', data, { filename, contentType: 'application/pdf' });

    it('carries earlier uploads when the message with that id is sent', async () => {
      const id = randomUUID();
      const up = await upload('client', id, pdf, 'loonstrook.pdf');
      expect(up.status).toBe(201);
      expect(up.body).toMatchObject({ fileName: 'loonstrook.pdf', contentType: 'application/pdf', sizeBytes: pdf.length });
      const sent = await t.http().post('/api/messages/mine').set(as('client')).send({ id, body: 'Mijn loonstrook', caseId });
      expect(sent.status).toBe(201);
      expect(sent.body.message.attachments).toEqual([expect.objectContaining({ id: up.body.id, fileName: 'loonstrook.pdf' })]);
      const late = await upload('client', id, pdf, 'te-laat.pdf');
      expect(late.status).toBe(409);
    });

    it('counts earlier uploads towards the three files, refusing the send as a whole', async () => {
      const id = randomUUID();
      for (const n of [1, 2, 3]) expect((await upload('client', id, pdf, `${n}.pdf`)).status).toBe(201);
      const before = { files: files(), rows: await rows('message_attachment') };
      expect((await upload('client', id, pdf, '4.pdf')).status).toBe(400);
      const res = await sendWithFiles('client', id, [[png, 'extra.png', 'image/png']]);
      expect(res.status).toBe(400);
      expect(res.body.message).toMatch(/at most 3 files/);
      expect(await t.dataSource.query(`SELECT id FROM message WHERE id = $1`, [id])).toEqual([]);
      expect(files()).toBe(before.files);
      expect(await rows('message_attachment')).toBe(before.rows);
      expect(
        (await t.http().post('/api/messages/mine').set(as('client')).send({ id, body: 'Drie brieven', caseId })).body.message.attachments,
      ).toHaveLength(3);
    });

    it('refuses a bad file with 400 and stores nothing; a team lead may not upload', async () => {
      const before = { files: files(), rows: await rows('message_attachment') };
      const res = await upload('client', randomUUID(), fakePdf, 'brief.pdf');
      expect(res.status).toBe(400);
      expect(res.body.message).toMatch(/PDF, JPEG and PNG/);
      expect(res.body.fields).toHaveProperty('file');
      expect(
        (await t.http().post('/api/messages/attachments').set(as('client')).field('messageId', 'abc').attach('file', pdf, 'a.pdf')).status,
      ).toBe(400);
      expect((await upload('teamLead', randomUUID(), pdf, 'a.pdf')).status).toBe(403);
      expect(files()).toBe(before.files);
      expect(await rows('message_attachment')).toBe(before.rows);
    });

    it("never shows someone else's upload under the same message id", async () => {
      const id = randomUUID();
      expect((await upload('otherClient', id, pdf, 'van-iemand-anders.pdf')).status).toBe(201);
      const sent = await t.http().post('/api/messages/mine').set(as('client')).send({ id, body: 'Zonder bijlage', caseId });
      expect(sent.status).toBe(201);
      expect(sent.body.message.attachments).toEqual([]);
    });
  });
});
