import { DossierModule } from '@nabij/dossier/api';
import { makeCase } from '@nabij/dossier/api/testing';
import { IdentityModule } from '@nabij/identity/api';
import { makeAdmin, makeClient, makeTeamLead, makeWorker } from '@nabij/identity/api/testing';
import { createTestApp, makeOrganisation, TestApp } from '@nabij/platform/testing';
import { randomUUID } from 'node:crypto';
import { TimeModule, TimePrefillService } from '../index';
import { ERASED_REASON, TimeErasureRepository } from './time-erasure.repository';

jest.setTimeout(60_000);

/**
 * The conversation limit (issue 20): an admin sets the maximum of conversations per case and kind of
 * work, the worker sees how many are left and asks for more, the team lead of the team decides once.
 */
describe('conversation limit', () => {
  let t: TestApp;
  let prefill: TimePrefillService;
  const tok = {} as Record<'admin' | 'lead' | 'otherLead' | 'strangerLead' | 'strangerAdmin' | 'worker' | 'colleague' | 'client', string>;
  let workerId: string;
  let workerEmail: string;
  let ownCase: string;
  let onlineCase: string;
  let colleaguesCase: string;
  let strangerCase: string;
  const as = (who: keyof typeof tok) => ({
    get: (path: string) => t.http().get(path).set('Authorization', `Bearer ${tok[who]}`),
    post: (path: string, body: object = {}) => t.http().post(path).set('Authorization', `Bearer ${tok[who]}`).send(body),
    put: (path: string, body: object) => t.http().put(path).set('Authorization', `Bearer ${tok[who]}`).send(body),
    patch: (path: string, body: object) => t.http().patch(path).set('Authorization', `Bearer ${tok[who]}`).send(body),
    delete: (path: string) => t.http().delete(path).set('Authorization', `Bearer ${tok[who]}`),
  });
  const register = (caseId: string, contactType: string, occurredOn = '2026-03-02') =>
    as('worker').post('/api/time/entries', { caseId, contactType, minutes: 30, occurredOn });
  const ask = {
    extra: 2,
    reasonCategory: 'more_problems',
    reason: 'Er speelt meer dan bij de start bleek; twee gesprekken om af te ronden.',
  };

  beforeAll(async () => {
    t = await createTestApp({ imports: [IdentityModule, DossierModule, TimeModule] });
    prefill = t.app.get(TimePrefillService);
  });
  afterAll(() => t.close());

  // Each test has an organisation of its own (limits are per organisation), so it runs alone.
  beforeEach(async () => {
    t.clock.set('2026-03-04T09:00:00Z');
    const org = await makeOrganisation(t, { teams: ['Team Leiden', 'Team Rijnstreek'] });
    const leiden = { organisationId: org.organisationId, teamId: org.teamIds['Team Leiden'] };
    const worker = await makeWorker(t, leiden);
    const colleague = await makeWorker(t, leiden);
    const newClient = () => makeClient(t, { organisationId: org.organisationId, financierId: org.financierId });
    workerId = worker.id;
    workerEmail = worker.email;
    ownCase = (await makeCase(t, { worker, clientId: (await newClient()).id, openedOn: '2026-02-01' })).id;
    onlineCase = (await makeCase(t, { worker, clientId: (await newClient()).id, openedOn: '2026-02-01', kindOfWork: 'hulp_online' })).id;
    colleaguesCase = (await makeCase(t, { worker: colleague, clientId: (await newClient()).id, openedOn: '2026-02-01' })).id;
    const client = await newClient();
    tok.worker = worker.token;
    tok.colleague = colleague.token;
    tok.client = client.token;
    tok.admin = (await makeAdmin(t, leiden)).token;
    tok.lead = (await makeTeamLead(t, leiden)).token;
    tok.otherLead = (await makeTeamLead(t, { organisationId: org.organisationId, teamId: org.teamIds['Team Rijnstreek'] })).token;
    const other = await makeOrganisation(t);
    const otherStaff = { organisationId: other.organisationId, teamId: other.teamId };
    const stranger = await makeWorker(t, otherStaff);
    const strangerClient = await makeClient(t, { organisationId: other.organisationId, financierId: other.financierId });
    strangerCase = (await makeCase(t, { worker: stranger, clientId: strangerClient.id, openedOn: '2026-02-01' })).id;
    tok.strangerLead = (await makeTeamLead(t, otherStaff)).token;
    tok.strangerAdmin = (await makeAdmin(t, otherStaff)).token;
  });

  it('an admin sets a limit per kind of work, readable by staff; no row means no limit', async () => {
    expect((await as('worker').get('/api/time/limits')).body).toEqual({ algemeen_mw: null, hulp_online: null, school_mw: null });
    const res = await as('admin').put('/api/time/limits', { algemeen_mw: 5, school_mw: 8 });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ algemeen_mw: 5, hulp_online: null, school_mw: 8 });
    for (const who of ['worker', 'lead', 'admin'] as const) expect((await as(who).get('/api/time/limits')).body).toEqual(res.body);
    // null removes a limit; another organisation's admin changes only their own.
    expect((await as('admin').put('/api/time/limits', { school_mw: null })).body).toEqual({
      algemeen_mw: 5,
      hulp_online: null,
      school_mw: null,
    });
    expect((await as('strangerAdmin').get('/api/time/limits')).body).toEqual({ algemeen_mw: null, hulp_online: null, school_mw: null });
    for (const who of ['worker', 'lead', 'client'] as const)
      expect((await as(who).put('/api/time/limits', { algemeen_mw: 50 })).status).toBe(403);
    expect((await as('client').get('/api/time/limits')).status).toBe(403);
    expect((await t.http().get('/api/time/limits')).status).toBe(401);
  });

  it('refuses bad limits with a 400 naming the field, and changes nothing', async () => {
    await as('admin').put('/api/time/limits', { algemeen_mw: 5 }).expect(200);
    for (const [body, field] of [
      [{ algemeen_mw: 0 }, 'algemeen_mw'],
      [{ algemeen_mw: 101 }, 'algemeen_mw'],
      [{ algemeen_mw: 2.5 }, 'algemeen_mw'],
      [{ algemeen_mw: '5' }, 'algemeen_mw'],
      [{ hulp_online: [] }, 'hulp_online'],
      [{ school_mw: {} }, 'school_mw'],
      [{ kinderen_mw: 3 }, 'kinderen_mw'],
    ] as const) {
      const res = await as('admin').put('/api/time/limits', body);
      expect(res.status).toBe(400);
      expect(Object.keys(res.body.fields)).toEqual([field]);
    }
    expect((await as('admin').get('/api/time/limits')).body.algemeen_mw).toBe(5);
  });

  it('counts the conversations of a case as hand-computed, and blocks the one beyond the limit', async () => {
    await as('admin').put('/api/time/limits', { algemeen_mw: 4 }).expect(200);
    // Counted: face to face, phone, video, chat (also a prefilled one still to confirm).
    await register(ownCase, 'face_to_face').expect(201);
    await register(ownCase, 'phone').expect(201);
    const deleted = await register(ownCase, 'video').expect(201);
    await as('worker').delete(`/api/time/entries/${deleted.body.id}`).expect(204);
    await prefill.prefill({ source: 'chat', sourceId: randomUUID(), workerId, caseId: ownCase, occurredOn: '2026-03-03', minutes: 40 });
    // Not counted: message, homework feedback, letter, other, report; nor another case's contacts.
    for (const type of ['letter', 'other', 'report', 'message', 'homework_feedback']) await register(ownCase, type).expect(201);
    await register(onlineCase, 'face_to_face').expect(201);
    // By hand: face_to_face + phone + chat = 3 (the video was deleted).
    let view = (await as('worker').get(`/api/time/cases/${ownCase}/conversations`)).body;
    expect(view).toMatchObject({ caseId: ownCase, kindOfWork: 'algemeen_mw', limit: 4, approvedExtra: 0, allowed: 4, used: 3, left: 1 });
    expect(view.pending).toBeNull();
    // The 4th is allowed, the 5th refused with a clear 409; non-conversation time still registers.
    await register(ownCase, 'video').expect(201);
    const refused = await register(ownCase, 'phone');
    expect(refused.status).toBe(409);
    expect(refused.body.message).toMatch(/Ask your team lead for more conversations/);
    expect(refused.body.code).toBe('conversation_limit');
    await register(ownCase, 'letter').expect(201);
    // Turning a letter into a conversation is refused too; the letter stays a letter.
    const letter = await register(ownCase, 'letter').expect(201);
    expect((await as('worker').patch(`/api/time/entries/${letter.body.id}`, { contactType: 'face_to_face' })).status).toBe(409);
    // A contact that already happened (a prefill from an attended appointment) is never refused.
    await prefill.prefill({ source: 'appointment', sourceId: randomUUID(), workerId, caseId: ownCase, occurredOn: '2026-03-04' });
    view = (await as('worker').get(`/api/time/cases/${ownCase}/conversations`)).body;
    expect(view).toMatchObject({ used: 5, allowed: 4, left: 0 });
    // A kind of work without a limit has none.
    expect((await as('worker').get(`/api/time/cases/${onlineCase}/conversations`)).body).toMatchObject({
      kindOfWork: 'hulp_online',
      limit: null,
      allowed: null,
      left: null,
      used: 1,
    });
  });

  it('runs the approval flow: ask, the team lead approves in one click, the worker is told and may register more', async () => {
    await as('admin').put('/api/time/limits', { algemeen_mw: 1 }).expect(200);
    await register(ownCase, 'face_to_face').expect(201);
    await register(ownCase, 'face_to_face').expect(409);

    const asked = await as('worker').post(`/api/time/cases/${ownCase}/extensions`, ask);
    expect(asked.status).toBe(201);
    expect(asked.body).toMatchObject({ caseId: ownCase, extra: 2, status: 'pending', decidedAt: null });
    // One open request per case.
    expect((await as('worker').post(`/api/time/cases/${ownCase}/extensions`, ask)).status).toBe(409);
    expect((await as('worker').get(`/api/time/cases/${ownCase}/conversations`)).body.pending).toMatchObject({ id: asked.body.id });

    // The team lead sees it with the worker, kind of work and count; another team's lead and another organisation's do not.
    const list = (await as('lead').get('/api/time/extensions')).body;
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({ id: asked.body.id, workerId, kindOfWork: 'algemeen_mw', used: 1, allowed: 1, reason: ask.reason });
    expect(typeof list[0].workerName).toBe('string');
    expect((await as('otherLead').get('/api/time/extensions')).body).toEqual([]);
    expect((await as('strangerLead').get('/api/time/extensions')).body).toEqual([]);

    // A worker cannot decide; another team's lead and another organisation's lead get 404.
    expect((await as('worker').post(`/api/time/extensions/${asked.body.id}/approve`)).status).toBe(403);
    expect((await as('admin').post(`/api/time/extensions/${asked.body.id}/approve`)).status).toBe(403);
    expect((await as('otherLead').post(`/api/time/extensions/${asked.body.id}/approve`)).status).toBe(404);
    expect((await as('strangerLead').post(`/api/time/extensions/${asked.body.id}/refuse`)).status).toBe(404);
    expect((await as('lead').post(`/api/time/extensions/${randomUUID()}/approve`)).status).toBe(404);

    const approved = await as('lead').post(`/api/time/extensions/${asked.body.id}/approve`);
    expect(approved.status).toBe(200);
    expect(approved.body).toMatchObject({ status: 'approved' });
    // Once: a second click (approve or refuse) is a 409 and changes nothing.
    expect((await as('lead').post(`/api/time/extensions/${asked.body.id}/refuse`)).status).toBe(409);
    expect((await as('lead').get('/api/time/extensions')).body).toEqual([]);
    expect((await as('lead').get('/api/time/extensions?status=decided')).body).toMatchObject([{ id: asked.body.id, status: 'approved' }]);

    // The worker gets a mail without content, and sees the answer on the case.
    const [mail] = await t.dataSource.query(
      `SELECT subject, text FROM outbox_mail WHERE to_address = $1 ORDER BY created_at DESC LIMIT 1`,
      [workerEmail],
    );
    expect(mail.subject).toBe('Je verzoek om extra gesprekken is beoordeeld');
    expect(mail.text).not.toContain(ask.reason);
    const view = (await as('worker').get(`/api/time/cases/${ownCase}/conversations`)).body;
    expect(view).toMatchObject({ limit: 1, approvedExtra: 2, allowed: 3, used: 1, left: 2, pending: null });
    expect(view.lastDecided).toMatchObject({ id: asked.body.id, status: 'approved' });
    await register(ownCase, 'phone').expect(201);
    await register(ownCase, 'phone').expect(201);
    await register(ownCase, 'phone').expect(409);

    // A refusal adds nothing. (A minute later: the case shows the latest decision.)
    t.clock.advance(60_000);
    const again = await as('worker')
      .post(`/api/time/cases/${ownCase}/extensions`, { ...ask, extra: 5 })
      .expect(201);
    await as('lead').post(`/api/time/extensions/${again.body.id}/refuse`).expect(200);
    expect((await as('worker').get(`/api/time/cases/${ownCase}/conversations`)).body).toMatchObject({
      allowed: 3,
      left: 0,
      lastDecided: { id: again.body.id, status: 'refused' },
    });
  });

  it("keeps the case's own worker in: other workers, other organisations and clients get 403/404", async () => {
    await as('admin').put('/api/time/limits', { algemeen_mw: 5 }).expect(200);
    for (const caseId of [colleaguesCase, strangerCase, randomUUID()]) {
      expect((await as('worker').get(`/api/time/cases/${caseId}/conversations`)).status).toBe(404);
      expect((await as('worker').post(`/api/time/cases/${caseId}/extensions`, ask)).status).toBe(404);
    }
    expect((await as('client').get(`/api/time/cases/${ownCase}/conversations`)).status).toBe(403);
    expect((await as('client').post(`/api/time/cases/${ownCase}/extensions`, ask)).status).toBe(403);
    expect((await as('admin').get(`/api/time/cases/${ownCase}/conversations`)).status).toBe(403);
    expect((await as('worker').get('/api/time/extensions')).status).toBe(403);
    expect((await as('worker').get(`/api/time/cases/not-a-uuid/conversations`)).status).toBe(400);
    expect((await as('lead').post(`/api/time/extensions/not-a-uuid/approve`)).status).toBe(400);
    // No limit for the kind of work: nothing to extend.
    expect((await as('worker').post(`/api/time/cases/${onlineCase}/extensions`, ask)).status).toBe(409);
  });

  it('refuses bad requests with a 400 naming the field, and writes nothing (fuzz)', async () => {
    await as('admin').put('/api/time/limits', { algemeen_mw: 5 }).expect(200);
    const cases: Array<[object, string]> = [
      [{ ...ask, extra: 0 }, 'extra'],
      [{ ...ask, extra: 21 }, 'extra'],
      [{ ...ask, extra: 1.5 }, 'extra'],
      [{ ...ask, extra: '2' }, 'extra'],
      [{ ...ask, extra: null }, 'extra'],
      [{ reasonCategory: ask.reasonCategory, reason: ask.reason }, 'extra'],
      [{ ...ask, reasonCategory: 'boredom' }, 'reasonCategory'],
      [{ ...ask, reasonCategory: 7 }, 'reasonCategory'],
      [{ ...ask, reason: '' }, 'reason'],
      [{ ...ask, reason: '    ' }, 'reason'],
      [{ ...ask, reason: 'x'.repeat(201) }, 'reason'],
      [{ ...ask, reason: 42 }, 'reason'],
      [{ ...ask, reason: ['a'] }, 'reason'],
      [{ ...ask, reason: 'a\u0000b' }, 'reason'],
      [{ ...ask, reason: 'regel een\nregel twee' }, 'reason'],
      [{ ...ask, caseId: ownCase }, 'caseId'],
      [{ ...ask, status: 'approved' }, 'status'],
    ];
    // And random junk of every JSON kind in each field.
    const junk = [null, true, -1, 1e9, 'ä'.repeat(300), {}, [], { $gt: '' }];
    for (const field of ['extra', 'reasonCategory', 'reason'] as const)
      for (const value of junk) cases.push([{ ...ask, [field]: value }, field]);
    for (const [body, field] of cases) {
      const res = await as('worker').post(`/api/time/cases/${ownCase}/extensions`, body);
      expect({ body, status: res.status }).toEqual({ body, status: 400 });
      expect(Object.keys(res.body.fields)).toContain(field);
    }
    const notJson = await t
      .http()
      .post(`/api/time/cases/${ownCase}/extensions`)
      .set('Authorization', `Bearer ${tok.worker}`)
      .set('Content-Type', 'application/json')
      .send('{"extra": 2,');
    expect(notJson.status).toBe(400);
    const [{ n }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM time_limit_extension WHERE case_id = $1`, [ownCase]);
    expect(n).toBe(0);
    // A reason at the edges is fine, trimmed.
    const ok = await as('worker').post(`/api/time/cases/${ownCase}/extensions`, { ...ask, reason: `  ${'x'.repeat(200)}  ` });
    expect(ok.status).toBe(201);
    expect(ok.body.reason).toBe('x'.repeat(200));
  });

  it("blanks the worker's reason when the client's data is erased, and keeps the request for the report", async () => {
    await as('admin').put('/api/time/limits', { algemeen_mw: 5 }).expect(200);
    const asked = await as('worker').post(`/api/time/cases/${ownCase}/extensions`, ask).expect(201);
    const other = await as('worker').post(`/api/time/cases/${onlineCase}/extensions`, ask);
    expect(other.status).toBe(409); // no limit for hulp_online: nothing stored there
    await t.dataSource.transaction((db) => t.app.get(TimeErasureRepository).erase({ clientId: randomUUID(), cases: [ownCase] }, db));
    const [row] = await t.dataSource.query(`SELECT reason, status, extra FROM time_limit_extension WHERE id = $1`, [asked.body.id]);
    expect(row).toEqual({ reason: ERASED_REASON, status: 'pending', extra: 2 });
  });
});
