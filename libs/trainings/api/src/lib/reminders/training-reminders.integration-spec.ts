import { DEMO_PASSWORD, DemoModule, DemoSeedService } from '@nabij/demo/api';
import { IdentityModule } from '@nabij/identity/api';
import { createTestApp, HOUR, TestApp } from '@nabij/platform/testing';
import { TrainingsModule } from '../../index';
import { buildTrainingsWorld, TrainingsWorld } from '../trainings-test-fixtures';
import { TrainingRemindersService } from './training-reminders.service';

const DAY = 24 * HOUR;
const GOALS = ['Grenzen aangeven', 'Nee zeggen zonder uitleg'];

describe('training reminders', () => {
  let t: TestApp;
  let w: TrainingsWorld;
  let reminders: TrainingRemindersService;
  let enrolmentId: string;
  // Logs in per call: the fixed clock moves days ahead in these tests.
  const as = (email: string) => {
    const token = () => t.login(email, DEMO_PASSWORD);
    return {
      post: async (p: string, body?: object) => t.http().post(p).set('Authorization', `Bearer ${await token()}`).send(body),
      put: async (p: string, body?: object) => t.http().put(p).set('Authorization', `Bearer ${await token()}`).send(body),
    };
  };
  const client = as('client@demo.nabij.nl');
  const other = as('other.client@trainings.test');
  const mailsTo = async (to: string): Promise<Array<{ subject: string; text: string }>> =>
    t.dataSource.query(`SELECT subject, text FROM outbox_mail WHERE to_address = $1 AND subject = 'Je training wacht op je' ORDER BY created_at`, [to]);

  beforeAll(async () => {
    t = await createTestApp({ imports: [IdentityModule, DemoModule, TrainingsModule] });
    await t.app.get(DemoSeedService).seedOnce();
    w = await buildTrainingsWorld(t.dataSource, t.clock.now());
    reminders = t.app.get(TrainingRemindersService);
    const res = await client.post(`/api/trainings/${w.course.trainingId}/enrolments`, { mode: 'online', goals: GOALS });
    expect(res.status).toBe(201);
    enrolmentId = res.body.id;
  }, 60_000);
  afterAll(() => t.close());

  it('sends nothing while reminders are off (the default), however long the client is away', async () => {
    expect((await other.post(`/api/trainings/${w.course.trainingId}/enrolments`, { mode: 'online', goals: GOALS })).status).toBe(201);
    t.clock.advance(30 * DAY);
    expect(await reminders.sendDue()).toBe(0);
    expect(await mailsTo('client@demo.nabij.nl')).toEqual([]);
  });

  it('does not remind straight after the client turns reminders on, but one week later', async () => {
    expect((await client.put(`/api/training-enrolments/${enrolmentId}/reminders`, { enabled: true })).body.reminders).toEqual({ enabled: true, frequency: 'weekly' });
    expect(await reminders.sendDue()).toBe(0);
    t.clock.advance(7 * DAY - HOUR);
    expect(await reminders.sendDue()).toBe(0);
    t.clock.advance(HOUR);
    expect(await reminders.sendDue()).toBe(1);
    const mails = await mailsTo('client@demo.nabij.nl');
    expect(mails).toHaveLength(1);
    expect(mails[0].text).toContain('Je training wacht op je');
    expect(mails[0].text).toMatch(/https?:\/\/\S+\/training\b/);
    // No content: no training title, no goals.
    expect(mails[0].text).not.toMatch(/Assertiviteit|Grenzen|Nee zeggen/);
    const [row] = await t.dataSource.query(`SELECT last_reminded_at FROM training_enrolment WHERE id = $1`, [enrolmentId]);
    expect(new Date(row.last_reminded_at)).toEqual(t.clock.now());
  });

  it('sends a due reminder once, even when run twice or by two instances at the same time', async () => {
    expect(await reminders.sendDue()).toBe(0);
    t.clock.advance(7 * DAY);
    const [a, b] = await Promise.all([reminders.sendDue(), reminders.sendDue()]);
    expect(a + b).toBe(1);
    expect(await reminders.sendDue()).toBe(0);
    expect(await mailsTo('client@demo.nabij.nl')).toHaveLength(2);
  });

  it('counts from the last activity: a client who is busy with the training gets no nudge', async () => {
    t.clock.advance(5 * DAY);
    await client.post(`/api/training-enrolments/${enrolmentId}/steps/${w.course.modules[0].stepIds[0]}/done`).then((r) => expect(r.status).toBe(200));
    t.clock.advance(5 * DAY);
    expect(await reminders.sendDue()).toBe(0);
    t.clock.advance(2 * DAY);
    expect(await reminders.sendDue()).toBe(1);
  });

  it('follows twice a week (every 3.5 days) when the client chose that', async () => {
    await client.put(`/api/training-enrolments/${enrolmentId}/reminders`, { enabled: true, frequency: 'twice_weekly' });
    t.clock.advance(84 * HOUR - HOUR);
    expect(await reminders.sendDue()).toBe(0);
    t.clock.advance(HOUR);
    expect(await reminders.sendDue()).toBe(1);
  });

  it('stops as soon as the client turns reminders off', async () => {
    const before = (await mailsTo('client@demo.nabij.nl')).length;
    expect((await client.put(`/api/training-enrolments/${enrolmentId}/reminders`, { enabled: false })).status).toBe(200);
    t.clock.advance(30 * DAY);
    expect(await reminders.sendDue()).toBe(0);
    expect(await mailsTo('client@demo.nabij.nl')).toHaveLength(before);
    expect(await mailsTo('other.client@trainings.test')).toEqual([]);
  });

  it('sends nothing for a finished training', async () => {
    const admin = await t.login('admin@demo.nabij.nl', DEMO_PASSWORD);
    const created = await t.http().post('/api/trainings').set('Authorization', `Bearer ${admin}`).send({ title: 'Korte training', summary: 'Eén stap.', published: true });
    const withModule = await t.http().post(`/api/trainings/${created.body.id}/modules`).set('Authorization', `Bearer ${admin}`).send({ title: 'Alles in één' });
    const full = await t.http().post(`/api/training-modules/${withModule.body.modules[0].id}/steps`).set('Authorization', `Bearer ${admin}`).send({ kind: 'text', title: 'Lezen', content: { body: 'Kort stukje.' } });
    expect(full.status).toBe(201);
    const stepId = full.body.modules[0].steps[0].id;
    const enrolment = (await other.post(`/api/trainings/${created.body.id}/enrolments`, { mode: 'online', goals: GOALS })).body.id;
    await other.put(`/api/training-enrolments/${enrolment}/reminders`, { enabled: true });
    expect((await other.post(`/api/training-enrolments/${enrolment}/steps/${stepId}/done`)).status).toBe(200);
    t.clock.advance(8 * DAY);
    expect(await reminders.sendDue()).toBe(0);
    expect(await mailsTo('other.client@trainings.test')).toEqual([]);
    // Considered once, then left alone for an interval instead of every 15 minutes.
    const [row] = await t.dataSource.query(`SELECT last_reminded_at FROM training_enrolment WHERE id = $1`, [enrolment]);
    expect(row.last_reminded_at).not.toBeNull();
  });
});
