import { DossierModule } from '@nabij/dossier/api';
import { makeCase } from '@nabij/dossier/api/testing';
import { IdentityModule } from '@nabij/identity/api';
import { makeAdmin, makeClient } from '@nabij/identity/api/testing';
import { createTestApp, makeOrganisation, TestApp } from '@nabij/platform/testing';
import { TrainingsModule } from '../index';
import { installCourse, InstalledCourse } from './content/install-course';
import { SLEEP_COURSE } from './content/sleep-course';
import { makeTrainingsWorld, TrainingsWorld } from './testing/trainings-world';
import { MODULE_1_ANSWERS } from './trainings-test-fixtures';

const GOALS = { mode: 'online', goals: ['Sneller in slaap vallen', 'Minder piekeren in bed'] };
const OPEN_QUESTION = {
  kind: 'assignment',
  title: 'Huiswerk',
  content: { type: 'open_questions', intro: '', questions: [{ id: 'q1', text: 'Wat ging goed?' }] },
};

describe('self-help and guided courses', () => {
  let t: TestApp;
  let w: TrainingsWorld;
  let sleep: InstalledCourse;
  let foreignSleep: InstalledCourse;
  const token: Record<string, string> = {};
  const as = (who: string) => ({
    get: (p: string) => t.http().get(p).set('Authorization', `Bearer ${token[who]}`),
    post: (p: string, body?: object) => t.http().post(p).set('Authorization', `Bearer ${token[who]}`).send(body),
    patch: (p: string, body?: object) => t.http().patch(p).set('Authorization', `Bearer ${token[who]}`).send(body),
    put: (p: string, body?: object) => t.http().put(p).set('Authorization', `Bearer ${token[who]}`).send(body),
  });
  const statuses = async (who: string, enrolmentId: string) =>
    (await as(who).get(`/api/training-enrolments/${enrolmentId}/progress`).expect(200)).body.modules.map(
      (m: { status: string }) => m.status,
    );

  /** Sanne's enrolment in the self-help course, made by her the first time it is asked for. */
  const sleepEnrolment = async (): Promise<string> => {
    const res = await as('client').post(`/api/trainings/${sleep.trainingId}/enrolments`, GOALS);
    if (res.status === 201) return res.body.id;
    const mine = (await as('client').get('/api/training-enrolments/mine').expect(200)).body as Array<{ id: string; trainingId: string }>;
    return mine.find((e) => e.trainingId === sleep.trainingId)!.id;
  };

  beforeAll(async () => {
    t = await createTestApp({ imports: [IdentityModule, DossierModule, TrainingsModule] });
    w = await makeTrainingsWorld(t);
    for (const [who, account] of Object.entries(w.accounts)) token[who] = account.token;
    sleep = await t.dataSource.transaction((db) =>
      installCourse(db, SLEEP_COURSE, { organisationId: w.orgId, trainerId: w.ids.worker, now: t.clock.now() }),
    );
    const other = await makeOrganisation(t, { name: 'Ander MW' });
    token['foreignAdmin'] = (await makeAdmin(t, { organisationId: other.organisationId, teamId: other.teamId })).token;
    token['foreignClient'] = (await makeClient(t, { organisationId: other.organisationId, financierId: other.financierId })).token;
    foreignSleep = await t.dataSource.transaction((db) =>
      installCourse(db, SLEEP_COURSE, { organisationId: other.organisationId, trainerId: null, now: t.clock.now() }),
    );
    await makeCase(t, { worker: w.accounts.worker, clientId: w.ids.client, kindOfWork: 'hulp_online', openedOn: '2026-02-01' });
  }, 120_000);
  afterAll(() => t.close());

  it('shows clients which courses are self-help, and lets a client enrol themself in one', async () => {
    const list = (await as('client').get('/api/trainings').expect(200)).body as Array<{ id: string; kind: string }>;
    expect(list.find((c) => c.id === sleep.trainingId)?.kind).toBe('self_help');
    expect(list.find((c) => c.id === w.course.trainingId)?.kind).toBe('guided');
    const res = await as('otherClient').post(`/api/trainings/${sleep.trainingId}/enrolments`, GOALS);
    expect(res.status).toBe(201);
    expect(res.body.trainingKind).toBe('self_help');
  });

  it('refuses a client who enrols themself in a guided course (403 guided_training), and writes nothing', async () => {
    const res = await as('client').post(`/api/trainings/${w.course.trainingId}/enrolments`, GOALS);
    expect(res.status).toBe(403);
    expect(res.body.code).toBe('guided_training');
    const [row] = await t.dataSource.query(`SELECT count(*)::int AS n FROM training_enrolment WHERE training_id = $1 AND client_id = $2`, [
      w.course.trainingId,
      w.ids.client,
    ]);
    expect(row.n).toBe(0);
  });

  it("answers 404 to a client enrolling in another organisation's self-help course, and 403 to staff who are not workers", async () => {
    expect((await as('client').post(`/api/trainings/${foreignSleep.trainingId}/enrolments`, GOALS)).status).toBe(404);
    expect((await as('foreignClient').post(`/api/trainings/${sleep.trainingId}/enrolments`, GOALS)).status).toBe(404);
    expect((await as('teamLead').post(`/api/trainings/${sleep.trainingId}/enrolments`, GOALS)).status).toBe(403);
    expect((await as('admin').post(`/api/trainings/${sleep.trainingId}/enrolments`, GOALS)).status).toBe(403);
  });

  it('opens every module of a self-help course as soon as the one before is done, without anyone giving feedback', async () => {
    const enrolmentId = await sleepEnrolment();
    expect(await statuses('client', enrolmentId)).toEqual(['open', 'locked', 'locked', 'locked']);
    const [m1, m2] = sleep.modules;
    await as('client').post(`/api/training-enrolments/${enrolmentId}/steps/${m1.stepIds[0]}/done`).expect(200);
    await as('client')
      .post(`/api/training-enrolments/${enrolmentId}/steps/${m1.stepIds[1]}/self-test`, { answers: { q1: 3, q2: 2, q3: 4, q4: 'c' } })
      .expect(200);
    expect(await statuses('client', enrolmentId)).toEqual(['done', 'open', 'locked', 'locked']);
    for (const stepId of m2.stepIds) await as('client').post(`/api/training-enrolments/${enrolmentId}/steps/${stepId}/done`).expect(200);
    expect(await statuses('client', enrolmentId)).toEqual(['done', 'done', 'open', 'locked']);
  });

  it('keeps self-help participants off the editing worker’s participant list (there is no trainer)', async () => {
    await sleepEnrolment();
    const listed = (await as('otherWorker').get('/api/trainer/training-participants').expect(200)).body as Array<{ trainingTitle: string }>;
    expect(listed.map((p) => p.trainingTitle)).not.toContain('Beter slapen');
    const trainer = (await as('worker').get('/api/trainer/training-participants').expect(200)).body as Array<{
      clientId: string;
      trainingTitle: string;
    }>;
    // Sanne's case worker still sees her self-help course; the other client has no case with this worker.
    expect(trainer.filter((p) => p.trainingTitle === 'Beter slapen').map((p) => p.clientId)).toEqual([w.ids.client]);
  });

  it('has no homework in a self-help course: adding it, or making a course with homework self-help, is a 400 naming kind', async () => {
    const added = await as('admin').post(`/api/training-modules/${sleep.modules[0].id}/steps`, OPEN_QUESTION);
    expect(added.status).toBe(400);
    expect(Object.keys(added.body.fields)).toEqual(['kind']);
    const switched = await as('admin').patch(`/api/trainings/${w.course.trainingId}`, { kind: 'self_help' });
    expect(switched.status).toBe(400);
    expect(Object.keys(switched.body.fields)).toEqual(['kind']);
    const bad = await as('admin').patch(`/api/trainings/${sleep.trainingId}`, { kind: 'alone' });
    expect(bad.status).toBe(400);
    expect(Object.keys(bad.body.fields)).toEqual(['kind']);
    const [row] = await t.dataSource.query(`SELECT kind FROM training WHERE id = $1`, [w.course.trainingId]);
    expect(row.kind).toBe('guided');
  });

  describe('the feedback moment is a setting per module of a guided course', () => {
    let enrolmentId: string;
    let trainingId: string;
    let steps: string[];

    beforeAll(async () => {
      const made = await as('worker').post('/api/trainings', { title: 'Rust in je hoofd', summary: 'Drie modules.', published: true });
      trainingId = made.body.id;
      await as('worker').post(`/api/trainings/${trainingId}/modules`, { title: 'Zonder wachten', requiresFeedback: false }).expect(201);
      await as('worker').post(`/api/trainings/${trainingId}/modules`, { title: 'Met wachten', requiresFeedback: true }).expect(201);
      const full = (await as('worker').post(`/api/trainings/${trainingId}/modules`, { title: 'Het einde' }).expect(201)).body;
      for (const m of full.modules) await as('worker').post(`/api/training-modules/${m.id}/steps`, OPEN_QUESTION).expect(201);
      const content = (await as('worker').get(`/api/trainings/${trainingId}/content`).expect(200)).body;
      steps = content.modules.map((m: { steps: Array<{ id: string }> }) => m.steps[0].id);
      enrolmentId = (
        await as('worker')
          .post(`/api/trainings/${trainingId}/enrolments`, { ...GOALS, clientId: w.ids.client })
          .expect(201)
      ).body.id;
    });

    it('opens the next module without feedback when the gate is off', async () => {
      await as('client')
        .put(`/api/training-enrolments/${enrolmentId}/steps/${steps[0]}/homework`, { answers: { q1: 'Ik sliep beter.' } })
        .expect(200);
      expect(await statuses('client', enrolmentId)).toEqual(['done', 'open', 'locked']);
    });

    it('waits for the trainer when the gate is on, and opens the next module after feedback', async () => {
      await as('client')
        .put(`/api/training-enrolments/${enrolmentId}/steps/${steps[0]}/homework`, { answers: { q1: 'Ik sliep beter.' } })
        .expect(200);
      const submission = (
        await as('client')
          .put(`/api/training-enrolments/${enrolmentId}/steps/${steps[1]}/homework`, { answers: { q1: 'Ik pieker minder.' } })
          .expect(200)
      ).body.id;
      expect(await statuses('client', enrolmentId)).toEqual(['done', 'waiting_for_feedback', 'locked']);
      await as('worker').post(`/api/training-submissions/${submission}/feedback`, { feedback: 'Mooi! Wat hielp het meest?' }).expect(200);
      expect(await statuses('client', enrolmentId)).toEqual(['done', 'done', 'open']);
    });

    it('lets the trainer turn the gate off per module in the editor', async () => {
      const content = (await as('worker').get(`/api/trainings/${trainingId}/content`).expect(200)).body;
      const res = await as('worker').patch(`/api/training-modules/${content.modules[1].id}`, { requiresFeedback: false });
      expect(res.status).toBe(200);
      expect(res.body.modules.map((m: { requiresFeedback: boolean }) => m.requiresFeedback)).toEqual([false, false, false]);
      expect((await as('otherWorker').patch(`/api/training-modules/${content.modules[1].id}`, { requiresFeedback: true })).status).toBe(
        404,
      );
    });
  });

  it('shows the trainer the self-test score of the homework’s module, as the client saw it', async () => {
    const enrolmentId = (
      await as('worker')
        .post(`/api/trainings/${w.course.trainingId}/enrolments`, { ...GOALS, clientId: w.ids.client })
        .expect(201)
    ).body.id;
    const m1 = w.course.modules[0].stepIds;
    const seen = (
      await as('client')
        .post(`/api/training-enrolments/${enrolmentId}/steps/${m1[2]}/self-test`, { answers: { q1: 'c', q2: 'b', q3: 4, q4: 2 } })
        .expect(200)
    ).body;
    const submission = (
      await as('client').put(`/api/training-enrolments/${enrolmentId}/steps/${m1[3]}/homework`, { answers: MODULE_1_ANSWERS }).expect(200)
    ).body.id;
    const read = await as('worker').get(`/api/training-submissions/${submission}`).expect(200);
    expect(read.body.selfTests).toEqual([{ stepId: m1[2], stepTitle: 'Test: hoe reageer jij?', result: seen }]);
    expect(seen).toMatchObject({ score: 10, maxScore: 12, title: 'Je bent al aardig assertief' });
    expect((await as('otherWorker').get(`/api/training-submissions/${submission}`)).status).toBe(404);
    expect((await as('teamLead').get(`/api/training-submissions/${submission}`)).status).toBe(403);
  });
});
