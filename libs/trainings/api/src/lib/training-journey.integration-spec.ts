import { DossierModule } from '@nabij/dossier/api';
import { makeCase } from '@nabij/dossier/api/testing';
import { IdentityModule } from '@nabij/identity/api';
import { makeClient, makeWorker } from '@nabij/identity/api/testing';
import { createTestApp, HOUR, makeOrganisation, TestApp } from '@nabij/platform/testing';
import { ASSERTIVENESS_COURSE, installCourse, InstalledCourse, TrainingsModule } from '../index';
import { DIARY, MODULE_1_ANSWERS } from './trainings-test-fixtures';

const START = '2026-03-02T09:00:00Z';

// Every test gets an organisation of its own (see beforeEach) and walks the journey up to the point
// it is about, so each test runs alone (`jest -t`) and sees only its own client's tasks and mails.
describe('a client takes the assertiveness training', () => {
  let t: TestApp;
  let w: { course: InstalledCourse; ids: { client: string; worker: string }; clientEmail: string };
  let client: string;
  let worker: string;
  let enrolmentId: string;
  let caseId: string;
  const as = (token: string) => ({
    get: (p: string) => t.http().get(p).set('Authorization', `Bearer ${token}`),
    post: (p: string, body?: object) => t.http().post(p).set('Authorization', `Bearer ${token}`).send(body),
    put: (p: string, body?: object) => t.http().put(p).set('Authorization', `Bearer ${token}`).send(body),
  });
  const module = (i: number) => w.course.modules[i];
  const base = () => `/api/training-enrolments/${enrolmentId}`;

  beforeAll(async () => {
    t = await createTestApp({ imports: [IdentityModule, DossierModule, TrainingsModule] });
  });
  afterAll(() => t.close());

  // Youssef is the trainer of the course and Sanne's worker; Sanne has an open case with him.
  beforeEach(async () => {
    t.clock.set(START);
    const org = await makeOrganisation(t);
    const trainer = await makeWorker(t, { organisationId: org.organisationId, teamId: org.teamId, name: 'Youssef Amrani' });
    const sanne = await makeClient(t, { organisationId: org.organisationId, financierId: org.financierId, name: 'Sanne de Vries' });
    const course = await t.dataSource.transaction((db) =>
      installCourse(db, ASSERTIVENESS_COURSE, { organisationId: org.organisationId, trainerId: trainer.id, now: t.clock.now() }),
    );
    w = { course, ids: { client: sanne.id, worker: trainer.id }, clientEmail: sanne.email };
    caseId = (await makeCase(t, { worker: trainer, clientId: sanne.id, kindOfWork: 'hulp_online', openedOn: '2026-02-01' })).id;
    client = sanne.token;
    worker = trainer.token;
  });

  // The journey so far, step by step, through the API as the client and the trainer use it.
  // A guided course: the trainer, who has the client's case, enrols them.
  const enrol = async () => {
    const res = await as(worker)
      .post(`/api/trainings/${w.course.trainingId}/enrolments`, {
        mode: 'blended',
        goals: ['Grenzen aangeven', 'Standvastig blijven zonder schuldgevoel'],
        clientId: w.ids.client,
      })
      .expect(201);
    enrolmentId = res.body.id;
  };
  const takeSelfTest = () =>
    as(client)
      .post(`${base()}/steps/${module(0).stepIds[2]}/self-test`, { answers: { q1: 'c', q2: 'b', q3: 4, q4: 2 } })
      .expect(200);
  /** Module 1 read, watched and self-tested, its diary handed in; answers the submission id. */
  const handInModule1 = async (): Promise<string> => {
    await enrol();
    await takeSelfTest();
    await as(client)
      .post(`${base()}/steps/${module(0).stepIds[0]}/done`)
      .expect(200);
    await as(client)
      .post(`${base()}/steps/${module(0).stepIds[1]}/done`)
      .expect(200);
    return (
      await as(client)
        .put(`${base()}/steps/${module(0).stepIds[3]}/homework`, { answers: MODULE_1_ANSWERS })
        .expect(200)
    ).body.id;
  };
  /** The trainer asked for more, and the client handed in revision 2. */
  const returnedAndHandedInAgain = async () => {
    const submissionId = await handInModule1();
    await as(worker)
      .post(`/api/training-submissions/${submissionId}/return`, {
        feedback: 'Mooi begin! Kun je bij "Wat voelde je?" vertellen wat je lijf deed?',
      })
      .expect(200);
    await as(client)
      .put(`${base()}/steps/${module(0).stepIds[3]}/homework`, {
        answers: { ...MODULE_1_ANSWERS, feelings: 'Gespannen. Mijn buik trok samen en ik keek naar de grond.' },
      })
      .expect(200);
  };

  it('lists the course in the catalogue with its modules and goal examples', async () => {
    const list = await as(client).get('/api/trainings');
    expect(list.status).toBe(200);
    const course = list.body.find((c: { id: string }) => c.id === w.course.trainingId);
    expect(course).toMatchObject({ title: 'Assertiviteit: voor jezelf opkomen', moduleCount: 8, myEnrolmentId: null });
    expect(course.goalExamples).toContain('Grenzen aangeven');
    const outline = await as(client).get(`/api/trainings/${w.course.trainingId}`);
    expect(outline.body.modules.map((m: { requiresFeedback: boolean }) => m.requiresFeedback)).toEqual([
      true,
      false,
      true,
      false,
      true,
      false,
      false,
      true,
    ]);
  });

  it.each([
    [{ mode: 'online', goals: ['Grenzen aangeven'] }, 'goals'],
    [{ mode: 'online', goals: ['Een', 'Twee doel', 'Drie doel', 'Vier doel'] }, 'goals'],
    [{ mode: 'online', goals: ['Grenzen aangeven', '  '] }, 'goals'],
    [{ mode: 'online', goals: ['Grenzen aangeven', 'grenzen aangeven'] }, 'goals'],
    [{ mode: 'sometimes', goals: ['Grenzen aangeven', 'Nee zeggen'] }, 'mode'],
    [{ mode: 'online', goals: ['Grenzen aangeven', 'x'.repeat(301)] }, 'goals'],
  ])('refuses enrolment %j with 400 naming %s', async (body, field) => {
    const res = await as(client).post(`/api/trainings/${w.course.trainingId}/enrolments`, body);
    expect(res.status).toBe(400);
    expect(Object.keys(res.body.fields)).toContain(field);
  });

  it('enrols the client with 2–3 goals, reminders off, and refuses a second enrolment', async () => {
    const res = await as(worker).post(`/api/trainings/${w.course.trainingId}/enrolments`, {
      mode: 'blended',
      goals: ['Grenzen aangeven', 'Standvastig blijven zonder schuldgevoel'],
      clientId: w.ids.client,
    });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ mode: 'blended', clientId: w.ids.client, reminders: { enabled: false, frequency: 'weekly' } });
    enrolmentId = res.body.id;
    const again = await as(worker).post(`/api/trainings/${w.course.trainingId}/enrolments`, {
      mode: 'online',
      goals: ['Een doel', 'Nog een doel'],
      clientId: w.ids.client,
    });
    expect(again.status).toBe(409);
    expect((await as(client).get('/api/training-enrolments/mine')).body.map((e: { id: string }) => e.id)).toEqual([enrolmentId]);
  });

  it('shows progress: module 1 open, the rest locked, goals and the first step as next', async () => {
    await enrol();
    const res = await as(client).get(`${base()}/progress`);
    expect(res.status).toBe(200);
    expect(res.body.modules.map((m: { status: string }) => m.status)).toEqual(['open', ...Array(7).fill('locked')]);
    expect(res.body.enrolment.goals).toEqual(['Grenzen aangeven', 'Standvastig blijven zonder schuldgevoel']);
    expect(res.body.nextStep).toMatchObject({ moduleId: module(0).id, stepId: module(0).stepIds[0], kind: 'text' });
    expect(res.body).toMatchObject({ modulesDone: 0, modulesTotal: 8, finished: false, waitingForFeedback: [] });
  });

  it('refuses to open a locked module or take homework for it with 409', async () => {
    await enrol();
    expect((await as(client).get(`${base()}/modules/${module(1).id}`)).status).toBe(409);
    expect((await as(client).put(`${base()}/steps/${module(1).stepIds[3]}/homework`, { answers: DIARY })).status).toBe(409);
    expect((await as(client).post(`${base()}/steps/${module(1).stepIds[0]}/done`)).status).toBe(409);
  });

  it('reads module 1 with its steps, without the self-test points', async () => {
    await enrol();
    const res = await as(client).get(`${base()}/modules/${module(0).id}`);
    expect(res.status).toBe(200);
    expect(res.body.steps.map((s: { kind: string }) => s.kind)).toEqual(['text', 'video', 'self_test', 'assignment']);
    expect(res.body.steps[0].content.body).toContain('## Wat is assertief?');
    expect(JSON.stringify(res.body.steps[2].content)).not.toContain('points');
    expect(res.body.steps[3].content.type).toBe('diary');
  });

  it('scores the self-test on the server and names missing answers', async () => {
    await enrol();
    const url = `${base()}/steps/${module(0).stepIds[2]}/self-test`;
    const missing = await as(client).post(url, { answers: { q1: 'c' } });
    expect(missing.status).toBe(400);
    expect(Object.keys(missing.body.fields).sort()).toEqual(['answers.q2', 'answers.q3', 'answers.q4']);
    // q1 assertive (2) + q2 assertive (2) + scale 4 → 3 + reversed scale 2 → 3 = 10 of 12: the top band.
    const res = await as(client).post(url, { answers: { q1: 'c', q2: 'b', q3: 4, q4: 2 } });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ score: 10, maxScore: 12, title: 'Je bent al aardig assertief' });
    const low = await as(client).post(url, { answers: { q1: 'a', q2: 'a', q3: 1, q4: 5 } });
    expect(low.body).toMatchObject({ score: 0, title: 'Je denkt vaak eerst aan een ander' });
  });

  it('refuses empty, oversized and unknown homework answers with 400 naming the fields', async () => {
    await enrol();
    const url = `${base()}/steps/${module(0).stepIds[3]}/homework`;
    const empty = await as(client).put(url, { answers: { situation: '', thoughts: '   ' } });
    expect(empty.status).toBe(400);
    expect(Object.keys(empty.body.fields).sort()).toEqual([
      'answers.actions',
      'answers.feelings',
      'answers.situation',
      'answers.thoughts',
      'answers.wish',
    ]);
    const big = await as(client).put(url, { answers: { ...MODULE_1_ANSWERS, wish: 'a'.repeat(4001), hacked: 'x' } });
    expect(Object.keys(big.body.fields).sort()).toEqual(['answers.hacked', 'answers.wish']);
    expect((await as(client).put(url, {})).body.fields).toHaveProperty('answers');
  });

  it('turns submitted homework into a trainer task and a homework contact in the open case', async () => {
    await enrol();
    await takeSelfTest();
    await as(client)
      .post(`${base()}/steps/${module(0).stepIds[0]}/done`)
      .expect(200);
    await as(client)
      .post(`${base()}/steps/${module(0).stepIds[1]}/done`)
      .expect(200);
    const res = await as(client).put(`${base()}/steps/${module(0).stepIds[3]}/homework`, { answers: MODULE_1_ANSWERS });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ status: 'submitted', revision: 1, feedback: null, moduleId: module(0).id });

    const progress = await as(client).get(`${base()}/progress`);
    expect(progress.body.modules.slice(0, 2).map((m: { status: string }) => m.status)).toEqual(['waiting_for_feedback', 'locked']);
    expect(progress.body.waitingForFeedback).toHaveLength(1);
    expect(progress.body.nextStep).toBeNull();

    const [contact] = await t.dataSource.query(`SELECT * FROM training_homework_contact WHERE submission_id = $1`, [res.body.id]);
    expect(contact).toMatchObject({ case_id: caseId, client_id: w.ids.client, worker_id: null, answered_at: null });

    t.clock.advance(26 * HOUR);
    const tasks = await as(worker).get('/api/trainer/training-tasks');
    expect(tasks.status).toBe(200);
    expect(tasks.body).toEqual([
      expect.objectContaining({
        submissionId: res.body.id,
        clientName: 'Sanne de Vries',
        waitingHours: 26,
        unlocksNextModule: true,
        moduleTitle: 'Wat is assertief?',
      }),
    ]);
  });

  it('lets the trainer return homework for more work; the client improves it and hands it in again', async () => {
    await handInModule1();
    const [task] = (await as(worker).get('/api/trainer/training-tasks')).body;
    const back = await as(worker).post(`/api/training-submissions/${task.submissionId}/return`, {
      feedback: 'Mooi begin! Kun je bij "Wat voelde je?" vertellen wat je lijf deed?',
    });
    expect(back.status).toBe(200);
    expect(back.body.status).toBe('returned');
    expect((await as(worker).get('/api/trainer/training-tasks')).body).toEqual([]);
    const progress = await as(client).get(`${base()}/progress`);
    expect(progress.body.modules[0].status).toBe('returned');
    expect(progress.body.nextStep).toMatchObject({ stepId: module(0).stepIds[3] });
    const seen = await as(client).get(`/api/training-submissions/${task.submissionId}`);
    expect(seen.body).toMatchObject({ status: 'returned', feedback: expect.stringContaining('Mooi begin') });
    expect((await as(worker).post(`/api/training-submissions/${task.submissionId}/feedback`, { feedback: 'Nog een keer' })).status).toBe(
      409,
    );

    const again = await as(client).put(`${base()}/steps/${module(0).stepIds[3]}/homework`, {
      answers: { ...MODULE_1_ANSWERS, feelings: 'Gespannen. Mijn buik trok samen en ik keek naar de grond.' },
    });
    expect(again.body).toMatchObject({ status: 'submitted', revision: 2 });
    const contacts = await t.dataSource.query(
      `SELECT revision, outcome FROM training_homework_contact WHERE submission_id = $1 ORDER BY revision`,
      [task.submissionId],
    );
    expect(contacts).toEqual([
      { revision: 1, outcome: 'returned' },
      { revision: 2, outcome: null },
    ]);
  });

  it("mails the returned homework in the client's language, Dutch below, still without content", async () => {
    await t.dataSource.query(`UPDATE account SET language = 'tr' WHERE id = $1`, [w.ids.client]);
    await handInModule1();
    const [task] = (await as(worker).get('/api/trainer/training-tasks')).body;
    await as(worker)
      .post(`/api/training-submissions/${task.submissionId}/return`, { feedback: 'Kun je vertellen wat je lijf deed?' })
      .expect(200);
    const [mail]: Array<{ subject: string; text: string }> = await t.dataSource.query(
      `SELECT subject, text FROM outbox_mail WHERE to_address = $1`,
      [w.clientEmail],
    );
    expect(mail.subject).toBe('Eğitmeniniz sizden bir şey eklemenizi istiyor / Je trainer vraagt je iets aan te vullen');
    const [turkish, dutch] = mail.text.split('\n---\n');
    expect(turkish).toContain('Eğitmeniniz ödevinizi okudu');
    expect(dutch).toContain('Je trainer heeft je huiswerk gelezen en vraagt je om er nog wat aan te doen.');
    expect(mail.text).not.toContain('lijf');
  });

  it('gives feedback, notifies the client without content, opens module 2, and freezes the homework', async () => {
    await returnedAndHandedInAgain();
    const [task] = (await as(worker).get('/api/trainer/training-tasks')).body;
    const res = await as(worker).post(`/api/training-submissions/${task.submissionId}/feedback`, {
      feedback: 'Wat goed dat je je lijf al opmerkt! Bij wie vind jij nee zeggen het moeilijkst?',
    });
    expect(res.status).toBe(200);
    expect(res.body.status).toBe('feedback_given');

    const mails: Array<{ subject: string; text: string }> = await t.dataSource.query(
      `SELECT subject, text FROM outbox_mail WHERE to_address = $1`,
      [w.clientEmail],
    );
    expect(mails.map((m) => m.subject).sort()).toEqual([
      'Je trainer heeft gereageerd op je huiswerk',
      'Je trainer vraagt je iets aan te vullen',
    ]);
    expect(mails.map((m) => m.text).join()).not.toMatch(/lijf|nee zeggen/);

    const progress = await as(client).get(`${base()}/progress`);
    expect(progress.body.modules.slice(0, 3).map((m: { status: string }) => m.status)).toEqual(['done', 'open', 'locked']);
    expect(progress.body.modulesDone).toBe(1);
    expect((await as(client).get(`${base()}/modules/${module(1).id}`)).status).toBe(200);

    const edit = await as(client).put(`${base()}/steps/${module(0).stepIds[3]}/homework`, { answers: MODULE_1_ANSWERS });
    expect(edit.status).toBe(409);
    expect((await as(worker).post(`/api/training-submissions/${task.submissionId}/feedback`, { feedback: 'Nog iets' })).status).toBe(409);
    const [contact] = await t.dataSource.query(
      `SELECT worker_id, outcome, case_id FROM training_homework_contact WHERE submission_id = $1 AND revision = 2`,
      [task.submissionId],
    );
    expect(contact).toEqual({ worker_id: w.ids.worker, outcome: 'feedback_given', case_id: caseId });
  });

  it('opens module 3 after module 2 without waiting for feedback (no feedback moment)', async () => {
    const submissionId = await handInModule1();
    await as(worker).post(`/api/training-submissions/${submissionId}/feedback`, { feedback: 'Goed gedaan!' }).expect(200);
    for (const i of [0, 1])
      await as(client)
        .post(`${base()}/steps/${module(1).stepIds[i]}/done`)
        .expect(200);
    await as(client)
      .post(`${base()}/steps/${module(1).stepIds[2]}/self-test`, { answers: { q1: 3, q2: 3, q3: 'c', q4: 3 } })
      .expect(200);
    await as(client)
      .put(`${base()}/steps/${module(1).stepIds[3]}/homework`, { answers: DIARY })
      .expect(200);
    const progress = await as(client).get(`${base()}/progress`);
    expect(progress.body.modules.slice(1, 4).map((m: { status: string }) => m.status)).toEqual(['done', 'open', 'locked']);
    expect(progress.body.waitingForFeedback).toHaveLength(1);
    expect(progress.body.nextStep).toMatchObject({ moduleId: module(2).id });
  });

  it('lets only the client turn reminders on, weekly by default', async () => {
    await enrol();
    const res = await as(client).put(`${base()}/reminders`, { enabled: true });
    expect(res.body.reminders).toEqual({ enabled: true, frequency: 'weekly' });
    expect((await as(client).put(`${base()}/reminders`, { enabled: 'yes' })).body.fields).toHaveProperty('enabled');
    expect((await as(worker).put(`${base()}/reminders`, { enabled: false })).status).toBe(403);
  });
});
