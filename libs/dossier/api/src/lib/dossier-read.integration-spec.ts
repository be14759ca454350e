import { IdentityModule } from '@nabij/identity/api';
import { makeClient, makeWorker } from '@nabij/identity/api/testing';
import { IntakeModule } from '@nabij/intake/api';
import { createTestApp, HOUR, makeOrganisation, TestAccount, TestApp } from '@nabij/platform/testing';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DossierModule } from '../index';
import { makeCase } from './testing/case-factory';

const START = '2026-03-02T09:00:00Z';
const pdf = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(1200, 0x20)]);

/**
 * The whole dossier as GET /api/dossier/cases/:id (worker) and GET /api/dossier/mine/:id (client)
 * answer it, field by field: every part of it, its order, drafts left out for the client, and
 * timestamps to the millisecond as JavaScript writes them. The read is one query (issue 12), so
 * this pins down that it answers exactly what the item routes wrote.
 */
describe('reading a whole dossier', () => {
  let t: TestApp;
  let worker: TestAccount;
  let client: TestAccount;
  let caseId: string;
  const as = (a: TestAccount) => ({ Authorization: `Bearer ${a.token}` });

  beforeAll(async () => {
    t = await createTestApp({
      imports: [IdentityModule, IntakeModule, DossierModule.withDocumentsDir(mkdtempSync(join(tmpdir(), 'nabij-docs-')))],
    });
  });
  afterAll(() => t.close());

  beforeEach(async () => {
    t.clock.set(START);
    const org = await makeOrganisation(t);
    client = await makeClient(t, { organisationId: org.organisationId, financierId: org.financierId, name: 'Sanne de Vries' });
    worker = await makeWorker(t, { organisationId: org.organisationId, teamId: org.teamId, name: 'Youssef Amrani' });
    caseId = (
      await makeCase(t, { worker, clientId: client.id, problemAreas: ['materiele_problematiek', 'relatie'], openedOn: '2026-02-20' })
    ).id;
  });

  const post = async (who: TestAccount, path: string, body: object = {}) => {
    const res = await t.http().post(`/api/dossier/cases/${caseId}/${path}`).set(as(who)).send(body);
    expect(res.status).toBeLessThan(300);
    return res.body;
  };

  it('answers every part of a filled dossier, in order, to the worker and (without drafts) to the client', async () => {
    const goal1 = await post(client, 'goals', { text: 'Mijn post is op orde' });
    const goal2 = await post(worker, 'goals', { text: 'Een betalingsregeling met de energieleverancier', achieved: true });
    t.clock.advance(HOUR);
    const early = await post(worker, 'reports', {
      heldOn: '2026-02-24',
      summary: 'Kennismaking',
      tips: 'Neem de brieven mee',
      publish: true,
    });
    const reaction1 = await post(client, `reports/${early.id}/reactions`, { text: 'Dank je' });
    t.clock.advance(HOUR);
    const reaction2 = await post(client, `reports/${early.id}/reactions`, { text: 'Ik heb alles gevonden' });
    const later = await post(worker, 'reports', { heldOn: '2026-03-02', summary: 'Tweede gesprek', publish: true });
    const draft = await post(worker, 'reports', { heldOn: '2026-03-03', summary: 'Nog niet af' });
    const second = await post(worker, 'appointments', {
      kind: 'phone',
      startsAt: '2026-03-10T13:30:00Z',
      durationMinutes: 20,
      note: 'Bel na de lunch',
    });
    const first = await post(worker, 'appointments', {
      kind: 'face_to_face',
      startsAt: '2026-03-05T09:00:00Z',
      durationMinutes: 45,
      location: 'Breestraat 12',
    });
    const call = await post(client, 'actions', { kind: 'call_me' });
    t.clock.advance(HOUR);
    const letter = await post(client, 'actions', { kind: 'letter_needed', text: 'voor de woningcorporatie' });
    await post(worker, `actions/${call.id}/done`);
    const upload = async (who: TestAccount, fileName: string) =>
      (
        await t
          .http()
          .post(`/api/dossier/cases/${caseId}/documents`)
          .set(as(who))
          .attach('file', pdf, { filename: fileName, contentType: 'application/pdf' })
      ).body;
    const doc1 = await upload(client, 'brief belastingdienst.pdf');
    t.clock.advance(HOUR);
    const doc2 = await upload(worker, 'budgetplan.pdf');
    // PostgreSQL keeps microseconds; the answer has milliseconds, cut off as JavaScript's Date does.
    await t.dataSource.query(`UPDATE case_goal SET updated_at = '2026-03-02T09:00:00.123999Z' WHERE id = $1`, [goal1.id]);

    const reportView = (
      r: { id: string },
      heldOn: string,
      summary: string,
      tips: string,
      publishedAt: string | null,
      reactions: object[],
    ) => ({
      id: r.id,
      heldOn,
      summary,
      tips,
      publishedAt,
      author: { id: worker.id, name: 'Youssef Amrani' },
      reactions,
    });
    const expected = (forClient: boolean) => ({
      case: {
        id: caseId,
        client: { id: client.id, name: 'Sanne de Vries' },
        financier: { id: expect.any(String), name: expect.any(String) },
        kindOfWork: 'algemeen_mw',
        problemAreas: ['materiele_problematiek', 'relatie'],
        usesOnlineDossier: true,
        openedOn: '2026-02-20',
        closedOn: null,
        closeReason: null,
        assignedWorker: { id: worker.id, name: 'Youssef Amrani' },
        interpreterLanguage: null,
      },
      readOnly: false,
      goals: [
        { id: goal1.id, position: 1, text: 'Mijn post is op orde', achieved: false, updatedAt: '2026-03-02T09:00:00.123Z' },
        {
          id: goal2.id,
          position: 2,
          text: 'Een betalingsregeling met de energieleverancier',
          achieved: true,
          updatedAt: '2026-03-02T09:00:00.000Z',
        },
      ],
      reports: [
        ...(forClient ? [] : [reportView(draft, '2026-03-03', 'Nog niet af', '', null, [])]),
        reportView(later, '2026-03-02', 'Tweede gesprek', '', '2026-03-02T11:00:00.000Z', []),
        reportView(early, '2026-02-24', 'Kennismaking', 'Neem de brieven mee', '2026-03-02T10:00:00.000Z', [
          { id: reaction1.id, text: 'Dank je', createdAt: '2026-03-02T10:00:00.000Z' },
          { id: reaction2.id, text: 'Ik heb alles gevonden', createdAt: '2026-03-02T11:00:00.000Z' },
        ]),
      ],
      appointments: [
        {
          id: first.id,
          kind: 'face_to_face',
          startsAt: '2026-03-05T09:00:00.000Z',
          durationMinutes: 45,
          location: 'Breestraat 12',
          note: null,
          status: 'planned',
          // No open request from the client to cancel or move it.
          change: null,
        },
        {
          id: second.id,
          kind: 'phone',
          startsAt: '2026-03-10T13:30:00.000Z',
          durationMinutes: 20,
          location: null,
          note: 'Bel na de lunch',
          status: 'planned',
          change: null,
        },
      ],
      actions: [
        { id: letter.id, kind: 'letter_needed', text: 'voor de woningcorporatie', createdAt: '2026-03-02T12:00:00.000Z', doneAt: null },
        { id: call.id, kind: 'call_me', text: null, createdAt: '2026-03-02T11:00:00.000Z', doneAt: '2026-03-02T12:00:00.000Z' },
      ],
      documents: [
        {
          id: doc2.id,
          fileName: 'budgetplan.pdf',
          contentType: 'application/pdf',
          sizeBytes: pdf.length,
          uploadedBy: { id: worker.id, name: 'Youssef Amrani', role: 'worker' },
          createdAt: '2026-03-02T13:00:00.000Z',
        },
        {
          id: doc1.id,
          fileName: 'brief belastingdienst.pdf',
          contentType: 'application/pdf',
          sizeBytes: pdf.length,
          uploadedBy: { id: client.id, name: 'Sanne de Vries', role: 'client' },
          createdAt: '2026-03-02T12:00:00.000Z',
        },
      ],
    });

    const asWorker = await t.http().get(`/api/dossier/cases/${caseId}`).set(as(worker));
    expect(asWorker.status).toBe(200);
    // The worker also sees which language the client reads (issue 17); the client's own view has no such field.
    expect(asWorker.body).toEqual({ ...expected(false), clientLanguage: 'nl' });
    const asClient = await t.http().get(`/api/dossier/mine/${caseId}`).set(as(client));
    expect(asClient.status).toBe(200);
    expect(asClient.body).toEqual(expected(true));
  });

  it("answers a worker's read only with its access-log entry written: when that fails, 500 and no dossier", async () => {
    const read = await t.http().get(`/api/dossier/cases/${caseId}`).set(as(worker));
    expect(read.status).toBe(200);
    const [entry] = await t.dataSource.query(
      `SELECT actor_id, client_id, resource_id FROM audit_entry WHERE resource_type = 'dossier' AND resource_id = $1`,
      [caseId],
    );
    expect(entry).toEqual({ actor_id: worker.id, client_id: client.id, resource_id: caseId });
    await t.dataSource.query(`CREATE FUNCTION refuse_dossier_reads() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN IF NEW.resource_type = 'dossier' THEN RAISE EXCEPTION 'audit log unavailable'; END IF; RETURN NEW; END $$`);
    await t.dataSource.query(
      `CREATE TRIGGER refuse_dossier_reads BEFORE INSERT ON audit_entry FOR EACH ROW EXECUTE FUNCTION refuse_dossier_reads()`,
    );
    try {
      const refused = await t.http().get(`/api/dossier/cases/${caseId}`).set(as(worker));
      expect(refused.status).toBe(500);
      expect(refused.body.case).toBeUndefined();
    } finally {
      await t.dataSource.query(`DROP TRIGGER refuse_dossier_reads ON audit_entry; DROP FUNCTION refuse_dossier_reads()`);
    }
  });

  it('tells the worker the language the client reads, as the client chose it', async () => {
    // Read first, so the language is cached (identity's card cache) before the client changes it.
    const before = await t.http().get(`/api/dossier/cases/${caseId}`).set(as(worker));
    expect(before.body.clientLanguage).toBe('nl');
    await t.http().patch('/api/account/language').set(as(client)).send({ language: 'ar' }).expect(204);
    const read = await t.http().get(`/api/dossier/cases/${caseId}`).set(as(worker));
    expect(read.status).toBe(200);
    expect(read.body.clientLanguage).toBe('ar');
    const own = await t.http().get(`/api/dossier/mine/${caseId}`).set(as(client));
    expect(own.body).not.toHaveProperty('clientLanguage');
  });

  it('answers an empty dossier with empty lists, and a closed one as read-only', async () => {
    const empty = await t.http().get(`/api/dossier/mine/${caseId}`).set(as(client));
    expect(empty.body).toMatchObject({ readOnly: false, goals: [], reports: [], appointments: [], actions: [], documents: [] });
    await post(worker, 'close', { reason: 'goal_reached', closedOn: '2026-03-02' });
    const closed = await t.http().get(`/api/dossier/cases/${caseId}`).set(as(worker));
    expect(closed.body).toMatchObject({ readOnly: true, case: { closedOn: '2026-03-02', closeReason: 'goal_reached' } });
  });
  it('answers reads that run at the same time (one shared statement) each with its own case and view', async () => {
    await post(worker, 'reports', { heldOn: '2026-03-02', summary: 'Alleen voor de werker', publish: false });
    const org = await makeOrganisation(t);
    const other = await makeClient(t, { organisationId: org.organisationId, financierId: org.financierId });
    const otherWorker = await makeWorker(t, { organisationId: org.organisationId, teamId: org.teamId });
    const otherCase = (await makeCase(t, { worker: otherWorker, clientId: other.id, problemAreas: ['relatie'] })).id;
    const reads = await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        i % 3 === 0
          ? t.http().get(`/api/dossier/mine/${caseId}`).set(as(client))
          : i % 3 === 1
            ? t.http().get(`/api/dossier/cases/${caseId}`).set(as(worker))
            : t.http().get(`/api/dossier/mine/${otherCase}`).set(as(other)),
      ),
    );
    reads.forEach((res, i) => {
      expect(res.status).toBe(200);
      expect(res.body.case.id).toBe(i % 3 === 2 ? otherCase : caseId);
      // The draft report is the worker's only; the client's view of the same case leaves it out.
      expect(res.body.reports).toHaveLength(i % 3 === 1 ? 1 : 0);
    });
    // Another client's case still answers 404, also inside a shared read.
    const [mine, notMine] = await Promise.all([
      t.http().get(`/api/dossier/mine/${otherCase}`).set(as(other)),
      t.http().get(`/api/dossier/mine/${otherCase}`).set(as(client)),
    ]);
    expect(mine.status).toBe(200);
    expect(notMine.status).toBe(404);
  });
});
