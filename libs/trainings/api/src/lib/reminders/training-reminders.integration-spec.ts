import { makeAdmin, makeClient } from '@nabij/identity/api/testing';
import { IdentityModule } from '@nabij/identity/api';
import { createTestApp, HOUR, makeOrganisation, TestAccount, TestApp } from '@nabij/platform/testing';
import { installCourse, InstalledCourse, TrainingsModule } from '../../index';
import { SLEEP_COURSE } from '../content/sleep-course';
import { TrainingRemindersService } from './training-reminders.service';

const DAY = 24 * HOUR;
const GOALS = ['Grenzen aangeven', 'Nee zeggen zonder uitleg'];
const START = '2026-03-02T09:00:00Z';

// Every test gets an organisation of its own with the course, a client enrolled in it and another
// client (see beforeEach), so each test runs alone (`jest -t`).
describe('training reminders', () => {
  let t: TestApp;
  let w: { course: InstalledCourse };
  let reminders: TrainingRemindersService;
  let enrolmentId: string;
  let sanne: TestAccount;
  let noor: TestAccount;
  let admin: TestAccount;
  /** Enrolments a test made: afterEach switches their reminders off (see there). */
  const made: Array<{ enrolmentId: string; who: TestAccount }> = [];
  const as = (who: () => TestAccount) => ({
    post: async (p: string, body?: object) => t.http().post(p).set('Authorization', `Bearer ${who().token}`).send(body),
    put: async (p: string, body?: object) => t.http().put(p).set('Authorization', `Bearer ${who().token}`).send(body),
  });
  const client = as(() => sanne);
  const other = as(() => noor);
  const mailsTo = async (to: string): Promise<Array<{ subject: string; text: string }>> =>
    t.dataSource.query(
      `SELECT subject, text FROM outbox_mail WHERE to_address = $1 AND subject = 'Je training wacht op je' ORDER BY created_at`,
      [to],
    );
  const enrol = async (who: TestAccount, trainingId: string) => {
    const res = await t
      .http()
      .post(`/api/trainings/${trainingId}/enrolments`)
      .set('Authorization', `Bearer ${who.token}`)
      .send({ mode: 'online', goals: GOALS });
    expect(res.status).toBe(201);
    made.push({ enrolmentId: res.body.id, who });
    return res.body.id as string;
  };

  beforeAll(async () => {
    t = await createTestApp({ imports: [IdentityModule, TrainingsModule] });
    reminders = t.app.get(TrainingRemindersService);
  });
  afterAll(() => t.close());

  beforeEach(async () => {
    t.clock.set(START);
    const org = await makeOrganisation(t);
    sanne = await makeClient(t, { organisationId: org.organisationId, financierId: org.financierId, name: 'Sanne de Vries' });
    noor = await makeClient(t, { organisationId: org.organisationId, financierId: org.financierId, name: 'Noor Yilmaz' });
    admin = await makeAdmin(t, { organisationId: org.organisationId });
    w = {
      course: await t.dataSource.transaction((db) =>
        installCourse(db, SLEEP_COURSE, { organisationId: org.organisationId, trainerId: null, now: t.clock.now() }),
      ),
    };
    enrolmentId = await enrol(sanne, w.course.trainingId);
  });

  // sendDue() looks at every enrolment in the database: a test's reminders must not be due in the
  // next test, so each test ends by switching them off, the way a client does.
  afterEach(async () => {
    for (const { enrolmentId: id, who } of made.splice(0)) {
      await t
        .http()
        .put(`/api/training-enrolments/${id}/reminders`)
        .set('Authorization', `Bearer ${who.token}`)
        .send({ enabled: false })
        .expect(200);
    }
  });

  /** Sanne turns weekly reminders on and gets the first one a week later. */
  const firstReminderSent = async () => {
    await client.put(`/api/training-enrolments/${enrolmentId}/reminders`, { enabled: true });
    t.clock.advance(7 * DAY);
    expect(await reminders.sendDue()).toBe(1);
  };

  it('sends nothing while reminders are off (the default), however long the client is away', async () => {
    await enrol(noor, w.course.trainingId);
    t.clock.advance(30 * DAY);
    expect(await reminders.sendDue()).toBe(0);
    expect(await mailsTo(sanne.email)).toEqual([]);
  });

  it('does not remind straight after the client turns reminders on, but one week later', async () => {
    expect((await client.put(`/api/training-enrolments/${enrolmentId}/reminders`, { enabled: true })).body.reminders).toEqual({
      enabled: true,
      frequency: 'weekly',
    });
    expect(await reminders.sendDue()).toBe(0);
    t.clock.advance(7 * DAY - HOUR);
    expect(await reminders.sendDue()).toBe(0);
    t.clock.advance(HOUR);
    expect(await reminders.sendDue()).toBe(1);
    const mails = await mailsTo(sanne.email);
    expect(mails).toHaveLength(1);
    expect(mails[0].text).toContain('Je training wacht op je');
    expect(mails[0].text).toMatch(/https?:\/\/\S+\/training\b/);
    // No content: no training title, no goals.
    expect(mails[0].text).not.toMatch(/Assertiviteit|Grenzen|Nee zeggen/);
    const [row] = await t.dataSource.query(`SELECT last_reminded_at FROM training_enrolment WHERE id = $1`, [enrolmentId]);
    expect(new Date(row.last_reminded_at)).toEqual(t.clock.now());
  });

  it('sends a due reminder once, even when run twice or by two instances at the same time', async () => {
    await firstReminderSent();
    expect(await reminders.sendDue()).toBe(0);
    t.clock.advance(7 * DAY);
    const [a, b] = await Promise.all([reminders.sendDue(), reminders.sendDue()]);
    expect(a + b).toBe(1);
    expect(await reminders.sendDue()).toBe(0);
    expect(await mailsTo(sanne.email)).toHaveLength(2);
  });

  it('counts from the last activity: a client who is busy with the training gets no nudge', async () => {
    await firstReminderSent();
    t.clock.advance(5 * DAY);
    await client
      .post(`/api/training-enrolments/${enrolmentId}/steps/${w.course.modules[0].stepIds[0]}/done`)
      .then((r) => expect(r.status).toBe(200));
    t.clock.advance(5 * DAY);
    expect(await reminders.sendDue()).toBe(0);
    t.clock.advance(2 * DAY);
    expect(await reminders.sendDue()).toBe(1);
  });

  it('follows twice a week (every 3.5 days) when the client chose that', async () => {
    await firstReminderSent();
    await client.put(`/api/training-enrolments/${enrolmentId}/reminders`, { enabled: true, frequency: 'twice_weekly' });
    t.clock.advance(84 * HOUR - HOUR);
    expect(await reminders.sendDue()).toBe(0);
    t.clock.advance(HOUR);
    expect(await reminders.sendDue()).toBe(1);
  });

  it('stops as soon as the client turns reminders off', async () => {
    await firstReminderSent();
    const before = (await mailsTo(sanne.email)).length;
    expect((await client.put(`/api/training-enrolments/${enrolmentId}/reminders`, { enabled: false })).status).toBe(200);
    t.clock.advance(30 * DAY);
    expect(await reminders.sendDue()).toBe(0);
    expect(await mailsTo(sanne.email)).toHaveLength(before);
    expect(await mailsTo(noor.email)).toEqual([]);
  });

  it('sends nothing for a finished training', async () => {
    const asAdmin = { Authorization: `Bearer ${admin.token}` };
    const created = await t
      .http()
      .post('/api/trainings')
      .set(asAdmin)
      .send({ title: 'Korte training', summary: 'Eén stap.', kind: 'self_help', published: true });
    const withModule = await t.http().post(`/api/trainings/${created.body.id}/modules`).set(asAdmin).send({ title: 'Alles in één' });
    const full = await t
      .http()
      .post(`/api/training-modules/${withModule.body.modules[0].id}/steps`)
      .set(asAdmin)
      .send({ kind: 'text', title: 'Lezen', content: { body: 'Kort stukje.' } });
    expect(full.status).toBe(201);
    const stepId = full.body.modules[0].steps[0].id;
    const enrolment = await enrol(noor, created.body.id);
    await other.put(`/api/training-enrolments/${enrolment}/reminders`, { enabled: true });
    expect((await other.post(`/api/training-enrolments/${enrolment}/steps/${stepId}/done`)).status).toBe(200);
    t.clock.advance(8 * DAY);
    expect(await reminders.sendDue()).toBe(0);
    expect(await mailsTo(noor.email)).toEqual([]);
    // Considered once, then left alone for an interval instead of every 15 minutes.
    const [row] = await t.dataSource.query(`SELECT last_reminded_at FROM training_enrolment WHERE id = $1`, [enrolment]);
    expect(row.last_reminded_at).not.toBeNull();
  });
});
