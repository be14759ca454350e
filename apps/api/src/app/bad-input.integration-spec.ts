import { makeCase } from '@nabij/dossier/api/testing';
import { makeAdmin, makeClient, makeWorker } from '@nabij/identity/api/testing';
import { createTestApp, makeOrganisation, TestApp } from '@nabij/platform/testing';
import { DOMAIN_MODULES } from './app.module';

/**
 * Each input here once got a 500 (finding 7 of the probe). Now each is a 400 naming the field, or a
 * clean answer. The fuzz (fuzz.integration-spec.ts) looks for new ones; these pin the known ones.
 */
describe('bad input is a 400 naming the field, never a 500', () => {
  let t: TestApp;
  const token: Record<'client' | 'worker' | 'admin', string> = { client: '', worker: '', admin: '' };
  let caseId: string;
  const as = (who: keyof typeof token) => ({ Authorization: `Bearer ${token[who]}` });

  beforeAll(async () => {
    t = await createTestApp({ imports: DOMAIN_MODULES });
    const org = await makeOrganisation(t);
    const client = await makeClient(t, { organisationId: org.organisationId, financierId: org.financierId });
    const worker = await makeWorker(t, { organisationId: org.organisationId, teamId: org.teamId });
    const admin = await makeAdmin(t, { organisationId: org.organisationId });
    token.client = client.token;
    token.worker = worker.token;
    token.admin = admin.token;
    caseId = (await makeCase(t, { worker, clientId: client.id })).id;
    // The anonymous chat test starts from a served postcode check: 2312 is this organisation's.
    const area = await t
      .http()
      .post('/api/admin/service-areas')
      .set(as('admin'))
      .send({ financierId: org.financierId, postcodeFrom: 2312, postcodeTo: 2312 });
    expect(area.status).toBe(201);
  }, 120_000);
  afterAll(() => t?.close());

  function expectField(res: { status: number; body: { fields?: Record<string, string[]> } }, field: string): void {
    expect({ status: res.status, fields: Object.keys(res.body.fields ?? {}) }).toEqual({ status: 400, fields: [field] });
  }

  it('refuses NUL characters in any text field, body or query, before PostgreSQL sees them', async () => {
    expectField(
      await t.http().post(`/api/dossier/cases/${caseId}/goals`).set(as('worker')).send({ text: 'Schulden\u0000 op een rij' }),
      'text',
    );
    expectField(await t.http().post('/api/dossier/notes').set(as('client')).send({ text: 'a\u0000b' }), 'text');
    expectField(await t.http().get('/api/chat/status?organisation=a%00b'), 'organisation');
    expectField(await t.http().post(`/api/dossier/cases/${caseId}/goals`).set(as('worker')).send({ text: 'ok', '\u0000': 1 }), '(key)');
  });

  it('refuses lone UTF-16 surrogates in login and admissions, and accepts a whole emoji', async () => {
    expectField(await t.http().post('/api/auth/login').send({ email: 'a\ud800@example.nl', password: 'x' }), 'email');
    const admission = {
      email: 'nieuw@example.nl',
      name: 'Sanne \udc00',
      birthDate: '1990-04-12',
      financierId: '6f1c1c5e-0000-4000-8000-000000000000',
      reason: 'Geen vast adres, slaapt bij vrienden',
    };
    expectField(await t.http().post('/api/admissions').set(as('worker')).send(admission), 'name');
    const emoji = await t.http().post(`/api/dossier/cases/${caseId}/goals`).set(as('worker')).send({ text: 'Rust vinden 🙂' });
    expect(emoji.status).toBe(201);
    expect(emoji.body.text).toBe('Rust vinden 🙂');
  });

  it('refuses null in optional PATCH fields unless the API document says nullable', async () => {
    const goal = await t.http().post(`/api/dossier/cases/${caseId}/goals`).set(as('worker')).send({ text: 'Een overzicht van mijn post' });
    expectField(await t.http().patch(`/api/dossier/cases/${caseId}/goals/${goal.body.id}`).set(as('worker')).send({ text: null }), 'text');
    expectField(
      await t.http().patch(`/api/dossier/cases/${caseId}/goals/${goal.body.id}`).set(as('worker')).send({ achieved: null }),
      'achieved',
    );
    const training = await t.http().post('/api/trainings').set(as('admin')).send({ title: 'Omgaan met geld', summary: 'Vier weken' });
    expect(training.status).toBe(201);
    expectField(await t.http().patch(`/api/trainings/${training.body.id}`).set(as('admin')).send({ title: null }), 'title');
    // trainerId is documented as nullable: null there means "no trainer".
    const cleared = await t.http().patch(`/api/trainings/${training.body.id}`).set(as('admin')).send({ trainerId: null });
    expect(cleared.status).toBe(200);
    expect(cleared.body.trainerId).toBeNull();
  });

  it('refuses JSON nested thousands of levels deep with a 400 naming the body', async () => {
    const deep = '{"a":'.repeat(10_000) + '1' + '}'.repeat(10_000);
    const res = await t.http().post('/api/auth/login').set('Content-Type', 'application/json').send(deep);
    expectField(res, 'body');
    const array = '['.repeat(10_000) + ']'.repeat(10_000);
    expectField(
      await t.http().post(`/api/dossier/cases/${caseId}/goals`).set(as('worker')).set('Content-Type', 'application/json').send(array),
      'body',
    );
  });

  it('keeps every date between 1900 and 2100, and birth dates in the past', async () => {
    const report = (heldOn: string) =>
      t.http().post(`/api/dossier/cases/${caseId}/reports`).set(as('worker')).send({ heldOn, summary: 'Gesprek' });
    expectField(await report('0000-01-01'), 'heldOn');
    expectField(await report('9999-12-31'), 'heldOn');
    expectField(await report('2026-02-30'), 'heldOn');
    expect((await report('2026-03-02')).status).toBe(201);
    const appointment = (startsAt: string) =>
      t
        .http()
        .post(`/api/dossier/cases/${caseId}/appointments`)
        .set(as('worker'))
        .send({ kind: 'face_to_face', startsAt, durationMinutes: 45 });
    expectField(await appointment('9999-12-31T23:59:59-12:00'), 'startsAt');
    expectField(await appointment('0000-01-01T00:00:00Z'), 'startsAt');
    expectField(await appointment('2026-W10-1'), 'startsAt');
    expectField(await t.http().get('/api/time/entries?from=0000-01-01&to=2026-03-08').set(as('worker')), 'from');
    expectField(await t.http().get('/api/time/week?date=9999-12-31').set(as('worker')), 'date');
    const check = await t.http().post('/api/postcode-check').send({ postcode: '2312 AB' });
    expectField(await t.http().post('/api/chat/anonymous').send({ checkId: check.body.checkId, birthDate: '1990-02-30' }), 'birthDate');
    expectField(await t.http().post('/api/chat/anonymous').send({ checkId: check.body.checkId, birthDate: '2099-01-01' }), 'birthDate');
  });

  it('answers ids in the path that are not UUIDs (36 dashes) with a 400 naming the parameter', async () => {
    const dashes = '-'.repeat(36);
    expectField(await t.http().get(`/api/dossier/cases/${dashes}`).set(as('worker')), 'caseId');
    expectField(await t.http().get(`/api/messages/mine/${dashes}`).set(as('client')), 'threadId');
    expectField(await t.http().post(`/api/notifications/${dashes}/read`).set(as('worker')), 'id');
    expectField(await t.http().get(`/api/chat/sessions/${dashes}`).set(as('client')), 'id');
    expectField(await t.http().get(`/api/trainings/${dashes}`).set(as('client')), 'trainingId');
    // A well-formed id that does not exist is still just "not found".
    expect((await t.http().get('/api/dossier/cases/6f1c1c5e-0000-4000-8000-000000000000').set(as('worker'))).status).toBe(404);
  });

  it('adds modules and steps in parallel in the training editor without a clash of positions', async () => {
    const training = await t.http().post('/api/trainings').set(as('admin')).send({ title: 'Parallel bewerken', summary: 'Test' });
    const id = training.body.id as string;
    const modules = await Promise.all(
      Array.from({ length: 6 }, (_, i) =>
        t
          .http()
          .post(`/api/trainings/${id}/modules`)
          .set(as('admin'))
          .send({ title: `Module ${i + 1}` }),
      ),
    );
    expect(modules.map((r) => r.status)).toEqual(Array(6).fill(201));
    const content = await t.http().get(`/api/trainings/${id}/content`).set(as('admin'));
    expect(content.body.modules.map((m: { position: number }) => m.position)).toEqual([1, 2, 3, 4, 5, 6]);
    const moduleId = content.body.modules[0].id as string;
    const steps = await Promise.all(
      Array.from({ length: 6 }, (_, i) =>
        t
          .http()
          .post(`/api/training-modules/${moduleId}/steps`)
          .set(as('admin'))
          .send({ kind: 'text', title: `Stap ${i + 1}`, content: { body: 'Lees dit.' }, position: 1 }),
      ),
    );
    expect(steps.map((r) => r.status)).toEqual(Array(6).fill(201));
    const after = await t.http().get(`/api/trainings/${id}/content`).set(as('admin'));
    expect(after.body.modules[0].steps.map((s: { position: number }) => s.position)).toEqual([1, 2, 3, 4, 5, 6]);
  });
});
