import { makeAppointment, makeCase } from '../testing';
import { IdentityModule } from '@nabij/identity/api';
import { makeClient, makeTeamLead, makeWorker } from '@nabij/identity/api/testing';
import { JobsService } from '@nabij/platform/api';
import { bearer, createTestApp, FixedClock, makeOrganisation, TestAccount, TestApp } from '@nabij/platform/testing';
import { TimeModule } from '@nabij/time/api';
import { CONTACT_OCCURRED } from '@nabij/time/contracts';
import { DossierModule } from '../dossier.module';

jest.setTimeout(120_000);

/** The client cancels or asks to move an appointment with a reason; the worker hears of it and moves it. */
describe('client cancels or asks to move an appointment', () => {
  let t: TestApp;
  const STARTS = '2026-03-04T13:00:00.000Z';

  interface Setup {
    organisationId: string;
    worker: TestAccount;
    client: TestAccount;
    caseId: string;
    appointmentId: string;
  }

  async function setup(): Promise<Setup> {
    const org = await makeOrganisation(t);
    const worker = await makeWorker(t, { organisationId: org.organisationId });
    const client = await makeClient(t, { organisationId: org.organisationId, financierId: org.financierId });
    const c = await makeCase(t, { worker, clientId: client.id, financierId: org.financierId });
    const res = await t
      .http()
      .post(`/api/dossier/cases/${c.id}/appointments`)
      .set(bearer(worker))
      .send({ kind: 'face_to_face', startsAt: STARTS, durationMinutes: 45 })
      .expect(201);
    return { organisationId: org.organisationId, worker, client, caseId: c.id, appointmentId: res.body.id };
  }
  const path = (s: Setup, action: string, appointmentId = s.appointmentId, caseId = s.caseId) =>
    `/api/dossier/cases/${caseId}/appointments/${appointmentId}/${action}`;
  const mailsTo = (address: string) =>
    t.dataSource.query(`SELECT subject, text FROM outbox_mail WHERE to_address = $1 ORDER BY created_at`, [address]);
  const dossierOf = async (s: Setup, who: TestAccount) =>
    (
      await t
        .http()
        .get(who.role === 'client' ? `/api/dossier/mine/${s.caseId}` : `/api/dossier/cases/${s.caseId}`)
        .set(bearer(who))
        .expect(200)
    ).body;

  beforeAll(async () => {
    t = await createTestApp({ imports: [IdentityModule, DossierModule, TimeModule], clock: new FixedClock('2026-03-02T09:00:00Z') });
  });
  beforeEach(() => t.clock.set('2026-03-02T09:00:00Z'));
  afterAll(() => t?.close());

  it('cancels with the reason: status cancelled (not a no-show), the worker gets a content-free mail and sees the reason', async () => {
    const s = await setup();
    const res = await t.http().post(path(s, 'cancel')).set(bearer(s.client)).send({ reason: 'Mijn dochter is ziek.' }).expect(200);
    expect(res.body.status).toBe('cancelled');
    expect(res.body.change).toMatchObject({ kind: 'cancel', reason: 'Mijn dochter is ziek.', previousStartsAt: STARTS, answeredAt: null });
    const [mail] = await mailsTo(s.worker.email);
    expect(mail.subject).toBe('Een cliënt heeft een afspraak afgezegd');
    expect(JSON.stringify(mail)).not.toContain('ziek');
    expect(JSON.stringify(mail)).not.toContain(s.client.name!);
    const seen = await dossierOf(s, s.worker);
    expect(seen.appointments[0]).toMatchObject({ status: 'cancelled', change: { kind: 'cancel', reason: 'Mijn dochter is ziek.' } });
    // A second cancellation has nothing left to cancel.
    expect((await t.http().post(path(s, 'cancel')).set(bearer(s.client)).send({ reason: 'nogmaals' })).status).toBe(409);
  });

  it('asks to move, once; the worker answers with a new time, the client is told and the time registered falls on the new day', async () => {
    const s = await setup();
    await t.http().post(path(s, 'move-request')).set(bearer(s.client)).send({ reason: 'Ik moet dan werken.' }).expect(201);
    expect((await t.http().post(path(s, 'move-request')).set(bearer(s.client)).send({ reason: 'nog een keer' })).status).toBe(409);
    expect((await mailsTo(s.worker.email))[0].subject).toBe('Een cliënt vraagt een afspraak te verzetten');

    const moved = await t.http().post(path(s, 'move')).set(bearer(s.worker)).send({ startsAt: '2026-03-06T08:30:00.000Z' }).expect(200);
    expect(moved.body).toMatchObject({
      startsAt: '2026-03-06T08:30:00.000Z',
      status: 'planned',
      change: { kind: 'move', reason: 'Ik moet dan werken.', previousStartsAt: STARTS, newStartsAt: '2026-03-06T08:30:00.000Z' },
    });
    expect(moved.body.change.answeredAt).not.toBeNull();
    expect((await mailsTo(s.client.email))[0].subject).toBe('Je afspraak heeft een nieuwe tijd');
    // One appointment, held on the new day: one prefilled contact on 6 March.
    t.clock.set('2026-03-06T10:00:00Z');
    await t
      .http()
      .patch(`/api/dossier/cases/${s.caseId}/appointments/${s.appointmentId}`)
      .set(bearer(s.worker))
      .send({ status: 'attended' })
      .expect(200);
    await t.app.get(JobsService).drain([CONTACT_OCCURRED]);
    const entries = await t.dataSource.query(`SELECT to_char(occurred_on, 'YYYY-MM-DD') AS day FROM time_entry WHERE case_id = $1`, [
      s.caseId,
    ]);
    expect(entries).toEqual([{ day: '2026-03-06' }]);
    expect((await dossierOf(s, s.client)).appointments).toHaveLength(1);
  });

  it('refuses changes to an appointment that started or was marked already', async () => {
    const s = await setup();
    const past = await makeAppointment(t, s.worker, s.caseId, { startsAt: '2026-02-20T09:00:00Z', status: 'no_show' });
    expect(
      (
        await t
          .http()
          .post(path(s, 'cancel', past.id))
          .set(bearer(s.client))
          .send({ reason: 'te laat' })
      ).status,
    ).toBe(409);
    t.clock.set('2026-03-04T13:05:00Z');
    expect((await t.http().post(path(s, 'move-request')).set(bearer(s.client)).send({ reason: 'te laat' })).status).toBe(409);
    t.clock.set('2026-03-02T09:00:00Z');
    expect((await t.http().post(path(s, 'move')).set(bearer(s.worker)).send({ startsAt: '2026-03-01T09:00:00.000Z' })).status).toBe(409);
  });

  it('keeps other clients, other workers, team leads and wrong roles out (403 for the role, 404 for the ids)', async () => {
    const s = await setup();
    const other = await setup();
    const colleague = await makeWorker(t, { organisationId: s.organisationId });
    const lead = await makeTeamLead(t, { organisationId: s.organisationId });
    const reason = { reason: 'test' };
    // Role: workers do not cancel for the client, clients do not move.
    expect((await t.http().post(path(s, 'cancel')).set(bearer(s.worker)).send(reason)).status).toBe(403);
    expect((await t.http().post(path(s, 'move')).set(bearer(s.client)).send({ startsAt: STARTS })).status).toBe(403);
    for (const action of ['cancel', 'move-request'])
      expect((await t.http().post(path(s, action)).set(bearer(lead)).send(reason)).status).toBe(403);
    // Another client's case, or this client with another case's appointment id.
    expect((await t.http().post(path(s, 'cancel')).set(bearer(other.client)).send(reason)).status).toBe(404);
    expect(
      (
        await t
          .http()
          .post(path(s, 'cancel', other.appointmentId))
          .set(bearer(s.client))
          .send(reason)
      ).status,
    ).toBe(404);
    expect((await t.http().post(path(s, 'move')).set(bearer(colleague)).send({ startsAt: '2026-03-05T09:00:00.000Z' })).status).toBe(404);
    expect((await t.http().post(path(s, 'move')).set(bearer(other.worker)).send({ startsAt: '2026-03-05T09:00:00.000Z' })).status).toBe(
      404,
    );
    expect((await dossierOf(s, s.client)).appointments[0]).toMatchObject({ status: 'planned', startsAt: STARTS, change: null });
  });

  it.each([
    ['no reason', {}, 'reason'],
    ['an empty reason', { reason: '' }, 'reason'],
    ['a huge reason', { reason: 'x'.repeat(5000) }, 'reason'],
    ['a reason that is a number', { reason: 42 }, 'reason'],
    ['an extra field', { reason: 'ok', status: 'attended' }, 'status'],
  ])('refuses %s with 400 naming the field, and changes nothing', async (_, body, field) => {
    const s = await setup();
    for (const action of ['cancel', 'move-request']) {
      const res = await t.http().post(path(s, action)).set(bearer(s.client)).send(body);
      expect(res.status).toBe(400);
      expect(Object.keys(res.body.fields)).toEqual([field]);
    }
    const [count] = await t.dataSource.query(`SELECT count(*)::int AS n FROM appointment_change_request WHERE case_id = $1`, [s.caseId]);
    expect(count.n).toBe(0);
    for (const bad of [{}, { startsAt: 'morgen' }, { startsAt: '2026-13-01T09:00:00Z' }]) {
      const res = await t.http().post(path(s, 'move')).set(bearer(s.worker)).send(bad);
      expect(res.status).toBe(400);
      expect(Object.keys(res.body.fields)).toEqual(['startsAt']);
    }
    expect((await dossierOf(s, s.client)).appointments[0]).toMatchObject({ status: 'planned', startsAt: STARTS });
  });
});
