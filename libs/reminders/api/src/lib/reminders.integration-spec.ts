import { JOBS_SCHEMA, JobsService } from '@nabij/platform/api';
import { bearer, TestApp } from '@nabij/platform/testing';
import { REMINDER_SEND_JOB } from './planning/reminders.service';
import {
  createRemindersTestApp,
  handleChanges,
  mailsTo,
  makeReminderCase,
  planAppointment,
  runReminderJobs,
} from './testing/reminders-test-app';

jest.setTimeout(120_000);

/**
 * Reminders 24 h and 2 h before an appointment, by the test clock: sent at their time and once,
 * never after a cancellation, at the new times after a move.
 * The appointment of most tests: Wednesday 4 March 2026, 13:00 UTC = 14:00 in Amsterdam.
 */
describe('appointment reminders', () => {
  let t: TestApp;
  const STARTS = '2026-03-04T13:00:00.000Z';
  const reminders = (appointmentId: string) =>
    t.dataSource.query(
      `SELECT r.slot, r.state, r.due_at, r.starts_at, j.start_after AS job_start, j.state AS job_state, j.singleton_key
         FROM appointment_reminder r LEFT JOIN ${JOBS_SCHEMA}.job j ON j.id = r.job_id
        WHERE r.appointment_id = $1 ORDER BY r.due_at`,
      [appointmentId],
    );

  beforeAll(async () => {
    t = await createRemindersTestApp();
  });
  beforeEach(() => t.clock.set('2026-03-02T09:00:00Z'));
  afterAll(() => t?.close());

  it('plans a 24-hour and a 2-hour reminder, each a pg-boss job that starts at its time', async () => {
    const r = await makeReminderCase(t);
    const id = await planAppointment(t, r, STARTS);
    const rows = await reminders(id);
    expect(rows.map((x: { slot: string; state: string; due_at: Date }) => [x.slot, x.state, x.due_at.toISOString()])).toEqual([
      ['24h', 'scheduled', '2026-03-03T13:00:00.000Z'],
      ['2h', 'scheduled', '2026-03-04T11:00:00.000Z'],
    ]);
    for (const row of rows) {
      expect(new Date(row.job_start).toISOString()).toBe(row.due_at.toISOString());
      expect(row.job_state).toBe('created');
    }
  });

  it('mails each reminder once at its time, with only the day and the time', async () => {
    const r = await makeReminderCase(t);
    await planAppointment(t, r, STARTS);
    t.clock.set('2026-03-03T12:59:00Z');
    await runReminderJobs(t);
    expect(await mailsTo(t, r.client.email)).toEqual([]);

    t.clock.set('2026-03-03T13:00:00Z');
    await runReminderJobs(t);
    await runReminderJobs(t);
    let mails = await mailsTo(t, r.client.email);
    expect(mails).toHaveLength(1);
    expect(mails[0].text).toContain('Je hebt morgen om 14:00 een afspraak. Kijk in Nabij.');
    for (const secret of [r.worker.name!, r.client.name!, r.caseId]) expect(JSON.stringify(mails[0])).not.toContain(secret);

    t.clock.set('2026-03-04T10:59:00Z');
    await runReminderJobs(t);
    expect(await mailsTo(t, r.client.email)).toHaveLength(1);
    t.clock.set('2026-03-04T11:00:00Z');
    await runReminderJobs(t);
    t.clock.set('2026-03-04T12:00:00Z');
    await runReminderJobs(t);
    mails = await mailsTo(t, r.client.email);
    expect(mails).toHaveLength(2);
    expect(mails[1].text).toContain('Je hebt vandaag om 14:00 een afspraak. Kijk in Nabij.');
  });

  it('sends the reminder from its own job when that job runs at its time', async () => {
    const r = await makeReminderCase(t);
    await planAppointment(t, r, STARTS);
    t.clock.set('2026-03-03T13:00:00Z');
    // Only the job (no sweep): pg-boss hands it out once its start_after has passed.
    await t.app.get(JobsService).drain([REMINDER_SEND_JOB]);
    expect(await mailsTo(t, r.client.email)).toHaveLength(1);
  });

  it('also sends an SMS, content-free, when the client gave a mobile number and opted in', async () => {
    const r = await makeReminderCase(t);
    const other = await makeReminderCase(t);
    await t.http().put('/api/reminders/contact').set(bearer(r.client)).send({ mobile: '06-1234 5678', smsOptIn: true }).expect(200);
    await t.http().put('/api/reminders/contact').set(bearer(other.client)).send({ mobile: '0687654321', smsOptIn: false }).expect(200);
    await planAppointment(t, r, STARTS);
    await planAppointment(t, other, STARTS);
    t.clock.set('2026-03-03T13:00:00Z');
    await runReminderJobs(t);
    const sms = await t.dataSource.query(`SELECT to_number, text FROM outbox_sms WHERE to_number IN ('+31612345678', '+31687654321')`);
    expect(sms).toEqual([{ to_number: '+31612345678', text: 'Je hebt morgen om 14:00 een afspraak. Kijk in Nabij.' }]);
  });

  it('writes to a client who reads Turkish in Turkish: the mail with the Dutch text below, the SMS in Turkish only', async () => {
    const r = await makeReminderCase(t, { language: 'tr' });
    await t.http().put('/api/reminders/contact').set(bearer(r.client)).send({ mobile: '0655555555', smsOptIn: true }).expect(200);
    await planAppointment(t, r, STARTS);
    t.clock.set('2026-03-03T13:00:00Z');
    await runReminderJobs(t);
    const [mail] = await mailsTo(t, r.client.email);
    expect(mail.subject).toBe('Hatırlatma: bir randevunuz var / Herinnering: je hebt een afspraak');
    const turkish = mail.text.indexOf('Randevunuz var: yarın saat 14:00.');
    const dutch = mail.text.indexOf('Je hebt morgen om 14:00 een afspraak. Kijk in Nabij.');
    expect(turkish).toBe(0);
    expect(dutch).toBeGreaterThan(turkish);
    const sms = await t.dataSource.query(`SELECT text FROM outbox_sms WHERE to_number = '+31655555555'`);
    expect(sms).toEqual([{ text: "Randevunuz var: yarın saat 14:00. Nabij'e bakın." }]);
  });

  it('sends nothing after the client cancelled, and cancels the reminder jobs', async () => {
    const r = await makeReminderCase(t);
    const id = await planAppointment(t, r, STARTS);
    await t
      .http()
      .post(`/api/dossier/cases/${r.caseId}/appointments/${id}/cancel`)
      .set(bearer(r.client))
      .send({ reason: 'Ik moet die dag werken.' })
      .expect(200);
    await handleChanges(t);
    const rows = await reminders(id);
    expect(rows.map((x: { state: string; job_state: string }) => [x.state, x.job_state])).toEqual([
      ['cancelled', 'cancelled'],
      ['cancelled', 'cancelled'],
    ]);
    for (const at of ['2026-03-03T13:00:00Z', '2026-03-04T11:00:00Z']) {
      t.clock.set(at);
      await runReminderJobs(t);
    }
    expect(await mailsTo(t, r.client.email)).toEqual([]);
  });

  it('reminds at the new times after the worker moved the appointment, not at the old ones', async () => {
    const r = await makeReminderCase(t);
    const id = await planAppointment(t, r, STARTS);
    await t
      .http()
      .patch(`/api/dossier/cases/${r.caseId}/appointments/${id}`)
      .set(bearer(r.worker))
      .send({ startsAt: '2026-03-06T08:30:00.000Z' })
      .expect(200);
    await handleChanges(t);
    const rows = await reminders(id);
    expect(rows.map((x: { slot: string; state: string; due_at: Date }) => [x.slot, x.state, x.due_at.toISOString()])).toEqual([
      ['24h', 'cancelled', '2026-03-03T13:00:00.000Z'],
      ['2h', 'cancelled', '2026-03-04T11:00:00.000Z'],
      ['24h', 'scheduled', '2026-03-05T08:30:00.000Z'],
      ['2h', 'scheduled', '2026-03-06T06:30:00.000Z'],
    ]);
    for (const at of ['2026-03-03T13:00:00Z', '2026-03-04T11:00:00Z']) {
      t.clock.set(at);
      await runReminderJobs(t);
    }
    expect(await mailsTo(t, r.client.email)).toEqual([]);
    t.clock.set('2026-03-05T08:30:00Z');
    await runReminderJobs(t);
    const mails = await mailsTo(t, r.client.email);
    expect(mails).toHaveLength(1);
    expect(mails[0].text).toContain('Je hebt morgen om 09:30 een afspraak.');
  });

  it('plans no reminder whose time has passed, and none while the organisation has them off', async () => {
    const r = await makeReminderCase(t);
    // In 3 hours: only the 2-hour reminder.
    const soon = await planAppointment(t, r, '2026-03-02T12:00:00.000Z');
    expect((await reminders(soon)).map((x: { slot: string }) => x.slot)).toEqual(['2h']);
    const off = await makeReminderCase(t, { on: false });
    const id = await planAppointment(t, off, STARTS);
    expect(await reminders(id)).toEqual([]);
    t.clock.set('2026-03-03T13:00:00Z');
    await runReminderJobs(t);
    expect(await mailsTo(t, off.client.email)).toEqual([]);
  });

  it('switching reminders on plans them for the appointments already planned', async () => {
    const r = await makeReminderCase(t, { on: false });
    const id = await planAppointment(t, r, STARTS);
    await t.http().put('/api/reminders/setting').set(bearer(r.admin)).send({ enabledSince: '2026-03-02' }).expect(200);
    await handleChanges(t);
    expect((await reminders(id)).map((x: { slot: string; state: string }) => [x.slot, x.state])).toEqual([
      ['24h', 'scheduled'],
      ['2h', 'scheduled'],
    ]);
    await t.http().put('/api/reminders/setting').set(bearer(r.admin)).send({ enabledSince: null }).expect(200);
    await handleChanges(t);
    expect((await reminders(id)).map((x: { state: string }) => x.state)).toEqual(['cancelled', 'cancelled']);
  });

  it('does not mail the 2-hour reminder of a video call, which the video notice covers, but still sends its SMS', async () => {
    const r = await makeReminderCase(t);
    await t.http().put('/api/reminders/contact').set(bearer(r.client)).send({ mobile: '0644444444', smsOptIn: true }).expect(200);
    await planAppointment(t, r, STARTS, 'video');
    for (const at of ['2026-03-03T13:00:00Z', '2026-03-04T11:00:00Z']) {
      t.clock.set(at);
      await runReminderJobs(t);
    }
    expect((await mailsTo(t, r.client.email)).map((m) => m.text.split('\n')[0])).toEqual([
      'Je hebt morgen om 14:00 een afspraak. Kijk in Nabij.',
    ]);
    const sms = await t.dataSource.query(`SELECT text FROM outbox_sms WHERE to_number = '+31644444444' ORDER BY created_at`);
    expect(sms.map((x: { text: string }) => x.text)).toEqual([
      'Je hebt morgen om 14:00 een afspraak. Kijk in Nabij.',
      'Je hebt vandaag om 14:00 een afspraak. Kijk in Nabij.',
    ]);
  });
});
