import { DossierModule } from '@nabij/dossier/api';
import { makeCase } from '@nabij/dossier/api/testing';
import { IdentityModule } from '@nabij/identity/api';
import { makeClient, makeWorker } from '@nabij/identity/api/testing';
import { IntakeModule } from '@nabij/intake/api';
import { createTestApp, makeOrganisation, TestApp } from '@nabij/platform/testing';
import { randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MessagesModule } from '../index';

jest.setTimeout(60_000);

// Browsers put the name's UTF-8 bytes in `filename="..."`; supertest (form-data) does the same.
const NAME = 'ünïcödé 🙂.pdf';
const DISPOSITION = `attachment; filename="_n_c_d_ _.pdf"; filename*=UTF-8''${encodeURIComponent(NAME)}`;
const pdf = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(2000, 0x20)]);

describe('non-ASCII file names survive upload and download', () => {
  let t: TestApp;
  let caseId: string;
  const token: Record<string, string> = {};
  const as = (who: string) => ({ Authorization: `Bearer ${token[who]}` });
  const attach = { filename: NAME, contentType: 'application/pdf' };

  beforeAll(async () => {
    const dir = mkdtempSync(join(tmpdir(), 'nabij-unicode-names-'));
    t = await createTestApp({
      env: { DOCUMENTS_DIR: dir },
      imports: [IdentityModule, IntakeModule, DossierModule.withDocumentsDir(dir), MessagesModule],
    });
    const org = await makeOrganisation(t);
    const client = await makeClient(t, { organisationId: org.organisationId, financierId: org.financierId });
    const worker = await makeWorker(t, { organisationId: org.organisationId, teamId: org.teamId });
    token['client'] = client.token;
    token['worker'] = worker.token;
    caseId = (await makeCase(t, { worker, clientId: client.id, kindOfWork: 'hulp_online' })).id;
  });
  afterAll(() => t.close());

  it('keeps the name of a dossier document in the answer, the list, the database and the download header', async () => {
    const up = await t.http().post(`/api/dossier/cases/${caseId}/documents`).set(as('client')).attach('file', pdf, attach);
    expect(up.status).toBe(201);
    expect(up.body.fileName).toBe(NAME);
    const [row] = await t.dataSource.query(`SELECT file_name FROM dossier_document WHERE id = $1`, [up.body.id]);
    expect(row.file_name).toBe(NAME);
    const down = await t.http().get(`/api/dossier/cases/${caseId}/documents/${up.body.id}/content`).set(as('worker'));
    expect(down.status).toBe(200);
    expect(down.headers['content-disposition']).toBe(DISPOSITION);
  });

  it('keeps the name of a file sent with a message (multipart send)', async () => {
    const id = randomUUID();
    const sent = await t
      .http()
      .post('/api/messages/mine')
      .set(as('client'))
      .field('id', id)
      .field('body', 'Zie bijlage.')
      .field('caseId', caseId)
      .attach('files', pdf, attach);
    expect(sent.status).toBe(201);
    const [file] = sent.body.message.attachments;
    expect(file.fileName).toBe(NAME);
    const down = await t.http().get(`/api/messages/attachments/${file.id}/content`).set(as('worker'));
    expect(down.status).toBe(200);
    expect(down.headers['content-disposition']).toBe(DISPOSITION);
  });

  it('keeps the name of a file uploaded before its message is sent', async () => {
    const id = randomUUID();
    const up = await t.http().post('/api/messages/attachments').set(as('client')).field('messageId', id).attach('file', pdf, attach);
    expect(up.status).toBe(201);
    expect(up.body.fileName).toBe(NAME);
    const sent = await t.http().post('/api/messages/mine').set(as('client')).send({ id, body: 'Mijn brief', caseId });
    expect(sent.body.message.attachments).toEqual([expect.objectContaining({ id: up.body.id, fileName: NAME })]);
    const down = await t.http().get(`/api/messages/attachments/${up.body.id}/content`).set(as('client'));
    expect(down.headers['content-disposition']).toBe(DISPOSITION);
  });
});
