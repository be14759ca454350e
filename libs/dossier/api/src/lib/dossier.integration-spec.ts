import { IdentityModule } from '@nabij/identity/api';
import { makeAdmin, makeClient, makeTeamLead, makeWorker } from '@nabij/identity/api/testing';
import { IntakeModule } from '@nabij/intake/api';
import { createTestApp, HOUR, makeOrganisation, TestAccount, TestApp, TestOrganisation } from '@nabij/platform/testing';
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DossierModule } from '../index';
import { handOverCase, makeCase } from './testing/case-factory';

const START = '2026-03-02T09:00:00Z';

// Every test gets an organisation of its own with a fresh case (see beforeEach), so each one runs
// alone (`jest -t`) and no test sees another's cases, goals or notes.
describe('online dossier', () => {
  let t: TestApp;
  let documentsDir: string;
  let org: TestOrganisation;
  const token: Record<string, string> = {};
  const account: Record<string, TestAccount> = {};
  const ids: Record<string, string> = {};
  let caseId: string;
  const as = (who: string) => ({ Authorization: `Bearer ${token[who]}` });
  const remember = (who: string, a: TestAccount) => {
    account[who] = a;
    token[who] = a.token;
    ids[who] = a.id;
  };

  beforeAll(async () => {
    documentsDir = mkdtempSync(join(tmpdir(), 'nabij-docs-'));
    t = await createTestApp({ imports: [IdentityModule, IntakeModule, DossierModule.withDocumentsDir(documentsDir)] });
    // Read-only for every test: a worker and a client of another organisation.
    const other = await makeOrganisation(t, { name: 'Ander MW', financiers: ['Utrecht'] });
    ids['otherFinancier'] = other.financierId;
    remember('foreignWorker', await makeWorker(t, { organisationId: other.organisationId, name: 'Piet Ander' }));
    remember(
      'foreignClient',
      await makeClient(t, { organisationId: other.organisationId, financierId: other.financierId, name: 'Kees Ander' }),
    );
  });
  afterAll(() => t.close());

  // Youssef has opened a case for Sanne today; Fatima is his colleague.
  beforeEach(async () => {
    t.clock.set(START);
    org = await makeOrganisation(t);
    const staff = { organisationId: org.organisationId, teamId: org.teamId };
    remember('client', await makeClient(t, { organisationId: org.organisationId, financierId: org.financierId, name: 'Sanne de Vries' }));
    remember('worker', await makeWorker(t, { ...staff, name: 'Youssef Amrani' }));
    remember('colleague', await makeWorker(t, { ...staff, name: 'Fatima El Idrissi' }));
    remember('teamLead', await makeTeamLead(t, staff));
    remember('admin', await makeAdmin(t, staff));
    caseId = (
      await makeCase(t, {
        worker: account['worker'],
        clientId: ids['client'],
        kindOfWork: 'algemeen_mw',
        problemAreas: ['materiele_problematiek'],
      })
    ).id;
  });

  const auditCount = async (resourceType: string, action = 'read') =>
    Number(
      (await t.dataSource.query(`SELECT count(*) FROM audit_entry WHERE resource_type = $1 AND action = $2`, [resourceType, action]))[0]
        .count,
    );

  describe('cases', () => {
    it('a worker opens a case for a client of their organisation, with the financier from the client', async () => {
      const noor = await makeClient(t, { organisationId: org.organisationId, financierId: org.financierId, name: 'Noor Yilmaz' });
      const res = await t
        .http()
        .post('/api/dossier/cases')
        .set(as('worker'))
        .send({ clientId: noor.id, kindOfWork: 'algemeen_mw', problemAreas: ['materiele_problematiek'] });
      expect(res.status).toBe(201);
      expect(res.body).toMatchObject({
        client: { id: noor.id, name: 'Noor Yilmaz' },
        financier: { name: 'Leiden' },
        kindOfWork: 'algemeen_mw',
        openedOn: '2026-03-02',
        closedOn: null,
        assignedWorker: { id: ids.worker },
      });
    });

    it('records how the client came in, and refuses an unknown channel with 400 naming it and no case', async () => {
      const emre = await makeClient(t, { organisationId: org.organisationId, financierId: org.financierId, name: 'Emre Kaya' });
      const open = (intakeChannel: unknown) =>
        t.http().post('/api/dossier/cases').set(as('worker')).send({ clientId: emre.id, kindOfWork: 'algemeen_mw', intakeChannel });
      const bad = await open('instagram');
      expect(bad.status).toBe(400);
      expect(Object.keys(bad.body.fields)).toEqual(['intakeChannel']);
      expect(await t.dataSource.query(`SELECT 1 FROM care_case WHERE client_id = $1`, [emre.id])).toEqual([]);
      const res = await open('referral_school');
      expect(res.status).toBe(201);
      expect(await t.dataSource.query(`SELECT intake_channel FROM care_case WHERE id = $1`, [res.body.id])).toEqual([
        { intake_channel: 'referral_school' },
      ]);
    });

    it('refuses to open a case for a client of another organisation with 404', async () => {
      const res = await t
        .http()
        .post('/api/dossier/cases')
        .set(as('worker'))
        .send({ clientId: ids.foreignClient, kindOfWork: 'algemeen_mw' });
      expect(res.status).toBe(404);
      const fin = await t
        .http()
        .post('/api/dossier/cases')
        .set(as('worker'))
        .send({ clientId: ids.client, kindOfWork: 'algemeen_mw', financierId: ids.otherFinancier });
      expect(fin.status).toBe(404);
    });

    it('rejects unknown kinds of work and unknown fields with 400 naming them', async () => {
      const res = await t
        .http()
        .post('/api/dossier/cases')
        .set(as('worker'))
        .send({ clientId: ids.client, kindOfWork: 'therapie', secret: 1 });
      expect(res.status).toBe(400);
      expect(Object.keys(res.body.fields).sort()).toEqual(['kindOfWork', 'secret']);
    });

    it('lists the caseload with filters and writes an audit entry per client shown', async () => {
      const before = await auditCount('caseload');
      const open = await t.http().get('/api/dossier/cases').set(as('worker'));
      expect(open.status).toBe(200);
      expect(open.body.map((c: { id: string }) => c.id)).toEqual([caseId]);
      expect(await auditCount('caseload')).toBe(before + 1);
      const leiden = open.body[0].financier.id;
      expect((await t.http().get(`/api/dossier/cases?financierId=${leiden}&kindOfWork=algemeen_mw`).set(as('worker'))).body).toHaveLength(
        1,
      );
      expect((await t.http().get('/api/dossier/cases?kindOfWork=school_mw').set(as('worker'))).body).toHaveLength(0);
      expect((await t.http().get('/api/dossier/cases?status=closed').set(as('worker'))).body).toHaveLength(0);
      expect((await t.http().get('/api/dossier/cases?status=half').set(as('worker'))).status).toBe(400);
      expect((await t.http().get('/api/dossier/cases').set(as('colleague'))).body).toHaveLength(0);
    });

    it('records who read the dossier each time a worker opens it', async () => {
      const before = await auditCount('dossier');
      const res = await t.http().get(`/api/dossier/cases/${caseId}`).set(as('worker')).set('User-Agent', 'dossier-test');
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ case: { id: caseId }, readOnly: false, goals: [], reports: [] });
      const [entry] = await t.dataSource.query(`SELECT * FROM audit_entry WHERE resource_type = 'dossier' ORDER BY id DESC LIMIT 1`);
      expect(entry).toMatchObject({
        actor_id: ids.worker,
        actor_role: 'worker',
        client_id: ids.client,
        resource_id: caseId,
        action: 'read',
        user_agent: 'dossier-test',
      });
      expect(await auditCount('dossier')).toBe(before + 1);
    });

    it('answers 404 (not 403) to a colleague, a worker of another organisation and a foreign client', async () => {
      for (const who of ['colleague', 'foreignWorker']) {
        expect((await t.http().get(`/api/dossier/cases/${caseId}`).set(as(who))).status).toBe(404);
        expect((await t.http().post(`/api/dossier/cases/${caseId}/goals`).set(as(who)).send({ text: 'x' })).status).toBe(404);
      }
      expect((await t.http().get(`/api/dossier/mine/${caseId}`).set(as('foreignClient'))).status).toBe(404);
      expect((await t.http().get('/api/dossier/cases/00000000-0000-4000-8000-000000000000').set(as('worker'))).status).toBe(404);
      expect((await t.http().get('/api/dossier/cases/not-a-uuid').set(as('worker'))).status).toBe(400);
    });

    it('gives a team lead and an admin no dossier contents at all', async () => {
      for (const who of ['teamLead', 'admin']) {
        expect((await t.http().get('/api/dossier/cases').set(as(who))).status).toBe(403);
        expect((await t.http().get(`/api/dossier/cases/${caseId}`).set(as(who))).status).toBe(403);
        expect((await t.http().get(`/api/dossier/mine/${caseId}`).set(as(who))).status).toBe(403);
        expect((await t.http().post(`/api/dossier/cases/${caseId}/goals`).set(as(who)).send({ text: 'x' })).status).toBe(403);
      }
      expect((await t.http().get('/api/dossier/cases')).status).toBe(401);
    });
  });

  describe('goals, reports, appointments and actions', () => {
    it('lets client and worker set at most three goals together and edit them', async () => {
      const a = await t.http().post(`/api/dossier/cases/${caseId}/goals`).set(as('worker')).send({ text: 'Overzicht van alle schulden' });
      expect(a.status).toBe(201);
      expect(
        (await t.http().post(`/api/dossier/cases/${caseId}/goals`).set(as('client')).send({ text: 'Elke week de post openen' })).status,
      ).toBe(201);
      expect(
        (await t.http().post(`/api/dossier/cases/${caseId}/goals`).set(as('worker')).send({ text: 'Aanmelden bij schuldhulp' })).status,
      ).toBe(201);
      const fourth = await t.http().post(`/api/dossier/cases/${caseId}/goals`).set(as('client')).send({ text: 'Nog een doel' });
      expect(fourth.status).toBe(409);
      const edit = await t.http().patch(`/api/dossier/cases/${caseId}/goals/${a.body.id}`).set(as('client')).send({ achieved: true });
      expect(edit.body).toMatchObject({ text: 'Overzicht van alle schulden', achieved: true, position: 1 });
      expect((await t.http().delete(`/api/dossier/cases/${caseId}/goals/${a.body.id}`).set(as('worker'))).status).toBe(204);
    });

    it('keeps draft reports from the client; after publishing the client reads and reacts', async () => {
      const draft = await t
        .http()
        .post(`/api/dossier/cases/${caseId}/reports`)
        .set(as('worker'))
        .send({ heldOn: '2026-03-02', summary: 'Eerste gesprek', tips: 'Bewaar alle brieven in één map' });
      expect(draft.status).toBe(201);
      expect(draft.body.publishedAt).toBeNull();
      expect((await t.http().get(`/api/dossier/mine/${caseId}`).set(as('client'))).body.reports).toEqual([]);
      expect(
        (await t.http().post(`/api/dossier/cases/${caseId}/reports/${draft.body.id}/reactions`).set(as('client')).send({ text: 'Dank' }))
          .status,
      ).toBe(404);
      expect(
        (await t.http().post(`/api/dossier/cases/${caseId}/reports`).set(as('client')).send({ heldOn: '2026-03-02', summary: 'x' })).status,
      ).toBe(403);

      const published = await t.http().post(`/api/dossier/cases/${caseId}/reports/${draft.body.id}/publish`).set(as('worker'));
      expect(published.status).toBe(200);
      expect(published.body.publishedAt).toBe('2026-03-02T09:00:00.000Z');
      const reaction = await t
        .http()
        .post(`/api/dossier/cases/${caseId}/reports/${draft.body.id}/reactions`)
        .set(as('client'))
        .send({ text: 'Fijn gesprek, dank!' });
      expect(reaction.status).toBe(201);
      const mine = await t.http().get(`/api/dossier/mine/${caseId}`).set(as('client'));
      expect(mine.body.reports).toEqual([
        expect.objectContaining({
          summary: 'Eerste gesprek',
          tips: 'Bewaar alle brieven in één map',
          reactions: [expect.objectContaining({ text: 'Fijn gesprek, dank!' })],
        }),
      ]);
      expect(
        (await t.http().patch(`/api/dossier/cases/${caseId}/reports/${draft.body.id}`).set(as('worker')).send({ summary: 'anders' }))
          .status,
      ).toBe(409);
    });

    it('plans appointments and marks a no-show only once the appointment has started', async () => {
      const res = await t
        .http()
        .post(`/api/dossier/cases/${caseId}/appointments`)
        .set(as('worker'))
        .send({ kind: 'video', startsAt: '2026-03-03T10:00:00Z', durationMinutes: 45 });
      expect(res.status).toBe(201);
      expect(res.body).toMatchObject({ kind: 'video', status: 'planned', startsAt: '2026-03-03T10:00:00.000Z' });
      expect(
        (
          await t
            .http()
            .post(`/api/dossier/cases/${caseId}/appointments`)
            .set(as('worker'))
            .send({ kind: 'telepathy', startsAt: 'morgen', durationMinutes: 2 })
        ).body.fields,
      ).toEqual(expect.objectContaining({ kind: expect.any(Array), startsAt: expect.any(Array), durationMinutes: expect.any(Array) }));
      const early = await t
        .http()
        .patch(`/api/dossier/cases/${caseId}/appointments/${res.body.id}`)
        .set(as('worker'))
        .send({ status: 'no_show' });
      expect(early.status).toBe(409);
      t.clock.advance(26 * HOUR);
      const late = await t
        .http()
        .patch(`/api/dossier/cases/${caseId}/appointments/${res.body.id}`)
        .set(as('worker'))
        .send({ status: 'no_show' });
      expect(late.body.status).toBe('no_show');
      expect(
        (await t.http().patch(`/api/dossier/cases/${caseId}/appointments/${res.body.id}`).set(as('client')).send({ status: 'attended' }))
          .status,
      ).toBe(403);
    });

    it('lets the client ask the worker to call, and the worker tick it off', async () => {
      const action = await t
        .http()
        .post(`/api/dossier/cases/${caseId}/actions`)
        .set(as('client'))
        .send({ kind: 'letter_needed', text: 'voor de woningcorporatie' });
      expect(action.status).toBe(201);
      expect((await t.http().post(`/api/dossier/cases/${caseId}/actions`).set(as('worker')).send({ kind: 'call_me' })).status).toBe(403);
      const done = await t.http().post(`/api/dossier/cases/${caseId}/actions/${action.body.id}/done`).set(as('worker'));
      expect(done.body.doneAt).not.toBeNull();
      const dossier = await t.http().get(`/api/dossier/cases/${caseId}`).set(as('worker'));
      expect(dossier.body.actions).toEqual([expect.objectContaining({ kind: 'letter_needed', text: 'voor de woningcorporatie' })]);
    });
  });

  describe("the client's own pages", () => {
    it('keeps private notes for the client alone', async () => {
      const note = await t
        .http()
        .post('/api/dossier/notes')
        .set(as('client'))
        .send({ text: 'Vragen voor volgende keer: huurtoeslag', caseId });
      expect(note.status).toBe(201);
      expect((await t.http().get('/api/dossier/notes').set(as('client'))).body).toEqual([
        expect.objectContaining({ text: 'Vragen voor volgende keer: huurtoeslag' }),
      ]);
      expect((await t.http().get('/api/dossier/notes').set(as('worker'))).status).toBe(403);
      expect(JSON.stringify((await t.http().get(`/api/dossier/cases/${caseId}`).set(as('worker'))).body)).not.toContain('huurtoeslag');
      expect((await t.http().get('/api/dossier/notes').set(as('foreignClient'))).body).toEqual([]);
      expect((await t.http().patch(`/api/dossier/notes/${note.body.id}`).set(as('foreignClient')).send({ text: 'x' })).status).toBe(404);
      expect((await t.http().delete(`/api/dossier/notes/${note.body.id}`).set(as('foreignClient'))).status).toBe(404);
      expect((await t.http().patch(`/api/dossier/notes/${note.body.id}`).set(as('client')).send({ text: 'bijgewerkt' })).body.text).toBe(
        'bijgewerkt',
      );
    });

    it('shows the client who read the dossier, with name and role', async () => {
      await t.http().get(`/api/dossier/cases/${caseId}`).set(as('worker'));
      const res = await t.http().get('/api/dossier/access-log').set(as('client'));
      expect(res.status).toBe(200);
      expect(res.body.groups).toEqual(
        expect.arrayContaining([
          expect.objectContaining({
            who: { id: ids.worker, name: 'Youssef Amrani', role: 'worker' },
            action: 'read',
            kind: 'dossier',
          }),
        ]),
      );
      expect(res.body.groups.every((e: { who: { id: string } }) => e.who.id !== ids.client)).toBe(true);
      expect((await t.http().get('/api/dossier/access-log').set(as('worker'))).status).toBe(403);
      expect((await t.http().get('/api/dossier/access-log').set(as('foreignClient'))).body.groups).toEqual([]);
    });

    it('lists only own cases under Mijn dossier', async () => {
      expect((await t.http().get('/api/dossier/mine').set(as('client'))).body.map((c: { id: string }) => c.id)).toEqual([caseId]);
      expect((await t.http().get('/api/dossier/mine').set(as('foreignClient'))).body).toEqual([]);
      expect((await t.http().get('/api/dossier/mine').set(as('worker'))).status).toBe(403);
    });
  });

  describe('documents', () => {
    const pdf = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(2000, 0x20)]);

    it('stores a real PDF outside the web root and serves it back to the client', async () => {
      const stored = readdirSync(documentsDir).length;
      const res = await t
        .http()
        .post(`/api/dossier/cases/${caseId}/documents`)
        .set(as('client'))
        .attach('file', pdf, { filename: 'brief belastingdienst.pdf', contentType: 'application/pdf' });
      expect(res.status).toBe(201);
      expect(res.body).toMatchObject({
        fileName: 'brief belastingdienst.pdf',
        contentType: 'application/pdf',
        sizeBytes: pdf.length,
        uploadedBy: { role: 'client' },
      });
      expect(readdirSync(documentsDir)).toHaveLength(stored + 1);
      const back = await t
        .http()
        .get(`/api/dossier/cases/${caseId}/documents/${res.body.id}/content`)
        .set(as('client'))
        .buffer(true)
        .parse((r, cb) => {
          const chunks: Buffer[] = [];
          r.on('data', (c: Buffer) => chunks.push(c));
          r.on('end', () => cb(null, Buffer.concat(chunks)));
        });
      expect(back.status).toBe(200);
      expect(back.headers['content-type']).toBe('application/pdf');
      expect(Buffer.compare(back.body, pdf)).toBe(0);
      const before = await auditCount('document');
      expect((await t.http().get(`/api/dossier/cases/${caseId}/documents/${res.body.id}/content`).set(as('worker'))).status).toBe(200);
      expect(await auditCount('document')).toBe(before + 1);
      expect((await t.http().get(`/api/dossier/cases/${caseId}/documents/${res.body.id}/content`).set(as('foreignWorker'))).status).toBe(
        404,
      );
    });

    it('refuses a file that only claims to be a PDF, with 400 and nothing stored', async () => {
      const stored = readdirSync(documentsDir).length;
      const rows = await t.dataSource.query(`SELECT count(*) FROM dossier_document`);
      const res = await t
        .http()
        .post(`/api/dossier/cases/${caseId}/documents`)
        .set(as('client'))
        .attach('file', Buffer.from('<html><script>alert(1)</script></html>'), { filename: 'brief.pdf', contentType: 'application/pdf' });
      expect(res.status).toBe(400);
      expect(res.body.message).toMatch(/PDF, JPEG and PNG/);
      expect(res.body.fields).toHaveProperty('file');
      // The stable code the portal shows in the page's language (issue 19.5).
      expect(res.body.fieldCodes).toEqual({ file: 'file.type' });
      expect(readdirSync(documentsDir)).toHaveLength(stored);
      expect(await t.dataSource.query(`SELECT count(*) FROM dossier_document`)).toEqual(rows);
    });

    it('refuses a file over 10 MB and a missing file with 400', async () => {
      const stored = readdirSync(documentsDir).length;
      const big = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(10 * 1024 * 1024, 0x20)]);
      const res = await t
        .http()
        .post(`/api/dossier/cases/${caseId}/documents`)
        .set(as('worker'))
        .attach('file', big, { filename: 'groot.pdf', contentType: 'application/pdf' });
      expect(res.status).toBe(400);
      expect(res.body.message).toMatch(/10 MB/);
      expect(res.body.fieldCodes).toEqual({ file: 'file.too_large' });
      expect(readdirSync(documentsDir)).toHaveLength(stored);
      const missing = await t.http().post(`/api/dossier/cases/${caseId}/documents`).set(as('worker')).field('x', 'y');
      expect(missing.status).toBe(400);
      expect(missing.body.fieldCodes).toEqual({ file: 'file.missing' });
      expect((await t.http().post(`/api/dossier/cases/${caseId}/documents`).set(as('teamLead')).attach('file', pdf, 'a.pdf')).status).toBe(
        403,
      );
    });
  });

  describe('hand-over and closing', () => {
    it('lists the colleagues of the own organisation (id and name only, never the caller) for workers alone', async () => {
      const res = await t.http().get('/api/dossier/colleagues').set(as('worker'));
      expect(res.status).toBe(200);
      expect(res.body).toEqual(expect.arrayContaining([{ id: ids.colleague, name: 'Fatima El Idrissi' }]));
      const listed = res.body.map((c: { id: string }) => c.id);
      expect(listed).not.toContain(ids.worker);
      expect(listed).not.toContain(ids.foreignWorker);
      expect(listed).not.toContain(ids.client);
      expect(res.body.every((c: object) => Object.keys(c).sort().join() === 'id,name')).toBe(true);
      expect((await t.http().get('/api/dossier/colleagues').set(as('foreignWorker'))).body).toEqual([]);
      for (const who of ['client', 'teamLead', 'admin'])
        expect((await t.http().get('/api/dossier/colleagues').set(as(who))).status).toBe(403);
      expect((await t.http().get('/api/dossier/colleagues')).status).toBe(401);
    });

    it('hands the case to a colleague, after which only the colleague has access', async () => {
      expect(
        (await t.http().post(`/api/dossier/cases/${caseId}/handover`).set(as('worker')).send({ toWorkerId: ids.foreignWorker })).status,
      ).toBe(404);
      expect((await t.http().post(`/api/dossier/cases/${caseId}/handover`).set(as('worker')).send({ toWorkerId: ids.worker })).status).toBe(
        400,
      );
      const res = await t
        .http()
        .post(`/api/dossier/cases/${caseId}/handover`)
        .set(as('worker'))
        .send({ toWorkerId: ids.colleague, note: 'Ik ga met verlof' });
      expect(res.status).toBe(200);
      expect(res.body.assignedWorker).toEqual({ id: ids.colleague, name: 'Fatima El Idrissi' });
      expect((await t.http().get(`/api/dossier/cases/${caseId}`).set(as('worker'))).status).toBe(404);
      expect((await t.http().get(`/api/dossier/cases/${caseId}`).set(as('colleague'))).status).toBe(200);
      expect((await t.http().get('/api/dossier/cases').set(as('colleague'))).body).toHaveLength(1);
    });

    it('closes with a reason; the client can still read it but nobody can change it', async () => {
      // The next day, after Youssef handed the case to Fatima.
      await handOverCase(t, account['worker'], caseId, ids['colleague']);
      t.clock.advance(26 * HOUR);
      expect((await t.http().post(`/api/dossier/cases/${caseId}/close`).set(as('colleague')).send({ reason: 'bored' })).status).toBe(400);
      const res = await t.http().post(`/api/dossier/cases/${caseId}/close`).set(as('colleague')).send({ reason: 'goal_reached' });
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ closedOn: '2026-03-03', closeReason: 'goal_reached' });
      const mine = await t.http().get(`/api/dossier/mine/${caseId}`).set(as('client'));
      expect(mine.status).toBe(200);
      expect(mine.body.readOnly).toBe(true);
      expect((await t.http().post(`/api/dossier/cases/${caseId}/goals`).set(as('client')).send({ text: 'nog iets' })).status).toBe(409);
      expect(
        (await t.http().post(`/api/dossier/cases/${caseId}/reports`).set(as('colleague')).send({ heldOn: '2026-03-03', summary: 'x' }))
          .status,
      ).toBe(409);
      expect((await t.http().get('/api/dossier/cases?status=closed').set(as('colleague'))).body).toHaveLength(1);
    });
  });
});
