import { DossierModule } from '@nabij/dossier/api';
import { makeCase } from '@nabij/dossier/api/testing';
import { IdentityModule } from '@nabij/identity/api';
import { makeAdmin, makeClient, makeTeamLead, makeWorker } from '@nabij/identity/api/testing';
import { createTestApp, HOUR, makeOrganisation, TestApp } from '@nabij/platform/testing';
import { randomUUID } from 'node:crypto';
import { TimeModule, TimePrefillService } from '../index';

const DAY = 24 * HOUR;
const START = '2026-03-02T09:00:00Z'; // a Monday

describe('time registration', () => {
  let t: TestApp;
  let worker: string;
  let workerId: string;
  let teamLead: string;
  let otherLead: string;
  let client: string;
  let admin: string;
  let ownCase: string;
  let otherCase: string;
  let prefill: TimePrefillService;
  const as = (token: string) => ({
    get: (path: string) => t.http().get(path).set('Authorization', `Bearer ${token}`),
    post: (path: string, body: object = {}) => t.http().post(path).set('Authorization', `Bearer ${token}`).send(body),
    patch: (path: string, body: object) => t.http().patch(path).set('Authorization', `Bearer ${token}`).send(body),
    delete: (path: string) => t.http().delete(path).set('Authorization', `Bearer ${token}`),
  });

  beforeAll(async () => {
    t = await createTestApp({ imports: [IdentityModule, DossierModule, TimeModule] });
    prefill = t.app.get(TimePrefillService);
  });
  afterAll(() => t.close());

  // Every test gets an organisation of its own, so it runs alone (`jest -t`) and counts only its own
  // entries: a worker of Team Leiden and a colleague, each with a case, and a team lead per team.
  beforeEach(async () => {
    t.clock.set(START);
    const org = await makeOrganisation(t, { teams: ['Team Leiden', 'Team Rijnstreek'] });
    const leiden = { organisationId: org.organisationId, teamId: org.teamIds['Team Leiden'] };
    const w = await makeWorker(t, leiden);
    const colleague = await makeWorker(t, leiden);
    const clientAccount = await makeClient(t, { organisationId: org.organisationId, financierId: org.financierId });
    const colleaguesClient = await makeClient(t, { organisationId: org.organisationId, financierId: org.financierId });
    workerId = w.id;
    worker = w.token;
    client = clientAccount.token;
    ownCase = (await makeCase(t, { worker: w, clientId: clientAccount.id, openedOn: '2026-02-01' })).id;
    otherCase = (await makeCase(t, { worker: colleague, clientId: colleaguesClient.id, openedOn: '2026-02-01' })).id;
    teamLead = (await makeTeamLead(t, leiden)).token;
    otherLead = (await makeTeamLead(t, { organisationId: org.organisationId, teamId: org.teamIds['Team Rijnstreek'] })).token;
    admin = (await makeAdmin(t, { organisationId: org.organisationId })).token;
  });

  it('registers a contact on an own case and non-client time, and keeps the creation in the history', async () => {
    const res = await as(worker).post('/api/time/entries', {
      caseId: ownCase,
      contactType: 'face_to_face',
      minutes: 60,
      occurredOn: '2026-03-02',
    });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      caseId: ownCase,
      contactType: 'face_to_face',
      minutes: 60,
      source: 'manual',
      status: 'confirmed',
      locked: false,
    });
    const prep = await as(worker).post('/api/time/entries', { contactType: 'preparation', minutes: 30, occurredOn: '2026-03-01' });
    expect(prep.status).toBe(201);
    expect(prep.body.caseId).toBeNull();
    const history = await as(worker).get(`/api/time/entries/${res.body.id}/changes`);
    expect(history.body).toEqual([
      expect.objectContaining({ action: 'create', changedBy: workerId, newValues: expect.objectContaining({ minutes: 60 }) }),
    ]);
    const list = await as(worker).get('/api/time/entries?from=2026-03-01&to=2026-03-02');
    expect(list.body.map((e: { minutes: number }) => e.minutes)).toEqual([30, 60]);
  });

  it.each([0, -5, 1441, 12.5, 'sixty'])('refuses %p minutes with 400 naming minutes', async (minutes) => {
    const res = await as(worker).post('/api/time/entries', { caseId: ownCase, contactType: 'phone', minutes, occurredOn: '2026-03-02' });
    expect(res.status).toBe(400);
    expect(Object.keys(res.body.fields)).toEqual(['minutes']);
  });

  it('refuses a day in the future (Dutch calendar) and a non-date with 400 naming occurredOn', async () => {
    t.clock.set('2026-03-02T23:30:00Z'); // 00:30 on 3 March in Amsterdam (CET)
    const today = await as(worker).post('/api/time/entries', {
      caseId: ownCase,
      contactType: 'phone',
      minutes: 15,
      occurredOn: '2026-03-03',
    });
    expect(today.status).toBe(201);
    const future = await as(worker).post('/api/time/entries', {
      caseId: ownCase,
      contactType: 'phone',
      minutes: 15,
      occurredOn: '2026-03-04',
    });
    expect(future.status).toBe(400);
    expect(Object.keys(future.body.fields)).toEqual(['occurredOn']);
    const bad = await as(worker).post('/api/time/entries', {
      caseId: ownCase,
      contactType: 'phone',
      minutes: 15,
      occurredOn: '2026-02-30',
    });
    expect(Object.keys(bad.body.fields)).toEqual(['occurredOn']);
  });

  it("answers 404 for a case that is not the worker's, and 400 when case and contact type do not fit", async () => {
    const other = await as(worker).post('/api/time/entries', {
      caseId: otherCase,
      contactType: 'phone',
      minutes: 15,
      occurredOn: '2026-03-02',
    });
    expect(other.status).toBe(404);
    const unknown = await as(worker).post('/api/time/entries', {
      caseId: '6f1c1c5e-0000-4000-8000-000000000000',
      contactType: 'phone',
      minutes: 15,
      occurredOn: '2026-03-02',
    });
    expect(unknown.status).toBe(404);
    const noCase = await as(worker).post('/api/time/entries', { contactType: 'phone', minutes: 15, occurredOn: '2026-03-02' });
    expect(noCase.status).toBe(400);
    expect(Object.keys(noCase.body.fields)).toEqual(['caseId']);
    const prepOnCase = await as(worker).post('/api/time/entries', {
      caseId: ownCase,
      contactType: 'preparation',
      minutes: 15,
      occurredOn: '2026-03-02',
    });
    expect(Object.keys(prepOnCase.body.fields)).toEqual(['caseId']);
  });

  it('lets the worker correct an entry for 14 days, then locks it until the team lead unlocks it; every change is kept', async () => {
    const { body: entry } = await as(worker).post('/api/time/entries', {
      caseId: ownCase,
      contactType: 'phone',
      minutes: 15,
      occurredOn: '2026-03-02',
    });
    t.clock.advance(13 * DAY);
    expect((await as(worker).patch(`/api/time/entries/${entry.id}`, { minutes: 25 })).body).toMatchObject({ minutes: 25, locked: false });
    t.clock.advance(1 * DAY);
    const locked = await as(worker).patch(`/api/time/entries/${entry.id}`, { minutes: 30 });
    expect(locked.status).toBe(409);
    expect(locked.body.message).toMatch(/team lead/);
    expect((await as(worker).delete(`/api/time/entries/${entry.id}`)).status).toBe(409);
    expect((await as(worker).post(`/api/time/entries/${entry.id}/unlock`)).status).toBe(403);
    expect((await as(otherLead).post(`/api/time/entries/${entry.id}/unlock`)).status).toBe(404);
    const unlocked = await as(teamLead).post(`/api/time/entries/${entry.id}/unlock`);
    expect(unlocked.status).toBe(200);
    expect(unlocked.body.locked).toBe(false);
    expect((await as(worker).patch(`/api/time/entries/${entry.id}`, { minutes: 30 })).status).toBe(200);
    const history = (await as(teamLead).get(`/api/time/entries/${entry.id}/changes`)).body;
    expect(history.map((c: { action: string }) => c.action)).toEqual(['create', 'update', 'unlock', 'update']);
    expect(history[1]).toMatchObject({ changedBy: workerId, oldValues: { minutes: 15 }, newValues: { minutes: 25 } });
    expect(history[3]).toMatchObject({ oldValues: { minutes: 25 }, newValues: { minutes: 30 } });
    expect((await as(otherLead).get(`/api/time/entries/${entry.id}/changes`)).status).toBe(404);
  });

  it("does not let one worker see or change another worker's entry", async () => {
    const { body: entry } = await as(teamLead).post('/api/time/entries', {
      contactType: 'consultation',
      minutes: 45,
      occurredOn: '2026-03-02',
    });
    expect((await as(worker).patch(`/api/time/entries/${entry.id}`, { minutes: 1 })).status).toBe(404);
    expect((await as(worker).delete(`/api/time/entries/${entry.id}`)).status).toBe(404);
    expect((await as(worker).get(`/api/time/entries/${entry.id}/changes`)).status).toBe(404);
  });

  it.each([
    ['chat', undefined, 37, 'chat', 37],
    ['message', undefined, undefined, 'message', 20],
    ['homework', undefined, undefined, 'homework_feedback', 15],
    ['appointment', undefined, undefined, 'face_to_face', 60],
    ['appointment', 'phone', undefined, 'phone', 15],
  ] as const)('prefills a %s contact (%s) once, to be confirmed', async (source, contactType, minutes, expectedType, expectedMinutes) => {
    const sourceId = `${source}-${contactType ?? 'default'}-1`;
    const input = { source, sourceId, workerId, caseId: ownCase, occurredOn: '2026-03-02', contactType, minutes };
    const first = await prefill.prefill(input);
    expect(first.created).toBe(true);
    expect(first.entry).toMatchObject({ contactType: expectedType, minutes: expectedMinutes, status: 'to_confirm', source, sourceId });
    const again = await prefill.prefill({ ...input, minutes: 99 });
    expect(again).toMatchObject({ created: false, entry: { id: first.entry.id, minutes: expectedMinutes } });
    const [{ n }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM time_entry WHERE source = $1 AND source_id = $2`, [
      source,
      sourceId,
    ]);
    expect(n).toBe(1);
  });

  it('confirms a prefilled entry with corrected minutes, and a deleted prefill does not come back', async () => {
    const { entry } = await prefill.prefill({
      source: 'message',
      sourceId: 'msg-confirm',
      workerId,
      caseId: ownCase,
      occurredOn: '2026-03-02',
    });
    const confirmed = await as(worker).post(`/api/time/entries/${entry.id}/confirm`, { minutes: 25 });
    expect(confirmed.body).toMatchObject({ status: 'confirmed', minutes: 25 });
    const history = (await as(worker).get(`/api/time/entries/${entry.id}/changes`)).body;
    expect(history.map((c: { action: string }) => c.action)).toEqual(['prefill', 'confirm']);
    expect(history[1]).toMatchObject({ oldValues: { status: 'to_confirm', minutes: 20 }, newValues: { status: 'confirmed', minutes: 25 } });
    expect((await as(worker).delete(`/api/time/entries/${entry.id}`)).status).toBe(204);
    expect(
      (await prefill.prefill({ source: 'message', sourceId: 'msg-confirm', workerId, caseId: ownCase, occurredOn: '2026-03-02' })).created,
    ).toBe(false);
    const list = (await as(worker).get('/api/time/entries?from=2026-03-02&to=2026-03-02')).body;
    expect(list.map((e: { id: string }) => e.id)).not.toContain(entry.id);
  });

  it('shows the week: minutes per day, entries to confirm, and client-bound share against the 80% norm', async () => {
    // Preparation on Sunday 1 March, an hour with the client on Monday and five contacts to confirm.
    await as(worker).post('/api/time/entries', { contactType: 'preparation', minutes: 30, occurredOn: '2026-03-01' }).expect(201);
    await as(worker)
      .post('/api/time/entries', { caseId: ownCase, contactType: 'face_to_face', minutes: 60, occurredOn: '2026-03-02' })
      .expect(201);
    for (const source of ['chat', 'message', 'homework', 'appointment', 'appointment'] as const) {
      await prefill.prefill({
        source,
        sourceId: randomUUID(),
        workerId,
        caseId: ownCase,
        occurredOn: '2026-03-02',
        minutes: source === 'chat' ? 37 : undefined,
      });
    }
    const res = await as(worker).get('/api/time/week?date=2026-03-04');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ weekStart: '2026-03-02', weekEnd: '2026-03-08', norm: 0.8 });
    expect(res.body.days).toHaveLength(7);
    const monday = res.body.days[0];
    const [{ total, client }] = await t.dataSource.query(
      `SELECT sum(minutes)::int AS total, (sum(minutes) FILTER (WHERE case_id IS NOT NULL))::int AS client FROM time_entry
        WHERE worker_id = $1 AND occurred_on BETWEEN '2026-03-02' AND '2026-03-08' AND deleted_at IS NULL`,
      [workerId],
    );
    expect(res.body.totalMinutes).toBe(total);
    expect(res.body.clientBoundMinutes).toBe(client);
    expect(monday.date).toBe('2026-03-02');
    expect(monday.hours).toMatch(/^\d+:\d\d$/);
    expect(res.body.meetsNorm).toBe(client / total >= 0.8);
    expect(res.body.toConfirm.every((e: { status: string }) => e.status === 'to_confirm')).toBe(true);
    expect(res.body.toConfirm.length).toBeGreaterThanOrEqual(5);
    // The Sunday before (1 March) holds only the 30 minutes of preparation: not client-bound.
    const before = (await as(worker).get('/api/time/week?date=2026-03-01')).body;
    expect(before).toMatchObject({
      weekStart: '2026-02-23',
      totalMinutes: 30,
      clientBoundMinutes: 0,
      clientBoundShare: 0,
      meetsNorm: false,
    });
  });

  it('refuses clients and admins (403)', async () => {
    expect((await as(client).get('/api/time/week')).status).toBe(403);
    expect((await as(admin).post('/api/time/entries', { contactType: 'preparation', minutes: 5, occurredOn: '2026-03-02' })).status).toBe(
      403,
    );
  });
});
