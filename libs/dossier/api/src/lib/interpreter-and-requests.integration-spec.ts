import { closeCase, makeCase } from './testing';
import { AUDIT_LINES } from '@nabij/platform/api';
import { IdentityModule } from '@nabij/identity/api';
import { makeClient, makeTeamLead, makeWorker } from '@nabij/identity/api/testing';
import { bearer, createTestApp, FixedClock, makeOrganisation, TestAccount, TestApp } from '@nabij/platform/testing';
import { randomUUID } from 'node:crypto';
import { DossierModule } from './dossier.module';

jest.setTimeout(120_000);

const STARTS = '2026-03-04T13:00:00.000Z';

/** "Tolk nodig" on a case (issue 17), and the worker's count and list of requests to move an appointment. */
describe('interpreter on the case and the worker’s appointment requests', () => {
  let t: TestApp;

  interface Setup {
    organisationId: string;
    financierId: string;
    worker: TestAccount;
    client: TestAccount;
    caseId: string;
    appointmentId: string;
  }

  async function setup(organisation?: { organisationId: string; financierId: string }): Promise<Setup> {
    const org = organisation ?? (await makeOrganisation(t));
    const worker = await makeWorker(t, { organisationId: org.organisationId });
    const client = await makeClient(t, { organisationId: org.organisationId, financierId: org.financierId });
    const c = await makeCase(t, { worker, clientId: client.id, financierId: org.financierId });
    const res = await t
      .http()
      .post(`/api/dossier/cases/${c.id}/appointments`)
      .set(bearer(worker))
      .send({ kind: 'face_to_face', startsAt: STARTS, durationMinutes: 45 })
      .expect(201);
    return { organisationId: org.organisationId, financierId: org.financierId, worker, client, caseId: c.id, appointmentId: res.body.id };
  }

  const setInterpreter = (who: TestAccount, caseId: string, body: unknown) =>
    t
      .http()
      .patch(`/api/dossier/cases/${caseId}/interpreter`)
      .set(bearer(who))
      .send(body as object);
  const askToMove = (s: Setup, reason = 'Ik moet dan werken.') =>
    t
      .http()
      .post(`/api/dossier/cases/${s.caseId}/appointments/${s.appointmentId}/move-request`)
      .set(bearer(s.client))
      .send({ reason })
      .expect(201);
  const count = async (who: TestAccount) =>
    (await t.http().get('/api/dossier/appointment-requests/count').set(bearer(who)).expect(200)).body.open;

  beforeAll(async () => {
    t = await createTestApp({ imports: [IdentityModule, DossierModule], clock: new FixedClock('2026-03-02T09:00:00Z') });
  });
  beforeEach(() => t.clock.set('2026-03-02T09:00:00Z'));
  afterAll(() => t?.close());

  describe('Tolk nodig', () => {
    it('the worker sets and clears the language; worker and client see it with the case, and it is in the access log', async () => {
      const s = await setup();
      const res = await setInterpreter(s.worker, s.caseId, { language: 'ar' }).expect(200);
      expect(res.body).toMatchObject({ id: s.caseId, interpreterLanguage: 'ar' });
      const worker = (await t.http().get(`/api/dossier/cases/${s.caseId}`).set(bearer(s.worker)).expect(200)).body;
      expect(worker.case.interpreterLanguage).toBe('ar');
      const client = (await t.http().get(`/api/dossier/mine/${s.caseId}`).set(bearer(s.client)).expect(200)).body;
      expect(client.case.interpreterLanguage).toBe('ar');
      const caseload = (await t.http().get('/api/dossier/cases').set(bearer(s.worker)).expect(200)).body;
      expect(caseload.find((c: { id: string }) => c.id === s.caseId).interpreterLanguage).toBe('ar');
      const logged = await t.dataSource.query(
        `SELECT actor_id, action, reason FROM ${AUDIT_LINES} WHERE resource_type = 'case_interpreter' AND resource_id = $1`,
        [s.caseId],
      );
      expect(logged).toEqual([{ actor_id: s.worker.id, action: 'update', reason: 'interpreter: ar' }]);

      await setInterpreter(s.worker, s.caseId, { language: null }).expect(200);
      expect(
        (await t.http().get(`/api/dossier/cases/${s.caseId}`).set(bearer(s.worker)).expect(200)).body.case.interpreterLanguage,
      ).toBeNull();
    });

    it('starts without an interpreter', async () => {
      const s = await setup();
      expect(
        (await t.http().get(`/api/dossier/cases/${s.caseId}`).set(bearer(s.worker)).expect(200)).body.case.interpreterLanguage,
      ).toBeNull();
    });

    it('answers bad input with 400 naming `language`, and changes nothing (fuzz)', async () => {
      const s = await setup();
      await setInterpreter(s.worker, s.caseId, { language: 'tr' }).expect(200);
      const bad: unknown[] = [
        {},
        { language: 'xx' },
        { language: 'AR' },
        { language: '' },
        { language: 5 },
        { language: true },
        { language: ['ar'] },
        { language: { code: 'ar' } },
        { language: 'ar; DROP TABLE care_case' },
        { language: 'a'.repeat(10_000) },
      ];
      for (const body of bad) {
        const res = await setInterpreter(s.worker, s.caseId, body);
        expect([res.status, Object.keys(res.body.fields ?? {})]).toEqual([400, ['language']]);
      }
      const extra = await setInterpreter(s.worker, s.caseId, { language: 'ar', secret: 1 });
      expect(extra.status).toBe(400);
      expect(Object.keys(extra.body.fields)).toContain('secret');
      expect((await t.http().get(`/api/dossier/cases/${s.caseId}`).set(bearer(s.worker)).expect(200)).body.case.interpreterLanguage).toBe(
        'tr',
      );
    });

    it('refuses wrong roles (403) and answers 404 to another worker, another organisation and unknown ids', async () => {
      const s = await setup();
      const colleague = await makeWorker(t, { organisationId: s.organisationId });
      const lead = await makeTeamLead(t, { organisationId: s.organisationId });
      const elsewhere = await setup();
      const body = { language: 'pl' };
      expect((await setInterpreter(s.client, s.caseId, body)).status).toBe(403);
      expect((await setInterpreter(lead, s.caseId, body)).status).toBe(403);
      expect((await setInterpreter(colleague, s.caseId, body)).status).toBe(404);
      expect((await setInterpreter(elsewhere.worker, s.caseId, body)).status).toBe(404);
      expect((await setInterpreter(s.worker, elsewhere.caseId, body)).status).toBe(404);
      expect((await setInterpreter(s.worker, randomUUID(), body)).status).toBe(404);
      // A malformed id is bad input, as on every route (the platform's pipe answers 400 before any look-up).
      expect((await setInterpreter(s.worker, 'not-an-id', body)).status).toBe(400);
      expect((await t.http().patch(`/api/dossier/cases/${s.caseId}/interpreter`).send(body)).status).toBe(401);
      expect(
        (await t.http().get(`/api/dossier/cases/${s.caseId}`).set(bearer(s.worker)).expect(200)).body.case.interpreterLanguage,
      ).toBeNull();
    });

    it('refuses a closed case (409): it can be read, no longer changed', async () => {
      const s = await setup();
      await closeCase(t, s.worker, s.caseId, { reason: 'goal_reached' });
      expect((await setInterpreter(s.worker, s.caseId, { language: 'ar' })).status).toBe(409);
    });
  });

  describe('requests to move', () => {
    it('counts and lists the requests that wait for the worker, until the worker answers with a new time', async () => {
      const s = await setup();
      expect(await count(s.worker)).toBe(0);
      await askToMove(s);
      expect(await count(s.worker)).toBe(1);
      const list = (await t.http().get('/api/dossier/appointment-requests').set(bearer(s.worker)).expect(200)).body;
      expect(list).toEqual([
        {
          id: expect.any(String),
          caseId: s.caseId,
          appointmentId: s.appointmentId,
          client: { id: s.client.id, name: s.client.name },
          startsAt: STARTS,
          requestedAt: '2026-03-02T09:00:00.000Z',
          reason: 'Ik moet dan werken.',
        },
      ]);
      const logged = await t.dataSource.query(
        `SELECT client_id FROM ${AUDIT_LINES} WHERE resource_type = 'appointment_change' AND action = 'read' AND actor_id = $1`,
        [s.worker.id],
      );
      expect(logged).toEqual([{ client_id: s.client.id }]);

      await t
        .http()
        .post(`/api/dossier/cases/${s.caseId}/appointments/${s.appointmentId}/move`)
        .set(bearer(s.worker))
        .send({ startsAt: '2026-03-06T08:30:00.000Z' })
        .expect(200);
      expect(await count(s.worker)).toBe(0);
      expect((await t.http().get('/api/dossier/appointment-requests').set(bearer(s.worker)).expect(200)).body).toEqual([]);
    });

    it("does not count another worker's or another organisation's requests, nor cancellations", async () => {
      const s = await setup();
      const colleague = await setup({ organisationId: s.organisationId, financierId: s.financierId });
      const elsewhere = await setup();
      await askToMove(colleague);
      await askToMove(elsewhere);
      expect(await count(s.worker)).toBe(0);
      expect((await t.http().get('/api/dossier/appointment-requests').set(bearer(s.worker)).expect(200)).body).toEqual([]);
      expect(await count(colleague.worker)).toBe(1);
      expect(await count(elsewhere.worker)).toBe(1);
      // A cancellation is done at once: nothing waits for an answer.
      await t
        .http()
        .post(`/api/dossier/cases/${s.caseId}/appointments/${s.appointmentId}/cancel`)
        .set(bearer(s.client))
        .send({ reason: 'Ziek.' })
        .expect(200);
      expect(await count(s.worker)).toBe(0);
    });

    it('stops counting a request once its case is closed', async () => {
      const s = await setup();
      await askToMove(s);
      await closeCase(t, s.worker, s.caseId, { reason: 'client_stopped' });
      expect(await count(s.worker)).toBe(0);
    });

    it('is for workers only (403 for a client and a team lead)', async () => {
      const s = await setup();
      const lead = await makeTeamLead(t, { organisationId: s.organisationId });
      for (const who of [s.client, lead]) {
        expect((await t.http().get('/api/dossier/appointment-requests').set(bearer(who))).status).toBe(403);
        expect((await t.http().get('/api/dossier/appointment-requests/count').set(bearer(who))).status).toBe(403);
      }
    });
  });
});
