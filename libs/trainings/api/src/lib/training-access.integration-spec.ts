import { DossierModule } from '@nabij/dossier/api';
import { makeCase } from '@nabij/dossier/api/testing';
import { IdentityModule } from '@nabij/identity/api';
import { createTestApp, HOUR, TestApp } from '@nabij/platform/testing';
import { TrainingsModule } from '../index';
import { makeTrainingsWorld, TrainingsWorld } from './testing/trainings-world';
import { DIARY, MODULE_1_ANSWERS } from './trainings-test-fixtures';

const DAY = 24 * HOUR;

describe('who sees which training work, and who has stalled', () => {
  let t: TestApp;
  let w: TrainingsWorld;
  const tokens: Record<string, string> = {};
  let sanne: string;
  let other: string;
  let sanneSubmission: string;
  const as = (who: string) => ({
    get: (p: string) => t.http().get(p).set('Authorization', `Bearer ${tokens[who]}`),
    post: (p: string, body?: object) => t.http().post(p).set('Authorization', `Bearer ${tokens[who]}`).send(body),
    put: (p: string, body?: object) => t.http().put(p).set('Authorization', `Bearer ${tokens[who]}`).send(body),
    patch: (p: string, body?: object) => t.http().patch(p).set('Authorization', `Bearer ${tokens[who]}`).send(body),
  });
  const step = (m: number, s: number) => w.course.modules[m].stepIds[s];
  const finishModule1 = async (who: string, enrolmentId: string) => {
    for (const i of [0, 1])
      await as(who)
        .post(`/api/training-enrolments/${enrolmentId}/steps/${step(0, i)}/done`)
        .expect(200);
    await as(who)
      .post(`/api/training-enrolments/${enrolmentId}/steps/${step(0, 2)}/self-test`, { answers: { q1: 'c', q2: 'b', q3: 3, q4: 3 } })
      .expect(200);
    return (
      await as(who)
        .put(`/api/training-enrolments/${enrolmentId}/steps/${step(0, 3)}/homework`, { answers: MODULE_1_ANSWERS })
        .expect(200)
    ).body.id as string;
  };

  beforeAll(async () => {
    t = await createTestApp({ imports: [IdentityModule, DossierModule, TrainingsModule] });
    w = await makeTrainingsWorld(t);
    // The course's trainer is Sanne's worker; the other worker only has the other client's case.
    const hulpOnline = { kindOfWork: 'hulp_online', openedOn: '2026-02-01' } as const;
    await makeCase(t, { worker: w.accounts.worker, clientId: w.ids.client, ...hulpOnline });
    await makeCase(t, { worker: w.accounts.otherWorker, clientId: w.ids.otherClient, ...hulpOnline });
    for (const [who, account] of Object.entries(w.accounts)) tokens[who] = account.token;
    const goals = { mode: 'online', goals: ['Grenzen aangeven', 'Om hulp vragen'] };
    // A guided course: the worker enrols the clients of their caseload.
    sanne = (
      await as('worker')
        .post(`/api/trainings/${w.course.trainingId}/enrolments`, { ...goals, clientId: w.ids.client })
        .expect(201)
    ).body.id;
    other = (
      await as('otherWorker')
        .post(`/api/trainings/${w.course.trainingId}/enrolments`, { ...goals, clientId: w.ids.otherClient })
        .expect(201)
    ).body.id;
    sanneSubmission = await finishModule1('client', sanne);
  }, 60_000);
  afterAll(() => t.close());

  describe('enrolment by a worker', () => {
    it('is refused for a client outside the caseload (404) and without a clientId (400)', async () => {
      expect(
        (
          await as('otherWorker').post(`/api/trainings/${w.course.trainingId}/enrolments`, {
            mode: 'online',
            goals: ['Een doel', 'Twee doelen'],
            clientId: w.ids.client,
          })
        ).status,
      ).toBe(404);
      const res = await as('otherWorker').post(`/api/trainings/${w.course.trainingId}/enrolments`, {
        mode: 'online',
        goals: ['Een doel', 'Twee doelen'],
      });
      expect(res.status).toBe(400);
      expect(res.body.fields).toHaveProperty('clientId');
    });

    it('is not open to team leads and admins', async () => {
      expect(
        (
          await as('teamLead').post(`/api/trainings/${w.course.trainingId}/enrolments`, {
            mode: 'online',
            goals: ['Een doel', 'Twee doelen'],
          })
        ).status,
      ).toBe(403);
      expect(
        (await as('admin').post(`/api/trainings/${w.course.trainingId}/enrolments`, { mode: 'online', goals: ['Een doel', 'Twee doelen'] }))
          .status,
      ).toBe(403);
    });
  });

  describe('a client', () => {
    it("cannot read another client's progress, modules or answers (404)", async () => {
      expect((await as('otherClient').get(`/api/training-enrolments/${sanne}/progress`)).status).toBe(404);
      expect((await as('otherClient').get(`/api/training-enrolments/${sanne}/modules/${w.course.modules[0].id}`)).status).toBe(404);
      const read = await as('otherClient').get(`/api/training-submissions/${sanneSubmission}`);
      expect(read.status).toBe(404);
      expect(JSON.stringify(read.body)).not.toContain('overwerken');
    });

    it("cannot hand in homework or take a self-test in another client's enrolment (404)", async () => {
      expect(
        (await as('otherClient').put(`/api/training-enrolments/${sanne}/steps/${step(0, 3)}/homework`, { answers: MODULE_1_ANSWERS }))
          .status,
      ).toBe(404);
      expect(
        (await as('otherClient').post(`/api/training-enrolments/${sanne}/steps/${step(0, 2)}/self-test`, { answers: { q1: 'a' } })).status,
      ).toBe(404);
    });

    it('cannot use the trainer routes (403)', async () => {
      expect((await as('client').get('/api/trainer/training-tasks')).status).toBe(403);
      expect((await as('client').get('/api/trainer/training-participants')).status).toBe(403);
      expect((await as('client').post(`/api/training-submissions/${sanneSubmission}/feedback`, { feedback: 'Top' })).status).toBe(403);
    });
  });

  describe('a trainer', () => {
    it('sees the participants of their training; another worker only their own caseload', async () => {
      const mine = (await as('worker').get('/api/trainer/training-participants')).body.map((p: { enrolmentId: string }) => p.enrolmentId);
      expect(mine.sort()).toEqual([sanne, other].sort());
      const theirs = (await as('otherWorker').get('/api/trainer/training-participants')).body.map(
        (p: { enrolmentId: string }) => p.enrolmentId,
      );
      expect(theirs).toEqual([other]);
    });

    it("cannot read or answer homework of someone else's participant (404)", async () => {
      expect((await as('otherWorker').get('/api/trainer/training-tasks')).body).toEqual([]);
      expect((await as('otherWorker').get(`/api/training-submissions/${sanneSubmission}`)).status).toBe(404);
      expect(
        (await as('otherWorker').post(`/api/training-submissions/${sanneSubmission}/feedback`, { feedback: 'Goed gedaan' })).status,
      ).toBe(404);
      expect((await as('otherWorker').get(`/api/training-enrolments/${sanne}/progress`)).status).toBe(404);
    });

    it('reads their participant’s homework, and the read is in the audit log', async () => {
      const res = await as('worker').get(`/api/training-submissions/${sanneSubmission}`);
      expect(res.status).toBe(200);
      expect(res.body.answers).toEqual(MODULE_1_ANSWERS);
      const [entry] = await t.dataSource.query(`SELECT actor_id, client_id FROM audit_entry WHERE action = 'read' AND resource_id = $1`, [
        sanneSubmission,
      ]);
      expect(entry).toEqual({ actor_id: w.ids.worker, client_id: w.ids.client });
    });

    it('needs feedback text: empty feedback is a 400 naming the field', async () => {
      const res = await as('worker').post(`/api/training-submissions/${sanneSubmission}/feedback`, { feedback: ' ' });
      expect(res.status).toBe(400);
      expect(Object.keys(res.body.fields)).toEqual(['feedback']);
    });
  });

  describe('team leads and admins get no answers', () => {
    it.each(['teamLead', 'admin'])('%s is refused progress, answers and trainer lists (403)', async (who) => {
      expect((await as(who).get(`/api/training-enrolments/${sanne}/progress`)).status).toBe(403);
      expect((await as(who).get(`/api/training-submissions/${sanneSubmission}`)).status).toBe(403);
      expect((await as(who).get('/api/trainer/training-tasks')).status).toBe(403);
      expect((await as(who).get('/api/trainer/training-participants')).status).toBe(403);
    });
  });

  describe('stall detection', () => {
    const participant = async (enrolmentId: string) =>
      (await as('worker').get('/api/trainer/training-participants')).body.find(
        (p: { enrolmentId: string }) => p.enrolmentId === enrolmentId,
      );

    it('does not flag a participant who waits for the trainer, and flags one who is quiet for 14 days', async () => {
      t.clock.advance(13 * DAY);
      expect(await participant(other)).toMatchObject({ stalled: false, stallReasons: [] });
      t.clock.advance(1 * DAY);
      expect(await participant(other)).toMatchObject({ stalled: true, stallReasons: ['no_activity'] });
      expect(await participant(sanne)).toMatchObject({ stalled: false, waitingForFeedback: 1 });
    });

    it('clears the flag on new activity, and flags diary forms answered with one word', async () => {
      await as('worker')
        .post(`/api/training-submissions/${sanneSubmission}/feedback`, { feedback: 'Goed opgeschreven! Wat had je je baas willen zeggen?' })
        .expect(200);
      await as('otherClient')
        .post(`/api/training-enrolments/${other}/steps/${step(0, 0)}/done`)
        .expect(200);
      expect(await participant(other)).toMatchObject({ stalled: false });

      for (const i of [0, 1])
        await as('client')
          .post(`/api/training-enrolments/${sanne}/steps/${step(1, i)}/done`)
          .expect(200);
      await as('client')
        .put(`/api/training-enrolments/${sanne}/steps/${step(1, 3)}/homework`, {
          answers: { situation: 'werk', thoughts: 'ja', feelings: 'nee', actions: 'niks', wish: 'ja' },
        })
        .expect(200);
      expect(await participant(sanne)).toMatchObject({
        stalled: true,
        stallReasons: ['one_word_answers'],
        modulesDone: 1,
        lastActivityAt: t.clock.now().toISOString(),
      });

      await as('client')
        .put(`/api/training-enrolments/${sanne}/steps/${step(1, 3)}/homework`, { answers: DIARY })
        .expect(200);
      expect(await participant(sanne)).toMatchObject({ stalled: false, stallReasons: [] });
    });
  });

  describe('the content editor', () => {
    it('lets an admin choose only a worker who can train as trainer (400 naming trainerId otherwise)', async () => {
      // otherWorker is a worker of the organisation without the capability "kan trainen".
      const refused = await as('admin').post('/api/trainings', {
        title: 'Omgaan met geldzorgen',
        summary: 'Grip op je post en je rekeningen.',
        trainerId: w.ids.otherWorker,
      });
      expect(refused.status).toBe(400);
      expect(Object.keys(refused.body.fields)).toEqual(['trainerId']);
      const [row] = await t.dataSource.query(`SELECT count(*)::int AS n FROM training WHERE title = 'Omgaan met geldzorgen'`);
      expect(row.n).toBe(0);
    });

    it('lets a worker make a training (and be its trainer) only with "kan trainen": otherwise 403 cannot_train, nothing made', async () => {
      const refused = await as('otherWorker').post('/api/trainings', { title: 'Zelf een cursus', summary: 'Zonder kan trainen.' });
      expect(refused.status).toBe(403);
      expect(refused.body.code).toBe('cannot_train');
      const [row] = await t.dataSource.query(`SELECT count(*)::int AS n FROM training WHERE title = 'Zelf een cursus'`);
      expect(row.n).toBe(0);
      const made = await as('worker').post('/api/trainings', { title: 'Rust in je week', summary: 'Met kan trainen.' });
      expect(made.status).toBe(201);
      expect(made.body.trainerId).toBe(w.ids.worker);
    });

    it('lets an admin create a training, add a module and steps, and checks step content', async () => {
      const created = await as('admin').post('/api/trainings', {
        title: 'Omgaan met stress',
        summary: 'Rust in je hoofd.',
        trainerId: w.ids.worker,
      });
      expect(created.status).toBe(201);
      expect(created.body).toMatchObject({ published: false, trainerId: w.ids.worker, modules: [] });
      const id = created.body.id;
      const withModule = await as('admin').post(`/api/trainings/${id}/modules`, { title: 'Wat is stress?', requiresFeedback: true });
      const moduleId = withModule.body.modules[0].id;
      const bad = await as('admin').post(`/api/training-modules/${moduleId}/steps`, {
        kind: 'self_test',
        title: 'Test',
        content: { questions: [{ id: 'q1', type: 'multiple_choice', text: 'Hoe?', options: [] }], bands: [] },
      });
      expect(bad.status).toBe(400);
      expect(Object.keys(bad.body.fields).sort()).toEqual(['content.bands', 'content.questions[0].options']);
      await as('admin')
        .post(`/api/training-modules/${moduleId}/steps`, {
          kind: 'text',
          title: 'Lezen',
          content: { body: '## Stress\nIedereen heeft wel eens stress.' },
        })
        .expect(201);
      const video = await as('admin').post(`/api/training-modules/${moduleId}/steps`, {
        kind: 'video',
        title: 'Kijken',
        content: { url: null, fileRef: null, captions: 'Verteller: adem rustig in.' },
        position: 1,
      });
      expect(video.body.modules[0].steps.map((s: { kind: string; position: number }) => `${s.position}:${s.kind}`)).toEqual([
        '1:video',
        '2:text',
      ]);
      const second = await as('admin').post(`/api/trainings/${id}/modules`, { title: 'Ontspannen', position: 1 });
      expect(second.body.modules.map((m: { title: string }) => m.title)).toEqual(['Ontspannen', 'Wat is stress?']);

      // Unpublished: not in the client's catalogue yet.
      expect((await as('client').get('/api/trainings')).body.map((c: { id: string }) => c.id)).not.toContain(id);
      await as('admin').patch(`/api/trainings/${id}`, { published: true }).expect(200);
      expect((await as('client').get('/api/trainings')).body.map((c: { id: string }) => c.id)).toContain(id);
    });

    it('lets the trainer edit their training, but not another worker, and never a client', async () => {
      const stepId = step(0, 0);
      const edit = await as('worker').patch(`/api/training-steps/${stepId}`, { title: 'Lezen: wat is assertief zijn?' });
      expect(edit.status).toBe(200);
      expect((await as('otherWorker').patch(`/api/training-steps/${stepId}`, { title: 'Gekaapt' })).status).toBe(404);
      expect((await as('otherWorker').get(`/api/trainings/${w.course.trainingId}/content`)).status).toBe(404);
      expect((await as('client').patch(`/api/training-steps/${stepId}`, { title: 'Gekaapt' })).status).toBe(403);
      expect((await as('teamLead').post('/api/trainings', { title: 'Nieuw', summary: '' })).status).toBe(403);
    });
  });
});
