import { makeAppointment } from '@nabij/dossier/api/testing';
import { makeTeamLead, makeWorker } from '@nabij/identity/api/testing';
import { PersonalDataEraserRegistry, PersonalDataRegistry } from '@nabij/platform/api';
import { bearer, TestApp } from '@nabij/platform/testing';
import { createRemindersTestApp, makeReminderCase, planAppointment, runReminderJobs } from './testing/reminders-test-app';

jest.setTimeout(120_000);

/** Who may use the reminder routes, the calendar file, the client's number, and the no-show report. */
describe('reminder routes: access, input and figures', () => {
  let t: TestApp;
  const ics = (who: { token: string }, appointmentId: string) =>
    t.http().get(`/api/reminders/appointments/${appointmentId}/calendar.ics`).set(bearer(who));

  beforeAll(async () => {
    t = await createRemindersTestApp();
  });
  beforeEach(() => t.clock.set('2026-03-02T09:00:00Z'));
  afterAll(() => t?.close());

  it('gives the client and the worker of the case an .ics in Amsterdam time, and logs the worker’s read', async () => {
    const r = await makeReminderCase(t);
    const id = await planAppointment(t, r, '2026-07-01T12:30:00.000Z', 'video');
    for (const who of [r.client, r.worker]) {
      const res = await ics(who, id).expect(200);
      expect(res.headers['content-type']).toMatch(/^text\/calendar/);
      expect(res.text).toContain('DTSTART;TZID=Europe/Amsterdam:20260701T143000');
      expect(res.text).toContain('DTEND;TZID=Europe/Amsterdam:20260701T151500');
      expect(res.text).toContain(`UID:${id}@nabij`);
      expect(res.text).toContain('SUMMARY:Afspraak in Nabij: videogesprek');
      expect(res.text).toContain('\r\nSTATUS:CONFIRMED\r\n');
    }
    const [logged] = await t.dataSource.query(
      `SELECT count(*)::int AS n FROM audit_entry WHERE actor_id = $1 AND resource_type = 'appointment_calendar' AND action = 'read'`,
      [r.worker.id],
    );
    expect(logged.n).toBe(1);
  });

  it('refuses the .ics to another client, another worker, a team lead and an unknown id', async () => {
    const r = await makeReminderCase(t);
    const other = await makeReminderCase(t);
    const id = await planAppointment(t, r, '2026-03-04T13:00:00.000Z');
    const colleague = await makeWorker(t, { organisationId: r.organisationId });
    const lead = await makeTeamLead(t, { organisationId: r.organisationId });
    expect((await ics(other.client, id)).status).toBe(404);
    expect((await ics(other.worker, id)).status).toBe(404);
    expect((await ics(colleague, id)).status).toBe(404);
    expect((await ics(lead, id)).status).toBe(403);
    expect((await ics(r.admin, id)).status).toBe(403);
    expect((await ics(r.client, '6b0a8a43-8a3c-4a43-9a57-0b8f3e1c0d11')).status).toBe(404);
  });

  it('keeps the client’s mobile number and opt-in, and refuses staff', async () => {
    const r = await makeReminderCase(t);
    expect((await t.http().get('/api/reminders/contact').set(bearer(r.client)).expect(200)).body).toEqual({
      mobile: null,
      smsOptIn: false,
    });
    await t.http().put('/api/reminders/contact').set(bearer(r.client)).send({ mobile: '+31 6 1234 5678', smsOptIn: true }).expect(200);
    expect((await t.http().get('/api/reminders/contact').set(bearer(r.client)).expect(200)).body).toEqual({
      mobile: '+31612345678',
      smsOptIn: true,
    });
    for (const who of [r.worker, r.admin]) {
      expect((await t.http().get('/api/reminders/contact').set(bearer(who))).status).toBe(403);
      expect((await t.http().put('/api/reminders/contact').set(bearer(who)).send({ mobile: null, smsOptIn: false })).status).toBe(403);
    }
  });

  it.each([
    ['a landline number', { mobile: '071 5123456', smsOptIn: false }, 'mobile'],
    ['letters', { mobile: 'bel me maar', smsOptIn: false }, 'mobile'],
    ['a huge number', { mobile: '6'.repeat(5000), smsOptIn: false }, 'mobile'],
    ['SMS without a number', { mobile: null, smsOptIn: true }, 'smsOptIn'],
    ['opt-in that is not a boolean', { mobile: '0612345678', smsOptIn: 'ja' }, 'smsOptIn'],
    ['a number that is an object', { mobile: { $gt: '' }, smsOptIn: false }, 'mobile'],
  ])('refuses %s for the contact with 400 naming the field, and keeps what was there', async (_, body, field) => {
    const r = await makeReminderCase(t);
    await t.http().put('/api/reminders/contact').set(bearer(r.client)).send({ mobile: '0611111111', smsOptIn: true }).expect(200);
    const res = await t.http().put('/api/reminders/contact').set(bearer(r.client)).send(body);
    expect(res.status).toBe(400);
    expect(Object.keys(res.body.fields)).toEqual([field]);
    expect((await t.http().get('/api/reminders/contact').set(bearer(r.client))).body).toEqual({ mobile: '+31611111111', smsOptIn: true });
  });

  it('lets only the admin switch reminders, refusing a bad day with 400', async () => {
    const r = await makeReminderCase(t, { on: false });
    const lead = await makeTeamLead(t, { organisationId: r.organisationId });
    for (const who of [r.worker, r.client, lead])
      expect((await t.http().put('/api/reminders/setting').set(bearer(who)).send({ enabledSince: '2026-03-01' })).status).toBe(403);
    for (const bad of ['2026-02-30', 'morgen', 20260301, { a: 1 }]) {
      const res = await t.http().put('/api/reminders/setting').set(bearer(r.admin)).send({ enabledSince: bad });
      expect(res.status).toBe(400);
      expect(Object.keys(res.body.fields)).toEqual(['enabledSince']);
    }
    expect((await t.http().get('/api/reminders/setting').set(bearer(lead)).expect(200)).body).toEqual({ enabledSince: null });
    await t.http().put('/api/reminders/setting').set(bearer(r.admin)).send({ enabledSince: '2026-02-15' }).expect(200);
    expect((await t.http().get('/api/reminders/setting').set(bearer(lead)).expect(200)).body).toEqual({ enabledSince: '2026-02-15' });
  });

  it('reports the no-show rate per month before and after reminders were switched on, for the own organisation only', async () => {
    const r = await makeReminderCase(t, { on: false });
    const other = await makeReminderCase(t);
    const lead = await makeTeamLead(t, { organisationId: r.organisationId });
    // January: 1 of 4 missed; February (switched on the 10th): 1 of 5; another organisation's miss counts nowhere.
    const marks: Array<[string, 'attended' | 'no_show']> = [
      ['2026-01-05T09:00:00Z', 'attended'],
      ['2026-01-12T09:00:00Z', 'attended'],
      ['2026-01-19T09:00:00Z', 'attended'],
      ['2026-01-26T09:00:00Z', 'no_show'],
      ['2026-02-02T09:00:00Z', 'attended'],
      ['2026-02-09T09:00:00Z', 'attended'],
      ['2026-02-16T09:00:00Z', 'attended'],
      ['2026-02-23T09:00:00Z', 'attended'],
      ['2026-02-28T23:30:00Z', 'no_show'], // 1 March 00:30 in Amsterdam: March
    ];
    for (const [startsAt, status] of marks) await makeAppointment(t, r.worker, r.caseId, { startsAt, status });
    await makeAppointment(t, other.worker, other.caseId, { startsAt: '2026-01-05T09:00:00Z', status: 'no_show' });
    await t.http().put('/api/reminders/setting').set(bearer(r.admin)).send({ enabledSince: '2026-02-10' }).expect(200);
    const res = await t.http().get('/api/reminders/no-show-report?months=3').set(bearer(lead)).expect(200);
    expect(res.body).toEqual({
      enabledSince: '2026-02-10',
      months: [
        { month: '2026-01', attended: 3, noShow: 1, noShowPercent: 25, remindersOn: false },
        { month: '2026-02', attended: 4, noShow: 0, noShowPercent: 0, remindersOn: true },
        { month: '2026-03', attended: 0, noShow: 1, noShowPercent: 100, remindersOn: true },
      ],
      before: { attended: 3, noShow: 1, noShowPercent: 25 },
      after: { attended: 4, noShow: 1, noShowPercent: 20 },
    });
    expect((await t.http().get('/api/reminders/no-show-report').set(bearer(r.worker))).status).toBe(403);
    expect((await t.http().get('/api/reminders/no-show-report').set(bearer(r.client))).status).toBe(403);
    expect((await t.http().get('/api/reminders/no-show-report?months=0').set(bearer(lead))).status).toBe(400);
  });

  it('puts the number in the client’s data export, and an erasure of the whole client removes it with the SMS copies', async () => {
    const r = await makeReminderCase(t);
    const other = await makeReminderCase(t);
    await t.http().put('/api/reminders/contact').set(bearer(r.client)).send({ mobile: '0622222222', smsOptIn: true }).expect(200);
    await t.http().put('/api/reminders/contact').set(bearer(other.client)).send({ mobile: '0633333333', smsOptIn: true }).expect(200);
    await planAppointment(t, r, '2026-03-04T13:00:00.000Z');
    t.clock.set('2026-03-03T13:00:00Z');
    await runReminderJobs(t);
    const source = t.app
      .get(PersonalDataRegistry)
      .sources()
      .find((s) => s.section === 'reminders')!;
    expect(await source.collect(r.client.id)).toEqual({ mobile: '+31622222222', smsReminders: true });
    const eraser = t.app
      .get(PersonalDataEraserRegistry)
      .erasers()
      .find((e) => e.section === 'reminders')!;
    // A case-level erasure (retention) leaves the client's own choices alone.
    expect(await t.dataSource.transaction((db) => eraser.erase({ clientId: r.client.id, cases: [r.caseId] }, db))).toEqual({
      counts: { reminders: 0 },
    });
    expect(await eraser.inventory({ clientId: r.client.id, cases: 'all' })).toEqual({ reminders: 1 });
    expect(await t.dataSource.transaction((db) => eraser.erase({ clientId: r.client.id, cases: 'all' }, db))).toEqual({
      counts: { reminders: 1 },
    });
    expect(await source.collect(r.client.id)).toEqual({ mobile: null, smsReminders: false });
    expect(await t.dataSource.query(`SELECT 1 FROM outbox_sms WHERE to_number = '+31622222222'`)).toEqual([]);
    expect(await source.collect(other.client.id)).toEqual({ mobile: '+31633333333', smsReminders: true });
  });
});
