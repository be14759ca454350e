import { makeAdmin, makeClient, makeTeamLead, makeWorker } from '@nabij/identity/api/testing';
import { bearer, makeOrganisation, TestAccount } from '@nabij/platform/testing';
import { ChatTestApp, createChatTestApp } from './testing/chat-test-app';

// Monday 2 March 2026, 15:30 in Amsterdam (UTC+1).
const MONDAY_1530 = '2026-03-02T14:30:00Z';

/** /api/chat/rota: admins plan chat duty for the whole organisation, team leads for their own team. */
describe('chat duty rota', () => {
  let t: ChatTestApp;

  beforeAll(async () => {
    t = await createChatTestApp();
  }, 60_000);
  afterAll(() => t?.close());
  beforeEach(() => t.clock.set(MONDAY_1530));

  /** Chat open Monday and Tuesday 15–17; two teams with a worker each; nobody on duty yet. */
  async function organisation() {
    const org = await makeOrganisation(t, { teams: ['Team Leiden', 'Team Rijnstreek'] });
    const leiden = { organisationId: org.organisationId, teamId: org.teamIds['Team Leiden'] };
    const rijnstreek = { organisationId: org.organisationId, teamId: org.teamIds['Team Rijnstreek'] };
    const [{ slug }] = await t.dataSource.query(`SELECT slug FROM organisation WHERE id = $1`, [org.organisationId]);
    const admin = await makeAdmin(t, leiden);
    await t
      .http()
      .put('/api/chat/hours')
      .set(bearer(admin))
      .send({
        slots: [
          { weekday: 1, start: '15:00', end: '17:00' },
          { weekday: 2, start: '15:00', end: '17:00' },
        ],
      })
      .expect(200);
    return {
      id: org.organisationId,
      slug,
      admin,
      lead: await makeTeamLead(t, leiden),
      worker: await makeWorker(t, { ...leiden, name: 'Anna Leiden', chatDuty: true }),
      otherTeamWorker: await makeWorker(t, { ...rijnstreek, name: 'Bram Rijnstreek', chatDuty: true }),
      client: await makeClient(t, { organisationId: org.organisationId, financierId: org.financierId }),
    };
  }

  const rota = (who: TestAccount, week = '') =>
    t
      .http()
      .get(`/api/chat/rota${week ? `?week=${week}` : ''}`)
      .set(bearer(who));
  const addDuty = (who: TestAccount, body: object) => t.http().post('/api/chat/rota').set(bearer(who)).send(body);
  const onDuty = (worker: TestAccount, date = '2026-03-02') => ({ workerId: worker.id, date, start: '15:00', end: '17:00' });
  const dutyCount = async (organisationId: string) =>
    (await t.dataSource.query(`SELECT count(*)::int AS n FROM chat_duty WHERE organisation_id = $1`, [organisationId]))[0].n;

  it('shows the week’s openings and warns about every opening of the next 14 days with nobody on duty', async () => {
    const org = await organisation();
    const res = await rota(org.admin);
    expect(res.status).toBe(200);
    expect(res.body.weekStart).toBe('2026-03-02');
    expect(res.body.days.map((d: { date: string; slots: unknown[] }) => [d.date, d.slots.length])).toEqual([
      ['2026-03-02', 1],
      ['2026-03-03', 1],
      ['2026-03-04', 0],
      ['2026-03-05', 0],
      ['2026-03-06', 0],
      ['2026-03-07', 0],
      ['2026-03-08', 0],
    ]);
    // Mondays and Tuesdays 2 March … 15 March: 4 openings, none staffed.
    expect(res.body.openSlots).toEqual([
      { date: '2026-03-02', start: '15:00', end: '17:00' },
      { date: '2026-03-03', start: '15:00', end: '17:00' },
      { date: '2026-03-09', start: '15:00', end: '17:00' },
      { date: '2026-03-10', start: '15:00', end: '17:00' },
    ]);
    expect(res.body.workers.map((w: { name: string }) => w.name)).toEqual(['Anna Leiden', 'Bram Rijnstreek']);
  });

  it('puts a worker on duty: the slot leaves the warnings, the status counts them at once, and it is audited', async () => {
    const org = await organisation();
    expect((await t.http().get(`/api/chat/status?organisation=${org.slug}`)).body.workersOnDuty).toBe(0);
    const res = await addDuty(org.admin, onDuty(org.worker));
    expect(res.status).toBe(201);
    expect(res.body.days[0].slots[0].duty).toEqual([
      { id: expect.any(String), workerId: org.worker.id, name: 'Anna Leiden', weekly: false, start: '15:00', end: '17:00', editable: true },
    ]);
    expect(res.body.openSlots.map((s: { date: string }) => s.date)).toEqual(['2026-03-03', '2026-03-09', '2026-03-10']);
    expect((await t.http().get(`/api/chat/status?organisation=${org.slug}`)).body.workersOnDuty).toBe(1);

    const dutyId = res.body.days[0].slots[0].duty[0].id;
    await t.http().delete(`/api/chat/rota/${dutyId}`).set(bearer(org.admin)).expect(204);
    expect((await t.http().get(`/api/chat/status?organisation=${org.slug}`)).body.workersOnDuty).toBe(0);
    const audit = await t.dataSource.query(
      `SELECT action FROM audit_entry WHERE resource_type = 'chat_duty' AND resource_id = $1 ORDER BY occurred_at, action`,
      [dutyId],
    );
    expect(audit.map((r: { action: string }) => r.action).sort()).toEqual(['create', 'delete']);
  });

  it('leaves out an opening that is already over today', async () => {
    const org = await organisation();
    t.clock.set('2026-03-02T16:30:00Z'); // Monday 17:30
    const res = await rota(org.admin);
    expect(res.body.openSlots[0]).toEqual({ date: '2026-03-03', start: '15:00', end: '17:00' });
  });

  it('lets a team lead plan their own team’s workers only (403 for another team’s, both adding and removing)', async () => {
    const org = await organisation();
    const own = await addDuty(org.lead, onDuty(org.worker));
    expect(own.status).toBe(201);
    expect((await addDuty(org.lead, onDuty(org.otherTeamWorker))).status).toBe(403);

    const byAdmin = await addDuty(org.admin, onDuty(org.otherTeamWorker, '2026-03-03'));
    const otherLine = byAdmin.body.days[1].slots[0].duty[0];
    const leadView = await rota(org.lead);
    expect(leadView.body.workers.map((w: { id: string }) => w.id)).toEqual([org.worker.id]);
    expect(leadView.body.days[1].slots[0].duty[0]).toMatchObject({ id: otherLine.id, editable: false });
    expect((await t.http().delete(`/api/chat/rota/${otherLine.id}`).set(bearer(org.lead))).status).toBe(403);
    expect(await dutyCount(org.id)).toBe(2);
  });

  it('refuses workers and clients on every rota route (403)', async () => {
    const org = await organisation();
    const line = (await addDuty(org.admin, onDuty(org.worker)).expect(201)).body.days[0].slots[0].duty[0].id;
    for (const who of [org.worker, org.client]) {
      const answers = await Promise.all([
        rota(who),
        addDuty(who, onDuty(org.worker, '2026-03-03')),
        t.http().delete(`/api/chat/rota/${line}`).set(bearer(who)),
      ]);
      expect(answers.map((r) => r.status)).toEqual([403, 403, 403]);
    }
    expect(await dutyCount(org.id)).toBe(1);
  });

  it('answers 404 for another organisation’s worker or duty line, and shows none of its rota', async () => {
    const mine = await organisation();
    const other = await organisation();
    const theirs = (await addDuty(other.admin, onDuty(other.worker)).expect(201)).body.days[0].slots[0].duty[0].id;
    expect((await addDuty(mine.admin, onDuty(other.worker))).status).toBe(404);
    expect((await t.http().delete(`/api/chat/rota/${theirs}`).set(bearer(mine.admin))).status).toBe(404);
    expect((await t.http().delete(`/api/chat/rota/${theirs}`).set(bearer(mine.lead))).status).toBe(404);
    const view = await rota(mine.admin);
    expect(view.body.days[0].slots[0].duty).toEqual([]);
    expect(await dutyCount(other.id)).toBe(1);
  });

  it.each([
    ['a worker id that is not a UUID', { workerId: 'x', date: '2026-03-02', start: '15:00', end: '17:00' }, 'workerId'],
    ['a date that does not exist', { date: '2026-02-30' }, 'date'],
    ['a time that is not HH:mm', { start: '3pm' }, 'start'],
    ['an end before the start', { start: '17:00', end: '15:00' }, 'end'],
  ])('refuses %s (400 naming the field)', async (_, change, field) => {
    const org = await organisation();
    const res = await addDuty(org.admin, { ...onDuty(org.worker), ...change });
    expect(res.status).toBe(400);
    expect(Object.keys(res.body.fields)).toContain(field);
    expect(await dutyCount(org.id)).toBe(0);
  });

  it('refuses to put a team lead on chat duty (400 naming workerId)', async () => {
    const org = await organisation();
    const res = await addDuty(org.admin, onDuty(org.lead));
    expect(res.status).toBe(400);
    expect(res.body.fields).toHaveProperty('workerId');
  });

  it('refuses a worker without the capability chat duty (400 naming workerId) and leaves them out of the choice', async () => {
    const org = await organisation();
    const [team] = await t.dataSource.query(`SELECT team_id FROM account WHERE id = $1`, [org.worker.id]);
    const noDuty = await makeWorker(t, { organisationId: org.id, teamId: team.team_id, name: 'Cas Zonder Chat' });
    const res = await addDuty(org.admin, onDuty(noDuty));
    expect(res.status).toBe(400);
    expect(Object.keys(res.body.fields)).toEqual(['workerId']);
    expect(await dutyCount(org.id)).toBe(0);
    const week = await rota(org.admin);
    expect(week.body.workers.map((w: { name: string }) => w.name)).toEqual(['Anna Leiden', 'Bram Rijnstreek']);
  });

  it('refuses a week that is not a date (400 naming week)', async () => {
    const org = await organisation();
    const res = await rota(org.admin, '2026-13-01');
    expect(res.status).toBe(400);
    expect(res.body.fields).toHaveProperty('week');
  });
});
