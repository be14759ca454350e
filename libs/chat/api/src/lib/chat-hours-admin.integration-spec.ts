import { makeAdmin, makeClient, makeTeamLead, makeWorker } from '@nabij/identity/api/testing';
import { bearer, makeOrganisation, TestAccount } from '@nabij/platform/testing';
import { ChatTestApp, createChatTestApp } from './testing/chat-test-app';

// Monday 2 March 2026, 15:30 in Amsterdam (UTC+1).
const MONDAY_1530 = '2026-03-02T14:30:00Z';

/** /api/chat/hours: the admin edits weekly hours and closures of their own organisation; a team lead reads. */
describe('chat hours and closures (admin)', () => {
  let t: ChatTestApp;

  beforeAll(async () => {
    t = await createChatTestApp();
  }, 60_000);
  afterAll(() => t?.close());
  beforeEach(() => t.clock.set(MONDAY_1530));

  /** An organisation without any chat hours, with one account of each role. */
  async function organisation(): Promise<{
    id: string;
    slug: string;
    admin: TestAccount;
    lead: TestAccount;
    worker: TestAccount;
    client: TestAccount;
  }> {
    const org = await makeOrganisation(t);
    const staff = { organisationId: org.organisationId, teamId: org.teamId };
    const [{ slug }] = await t.dataSource.query(`SELECT slug FROM organisation WHERE id = $1`, [org.organisationId]);
    return {
      id: org.organisationId,
      slug,
      admin: await makeAdmin(t, staff),
      lead: await makeTeamLead(t, staff),
      worker: await makeWorker(t, staff),
      client: await makeClient(t, { organisationId: org.organisationId, financierId: org.financierId }),
    };
  }

  const status = async (slug: string) => (await t.http().get(`/api/chat/status?organisation=${slug}`).expect(200)).body;
  const putHours = (who: TestAccount, slots: unknown) => t.http().put('/api/chat/hours').set(bearer(who)).send({ slots });
  const addClosure = (who: TestAccount, body: object) => t.http().post('/api/chat/hours/closures').set(bearer(who)).send(body);
  const slotRows = (organisationId: string) =>
    t.dataSource.query(`SELECT weekday, starts_at, ends_at FROM chat_hours_slot WHERE organisation_id = $1 ORDER BY weekday, starts_at`, [
      organisationId,
    ]);

  it('opens and closes GET /api/chat/status at once when the admin replaces the hours and adds or removes a closure', async () => {
    const org = await organisation();
    expect(await status(org.slug)).toMatchObject({ open: false, nextOpensAt: null });

    const saved = await putHours(org.admin, [
      { weekday: 2, start: '19:00', end: '21:00' },
      { weekday: 1, start: '15:00', end: '17:00' },
    ]);
    expect(saved.status).toBe(200);
    expect(saved.body.slots).toEqual([
      { weekday: 1, start: '15:00', end: '17:00' },
      { weekday: 2, start: '19:00', end: '21:00' },
    ]);
    expect(await status(org.slug)).toMatchObject({ open: true, closesAt: '2026-03-02T16:00:00.000Z' });

    const closed = await addClosure(org.admin, { from: '2026-03-02', reason: ' Teamtraining ' });
    expect(closed.status).toBe(201);
    expect(closed.body.closures).toEqual([{ id: expect.any(String), date: '2026-03-02', reason: 'Teamtraining' }]);
    // Closed today; Tuesday's evening hour is next.
    expect(await status(org.slug)).toMatchObject({ open: false, nextOpensAt: '2026-03-03T18:00:00.000Z' });

    const removed = await t.http().delete(`/api/chat/hours/closures/${closed.body.closures[0].id}`).set(bearer(org.admin));
    expect(removed.status).toBe(204);
    expect(await status(org.slug)).toMatchObject({ open: true });
  });

  it('closes every day of a range and lists only closures from today on', async () => {
    const org = await organisation();
    await addClosure(org.admin, { from: '2026-02-27', to: '2026-03-01', reason: 'Verleden' }).expect(201);
    const res = await addClosure(org.admin, { from: '2026-12-31', to: '2027-01-02', reason: 'Jaarwisseling' });
    expect(res.status).toBe(201);
    expect(res.body.closures.map((c: { date: string }) => c.date)).toEqual(['2026-12-31', '2027-01-01', '2027-01-02']);
  });

  it('keeps Dutch public holidays closed whatever the weekly hours say', async () => {
    const org = await organisation();
    await putHours(org.admin, [{ weekday: 1, start: '15:00', end: '17:00' }]).expect(200);
    t.clock.set('2026-04-06T13:30:00Z'); // Easter Monday 15:30 (summer time)
    expect(await status(org.slug)).toMatchObject({ open: false, nextOpensAt: '2026-04-13T13:00:00.000Z' });
  });

  it('audits every change with the admin as actor', async () => {
    const org = await organisation();
    await putHours(org.admin, [{ weekday: 3, start: '10:00', end: '11:00' }]).expect(200);
    const added = await addClosure(org.admin, { from: '2026-03-10', reason: 'Scholing' }).expect(201);
    const closureId = added.body.closures[0].id;
    await t.http().delete(`/api/chat/hours/closures/${closureId}`).set(bearer(org.admin)).expect(204);
    const rows = await t.dataSource.query(
      `SELECT action, resource_type, resource_id, actor_id FROM audit_entry
        WHERE actor_id = $1 AND resource_type IN ('chat_hours', 'chat_closure') ORDER BY occurred_at, action`,
      [org.admin.id],
    );
    expect(rows).toEqual(
      expect.arrayContaining([
        { action: 'update', resource_type: 'chat_hours', resource_id: org.id, actor_id: org.admin.id },
        { action: 'create', resource_type: 'chat_closure', resource_id: closureId, actor_id: org.admin.id },
        { action: 'delete', resource_type: 'chat_closure', resource_id: closureId, actor_id: org.admin.id },
      ]),
    );
    expect(rows).toHaveLength(3);
  });

  it('lets a team lead read the hours but not change them; workers and clients get 403 everywhere', async () => {
    const org = await organisation();
    await putHours(org.admin, [{ weekday: 1, start: '15:00', end: '17:00' }]).expect(200);
    const closure = (await addClosure(org.admin, { from: '2026-03-09', reason: 'Scholing' }).expect(201)).body.closures[0].id;

    const lead = await t.http().get('/api/chat/hours').set(bearer(org.lead));
    expect(lead.status).toBe(200);
    expect(lead.body.slots).toHaveLength(1);

    for (const who of [org.lead, org.worker, org.client]) {
      const answers = await Promise.all([
        ...(who === org.lead ? [] : [t.http().get('/api/chat/hours').set(bearer(who))]),
        putHours(who, []),
        addClosure(who, { from: '2026-03-10', reason: 'x' }),
        t.http().delete(`/api/chat/hours/closures/${closure}`).set(bearer(who)),
      ]);
      expect(answers.map((r) => r.status).every((s) => s === 403)).toBe(true);
    }
    expect(await slotRows(org.id)).toHaveLength(1);
    const [{ count }] = await t.dataSource.query(`SELECT count(*)::int AS count FROM chat_hours_exception WHERE organisation_id = $1`, [
      org.id,
    ]);
    expect(count).toBe(1);
    expect((await t.http().get('/api/chat/hours')).status).toBe(401);
  });

  it('shows and changes only the admin’s own organisation: another organisation’s closure is 404', async () => {
    const mine = await organisation();
    const other = await organisation();
    await putHours(other.admin, [{ weekday: 5, start: '09:00', end: '10:00' }]).expect(200);
    const theirs = (await addClosure(other.admin, { from: '2026-03-09', reason: 'Scholing' }).expect(201)).body.closures[0].id;

    expect((await t.http().get('/api/chat/hours').set(bearer(mine.admin))).body).toEqual({ slots: [], closures: [] });
    const res = await t.http().delete(`/api/chat/hours/closures/${theirs}`).set(bearer(mine.admin));
    expect(res.status).toBe(404);
    await putHours(mine.admin, []).expect(200);
    expect(await slotRows(other.id)).toHaveLength(1);
    expect((await t.http().get('/api/chat/hours').set(bearer(other.admin))).body.closures).toHaveLength(1);
  });

  it.each([
    ['a time that is not HH:mm', [{ weekday: 1, start: '9:00', end: '10:00' }], 'slots.0.start'],
    ['an hour past 23', [{ weekday: 1, start: '15:00', end: '24:00' }], 'slots.0.end'],
    ['a weekday outside 1–7', [{ weekday: 8, start: '15:00', end: '16:00' }], 'slots.0.weekday'],
    ['an end before the start', [{ weekday: 1, start: '17:00', end: '15:00' }], 'slots.0.end'],
    ['an end equal to the start', [{ weekday: 1, start: '15:00', end: '15:00' }], 'slots.0.end'],
    [
      'two slots overlapping on one weekday',
      [
        { weekday: 2, start: '15:00', end: '17:00' },
        { weekday: 2, start: '16:30', end: '18:00' },
      ],
      'slots.1.start',
    ],
    ['no list', 'daily', 'slots'],
  ])('refuses %s with a 400 naming the field and keeps the old hours', async (_, slots, field) => {
    const org = await organisation();
    await putHours(org.admin, [{ weekday: 1, start: '15:00', end: '17:00' }]).expect(200);
    const res = await putHours(org.admin, slots);
    expect(res.status).toBe(400);
    expect(Object.keys(res.body.fields)).toContain(field);
    expect(await slotRows(org.id)).toEqual([{ weekday: 1, starts_at: '15:00:00', ends_at: '17:00:00' }]);
  });

  it('accepts touching slots and the same hours on different weekdays', async () => {
    const org = await organisation();
    const res = await putHours(org.admin, [
      { weekday: 2, start: '15:00', end: '17:00' },
      { weekday: 2, start: '17:00', end: '18:00' },
      { weekday: 3, start: '15:00', end: '17:00' },
    ]);
    expect(res.status).toBe(200);
    expect(res.body.slots).toHaveLength(3);
  });

  it.each([
    ['a date that does not exist', { from: '2026-02-30', reason: 'x' }, 'from'],
    ['a last day before the first', { from: '2026-03-10', to: '2026-03-09', reason: 'x' }, 'to'],
    ['a range longer than 92 days', { from: '2026-03-10', to: '2026-12-31', reason: 'x' }, 'to'],
    ['no reason', { from: '2026-03-10', reason: '   ' }, 'reason'],
  ])('refuses a closure with %s (400 naming the field) and writes nothing', async (_, body, field) => {
    const org = await organisation();
    const res = await addClosure(org.admin, body);
    expect(res.status).toBe(400);
    expect(Object.keys(res.body.fields)).toContain(field);
    const [{ count }] = await t.dataSource.query(`SELECT count(*)::int AS count FROM chat_hours_exception WHERE organisation_id = $1`, [
      org.id,
    ]);
    expect(count).toBe(0);
  });

  it('refuses a closure id that is not a UUID (400)', async () => {
    const org = await organisation();
    expect((await t.http().delete('/api/chat/hours/closures/not-an-id').set(bearer(org.admin))).status).toBe(400);
  });
});
