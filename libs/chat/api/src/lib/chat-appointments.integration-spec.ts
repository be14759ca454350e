import type { ChatAppointmentSlotsResponse } from '@nabij/chat/contracts';
import { DossierModule } from '@nabij/dossier/api';
import { closeCase, makeCase } from '@nabij/dossier/api/testing';
import type { Dossier } from '@nabij/dossier/contracts';
import { JOBS_SCHEMA } from '@nabij/platform/api';
import type { TestAccount } from '@nabij/platform/testing';
import { APPOINTMENT_CHANGED } from '@nabij/reminders/contracts';
import { ChatOrganisation, makeChatAccount, makeChatOrganisation } from './testing/chat-organisation';
import { ChatTestApp, createChatTestApp, startAnonymousChat } from './testing/chat-test-app';

/** A case of the client, opened through the dossier by the worker (default: the one on duty). */
const openCase = async (
  t: ChatTestApp,
  org: ChatOrganisation,
  client: TestAccount,
  worker: TestAccount = org.worker,
  options: { usesOnlineDossier?: boolean } = {},
) => (await makeCase(t, { worker, clientId: client.id, openedOn: '2026-02-01', ...options })).id;

describe('chat appointments outside chat hours', () => {
  let t: ChatTestApp;
  let org: ChatOrganisation;
  let worker: string;

  beforeAll(async () => {
    t = await createChatTestApp({ imports: [DossierModule] });
    org = await makeChatOrganisation(t);
    worker = org.worker.token;
  });
  afterAll(() => t?.close());
  // Monday 2 March 2026, 10:00 in Amsterdam: chat is closed, it opens at 15:00.
  beforeEach(() => t.clock.set('2026-03-02T09:00:00Z'));

  async function clientWithCase(options: { usesOnlineDossier?: boolean } = {}) {
    const client = await makeChatAccount(t, org, 'client');
    const caseId = await openCase(t, org, client, org.worker, options);
    return { ...client, caseId };
  }
  const slotsOf = async (token: string): Promise<ChatAppointmentSlotsResponse> => {
    const res = await t.http().get('/api/chat/appointment-slots').auth(token, { type: 'bearer' });
    expect(res.status).toBe(200);
    return res.body;
  };
  const book = (token: string, startsAt: string) =>
    t.http().post('/api/chat/appointments').auth(token, { type: 'bearer' }).send({ startsAt });

  it('offers 30-minute slots in chat hours of the coming 7 days and books one into the dossier of client and worker', async () => {
    const client = await clientWithCase();
    const offer = await slotsOf(client.token);
    expect(offer).toMatchObject({ caseId: client.caseId, upcoming: null });
    expect(offer.slots.length).toBeGreaterThan(0);
    for (const s of offer.slots) {
      expect(new Date(s.endsAt).getTime() - new Date(s.startsAt).getTime()).toBe(30 * 60_000);
      expect(new Date(s.startsAt) > new Date('2026-03-02T09:00:00Z')).toBe(true);
      expect(new Date(s.startsAt) < new Date('2026-03-09T09:00:00Z')).toBe(true);
    }
    // The first is today at 15:00 local (14:00 UTC) unless the worker on duty is busy then; never in the morning.
    expect(offer.slots.every((s) => !/T(0\d|1[0-3]):/.test(s.startsAt))).toBe(true);

    const chosen = offer.slots[0].startsAt;
    const booked = await book(client.token, chosen);
    expect(booked.status).toBe(201);
    expect(booked.body).toMatchObject({ caseId: client.caseId, startsAt: chosen, durationMinutes: 30 });

    // "Mijn dossier" shows it to the client, the caseload dossier to the worker.
    const mine: Dossier = (await t.http().get(`/api/dossier/mine/${client.caseId}`).auth(client.token, { type: 'bearer' })).body;
    expect(mine.appointments).toEqual([
      expect.objectContaining({ id: booked.body.id, kind: 'chat', startsAt: chosen, durationMinutes: 30, status: 'planned' }),
    ]);
    const theirs: Dossier = (await t.http().get(`/api/dossier/cases/${client.caseId}`).auth(worker, { type: 'bearer' })).body;
    expect(theirs.appointments.map((a) => [a.id, a.kind])).toEqual([[booked.body.id, 'chat']]);

    // The slot is gone for everyone with this worker, and the client sees their booking.
    const after = await slotsOf(client.token);
    expect(after.upcoming).toEqual(booked.body);
    expect(after.slots.map((s) => s.startsAt)).not.toContain(chosen);
    const other = await clientWithCase();
    expect((await slotsOf(other.token)).slots.map((s) => s.startsAt)).not.toContain(chosen);
    const taken = await book(other.token, chosen);
    expect(taken.status).toBe(409);
    expect(taken.body.message).toContain('Someone else');

    // One upcoming chat appointment per client.
    expect((await book(client.token, after.slots[0].startsAt)).status).toBe(409);
    expect(await t.dataSource.query(`SELECT count(*)::int AS n FROM appointment WHERE case_id = $1`, [client.caseId])).toEqual([{ n: 1 }]);
  });

  it('tells reminders about a booked chat appointment, like one the worker plans (AppointmentChanged in the booking)', async () => {
    const client = await clientWithCase();
    const booked = await book(client.token, (await slotsOf(client.token)).slots[0].startsAt);
    expect(booked.status).toBe(201);
    const events = await t.dataSource.query(`SELECT 1 FROM ${JOBS_SCHEMA}.job WHERE name = $1 AND data->>'appointmentId' = $2`, [
      APPOINTMENT_CHANGED,
      booked.body.id,
    ]);
    expect(events).toHaveLength(1);
  });

  it('refuses times that are not offered slots', async () => {
    const client = await clientWithCase();
    const offer = await slotsOf(client.token);
    const offset = new Date(new Date(offer.slots[0].startsAt).getTime() + 10 * 60_000).toISOString();
    for (const startsAt of [offset, '2026-03-02T03:00:00.000Z', '2026-03-01T14:00:00.000Z', '2026-03-20T14:00:00.000Z']) {
      const res = await book(client.token, startsAt);
      expect(res.status).toBe(400);
      expect(res.body.fields).toHaveProperty('startsAt');
    }
    expect((await book(client.token, 'morgen')).status).toBe(400);
    expect(await t.dataSource.query(`SELECT count(*)::int AS n FROM appointment WHERE case_id = $1`, [client.caseId])).toEqual([{ n: 0 }]);
  });

  it('gives a contested slot to exactly one of several clients booking at once', async () => {
    const clients = await Promise.all([0, 1, 2, 3].map(() => clientWithCase()));
    const slot = (await slotsOf(clients[0].token)).slots.at(-1)!.startsAt;
    const results = await Promise.all(clients.map((c) => book(c.token, slot)));
    expect(results.map((r) => r.status).sort()).toEqual([201, 409, 409, 409]);
    const rows = await t.dataSource.query(
      `SELECT a.case_id FROM appointment a JOIN care_case c ON c.id = a.case_id WHERE c.assigned_worker_id = $1 AND a.starts_at = $2 AND a.status = 'planned'`,
      [org.worker.id, slot],
    );
    expect(rows).toEqual([{ case_id: results.find((r) => r.status === 201)!.body.caseId }]);
  });

  it('denies workers, team leads and anonymous callers, and clients without an open shared case', async () => {
    expect((await t.http().get('/api/chat/appointment-slots')).status).toBe(401);
    expect((await t.http().post('/api/chat/appointments').send({ startsAt: '2026-03-02T14:00:00.000Z' })).status).toBe(401);
    for (const token of [worker, org.teamLead.token]) {
      expect((await t.http().get('/api/chat/appointment-slots').auth(token, { type: 'bearer' })).status).toBe(403);
      expect((await book(token, '2026-03-02T14:00:00.000Z')).status).toBe(403);
    }
    const noCase = await makeChatAccount(t, org, 'client');
    expect((await t.http().get('/api/chat/appointment-slots').auth(noCase.token, { type: 'bearer' })).status).toBe(404);
    expect((await book(noCase.token, '2026-03-02T14:00:00.000Z')).status).toBe(404);
    // A closed case, or one the client does not share online, is not bookable either.
    const closed = await clientWithCase();
    await closeCase(t, org.worker, closed.caseId, { closedOn: '2026-03-01' });
    const offline = await clientWithCase({ usesOnlineDossier: false });
    for (const who of [closed, offline]) expect((await book(who.token, '2026-03-02T14:00:00.000Z')).status).toBe(404);
  });
});

describe('converting an anonymous chat: only into the worker’s own open cases', () => {
  let t: ChatTestApp;
  let org: ChatOrganisation;

  beforeAll(async () => {
    // The dossier opens the cases to convert into.
    t = await createChatTestApp({ imports: [DossierModule] });
    org = await makeChatOrganisation(t);
  });
  afterAll(() => t?.close());

  it('refuses a colleague’s case and a closed case (404), then links an own open case and lists the chat under it', async () => {
    const worker = org.worker.token;
    const anon = await startAnonymousChat(t);
    await t.http().post(`/api/chat/sessions/${anon.sessionId}/pick-up`).auth(worker, { type: 'bearer' }).expect(200);

    const colleague = await makeChatAccount(t, org, 'worker');
    const theirCase = await openCase(t, org, await makeChatAccount(t, org, 'client'), colleague);
    const convert = (caseId: string, token = worker) =>
      t.http().post(`/api/chat/sessions/${anon.sessionId}/convert`).auth(token, { type: 'bearer' }).send({ caseId });
    expect((await convert(theirCase)).status).toBe(404);
    // The colleague cannot convert a chat they do not hold, even into their own case.
    expect((await convert(theirCase, colleague.token)).status).toBe(404);
    const closedCase = await openCase(t, org, await makeChatAccount(t, org, 'client'));
    await closeCase(t, org.worker, closedCase, { closedOn: '2026-03-01' });
    expect((await convert(closedCase)).status).toBe(404);

    const caseId = await openCase(t, org, await makeChatAccount(t, org, 'client'));
    expect((await convert(caseId)).body).toMatchObject({ anonymous: false, caseId });
    await t.http().post(`/api/chat/sessions/${anon.sessionId}/end`).auth(worker, { type: 'bearer' }).expect(200);
    const ofCase = (await t.http().get(`/api/chat/sessions?caseId=${caseId}`).auth(worker, { type: 'bearer' })).body as Array<{
      id: string;
    }>;
    expect(ofCase.map((s) => s.id)).toEqual([anon.sessionId]);
  });
});
