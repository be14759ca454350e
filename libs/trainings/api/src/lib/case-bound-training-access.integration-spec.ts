import { DossierModule } from '@nabij/dossier/api';
import { IdentityModule } from '@nabij/identity/api';
import { makeClient, makeWorker } from '@nabij/identity/api/testing';
import { createTestApp, makeOrganisation, TestApp } from '@nabij/platform/testing';
import { TrainingsModule } from '../index';
import { makeTrainingsWorld, TrainingsWorld } from './testing/trainings-world';
import { MODULE_1_ANSWERS } from './trainings-test-fixtures';

/**
 * Finding 4 of issue 9: opening a case for a client who is in care with another worker gave the new
 * worker the client's training work, and pulled their homework to the new case. Training work now
 * belongs to the case it was made in, and a second worker gets no second case (409 client_in_care).
 */
describe('training work stays with the case it was made in', () => {
  let t: TestApp;
  let w: TrainingsWorld;
  const token: Record<string, string> = {};
  const ids: Record<string, string> = {};

  const as = (tok: string) => ({
    get: (p: string) => t.http().get(p).set('Authorization', `Bearer ${tok}`),
    post: (p: string, body?: object) => t.http().post(p).set('Authorization', `Bearer ${tok}`).send(body),
    put: (p: string, body?: object) => t.http().put(p).set('Authorization', `Bearer ${tok}`).send(body),
  });
  const step = (m: number, s: number) => w.course.modules[m].stepIds[s];

  function account(
    role: 'client' | 'worker',
    name: string,
    organisationId = w.orgId,
    financierId = w.financierId,
  ): Promise<{ id: string; token: string }> {
    return role === 'client' ? makeClient(t, { organisationId, financierId, name }) : makeWorker(t, { organisationId, name });
  }

  const openCase = (worker: string, clientId: string, kindOfWork = 'hulp_online') =>
    as(worker).post('/api/dossier/cases', { clientId, kindOfWork });

  /** The first worker enrols the client in their case (a guided course), who hands in module 1's homework; returns enrolment and submission ids. */
  async function enrolWithHomework(client: { id: string; token: string }): Promise<{ enrolmentId: string; submissionId: string }> {
    const clientToken = client.token;
    const enrolmentId = (
      await as(token['first'])
        .post(`/api/trainings/${w.course.trainingId}/enrolments`, {
          mode: 'online',
          goals: ['Grenzen aangeven', 'Om hulp vragen'],
          clientId: client.id,
        })
        .expect(201)
    ).body.id;
    for (const i of [0, 1])
      await as(clientToken)
        .post(`/api/training-enrolments/${enrolmentId}/steps/${step(0, i)}/done`)
        .expect(200);
    const submissionId = (
      await as(clientToken)
        .put(`/api/training-enrolments/${enrolmentId}/steps/${step(0, 3)}/homework`, { answers: MODULE_1_ANSWERS })
        .expect(200)
    ).body.id;
    return { enrolmentId, submissionId };
  }

  const taskIds = async (worker: string) =>
    (await as(worker).get('/api/trainer/training-tasks').expect(200)).body.map((x: { submissionId: string }) => x.submissionId);

  beforeAll(async () => {
    t = await createTestApp({ imports: [IdentityModule, DossierModule, TrainingsModule] });
    w = await makeTrainingsWorld(t);
    // The course's trainer is someone else than the case workers, so the case workers see only through their case.
    ids['trainer'] = w.ids.worker;
    token['trainer'] = w.accounts.worker.token;
    for (const who of ['first', 'second']) {
      const a = await account('worker', `Hulpverlener ${who}`);
      ids[who] = a.id;
      token[who] = a.token;
    }
  }, 120_000);
  afterAll(() => t.close());

  it('refuses a second worker a case for a client in care with a colleague (409 client_in_care); the homework stays hidden', async () => {
    const client = await account('client', 'Cliënt In Zorg');
    const first = (await openCase(token['first'], client.id).expect(201)).body.id;
    const { enrolmentId, submissionId } = await enrolWithHomework(client);

    const second = await openCase(token['second'], client.id, 'algemeen_mw');
    expect(second.status).toBe(409);
    expect(second.body).toMatchObject({ statusCode: 409, code: 'client_in_care' });
    expect(second.body.message).toMatch(/hand the case over/);
    expect(await t.dataSource.query(`SELECT id FROM care_case WHERE client_id = $1`, [client.id])).toEqual([{ id: first }]);

    expect((await as(token['second']).get(`/api/training-submissions/${submissionId}`)).status).toBe(404);
    expect((await as(token['second']).get(`/api/training-enrolments/${enrolmentId}/progress`)).status).toBe(404);
    expect(await taskIds(token['second'])).not.toContain(submissionId);
    expect((await as(token['first']).get(`/api/training-submissions/${submissionId}`)).status).toBe(200);
  });

  it('gives exactly one of two workers opening a case for the same client at once the case; the other gets 409', async () => {
    const client = await account('client', 'Cliënt Tegelijk');
    const answers = await Promise.all([openCase(token['first'], client.id), openCase(token['second'], client.id)]);
    expect(answers.map((r) => r.status).sort()).toEqual([201, 409]);
    expect(await t.dataSource.query(`SELECT count(*)::int AS n FROM care_case WHERE client_id = $1`, [client.id])).toEqual([{ n: 1 }]);
  });

  it('lets the worker who holds the open case open another one for the same client', async () => {
    const client = await account('client', 'Cliënt Twee Casussen');
    await openCase(token['first'], client.id).expect(201);
    expect((await openCase(token['first'], client.id, 'algemeen_mw')).status).toBe(201);
  });

  it('gives a client whose cases are all closed a new case, without the work of the closed case', async () => {
    const client = await account('client', 'Cliënt Opnieuw');
    const old = (await openCase(token['first'], client.id).expect(201)).body.id;
    const { enrolmentId, submissionId } = await enrolWithHomework(client);
    await as(token['first']).post(`/api/dossier/cases/${old}/close`, { reason: 'client_stopped' }).expect(200);

    const fresh = await openCase(token['second'], client.id);
    expect(fresh.status).toBe(201);
    expect((await as(token['second']).get(`/api/training-submissions/${submissionId}`)).status).toBe(404);
    expect((await as(token['second']).get(`/api/training-enrolments/${enrolmentId}/progress`)).status).toBe(404);

    // Improving the homework now: the old case is closed, so the training's trainer answers it, not the new worker.
    await as(client.token)
      .put(`/api/training-enrolments/${enrolmentId}/steps/${step(0, 3)}/homework`, {
        answers: { ...MODULE_1_ANSWERS, wish: 'Nee zeggen.' },
      })
      .expect(200);
    const [row] = await t.dataSource.query(`SELECT case_id FROM training_submission WHERE id = $1`, [submissionId]);
    expect(row.case_id).not.toBe(fresh.body.id);
    expect(await taskIds(token['second'])).not.toContain(submissionId);
    expect(await taskIds(token['trainer'])).toContain(submissionId);
  });

  it('hands the training work over with the case: the new worker sees it and gets the open homework, the old one loses it', async () => {
    const client = await account('client', 'Cliënt Overgedragen');
    const caseId = (await openCase(token['first'], client.id).expect(201)).body.id;
    const { submissionId } = await enrolWithHomework(client);
    expect(await taskIds(token['first'])).toContain(submissionId);
    // While the case is open its worker answers the homework, not the training's trainer.
    expect(await taskIds(token['trainer'])).not.toContain(submissionId);

    await as(token['first']).post(`/api/dossier/cases/${caseId}/handover`, { toWorkerId: ids['second'] }).expect(200);
    expect((await as(token['second']).get(`/api/training-submissions/${submissionId}`)).status).toBe(200);
    expect(await taskIds(token['second'])).toContain(submissionId);
    expect((await as(token['first']).get(`/api/training-submissions/${submissionId}`)).status).toBe(404);
    expect(await taskIds(token['first'])).not.toContain(submissionId);
  });

  it('keeps homework with the case it was enrolled under when the client has a later case (made before this fix)', async () => {
    const client = await account('client', 'Cliënt Twee Werkers');
    const enrolledUnder = (await openCase(token['first'], client.id).expect(201)).body.id;
    const { enrolmentId, submissionId } = await enrolWithHomework(client);
    expect((await t.dataSource.query(`SELECT case_id FROM training_enrolment WHERE id = $1`, [enrolmentId]))[0].case_id).toBe(
      enrolledUnder,
    );
    // A newer open case with another worker, as the old code allowed (written directly: the API now
    // refuses it). Opened a day later, so "the client's newest open case" would be this one.
    const [later] = await t.dataSource.query(
      `INSERT INTO care_case (organisation_id, client_id, financier_id, assigned_worker_id, kind_of_work, opened_on)
       SELECT organisation_id, client_id, financier_id, $2, 'algemeen_mw', opened_on + 1 FROM care_case WHERE id = $1 RETURNING id`,
      [enrolledUnder, ids['second']],
    );

    await as(client.token)
      .put(`/api/training-enrolments/${enrolmentId}/steps/${step(0, 3)}/homework`, {
        answers: { ...MODULE_1_ANSWERS, wish: 'Eerst nadenken.' },
      })
      .expect(200);
    const [submission] = await t.dataSource.query(`SELECT case_id, trainer_id FROM training_submission WHERE id = $1`, [submissionId]);
    expect(submission).toEqual({ case_id: enrolledUnder, trainer_id: ids['first'] });
    const contacts = await t.dataSource.query(`SELECT DISTINCT case_id FROM training_homework_contact WHERE submission_id = $1`, [
      submissionId,
    ]);
    expect(contacts).toEqual([{ case_id: enrolledUnder }]);
    expect(later.id).not.toBe(enrolledUnder);
    expect((await as(token['second']).get(`/api/training-submissions/${submissionId}`)).status).toBe(404);
    expect((await as(token['second']).post(`/api/training-submissions/${submissionId}/feedback`, { feedback: 'Goed zo' })).status).toBe(
      404,
    );
    expect(await taskIds(token['second'])).not.toContain(submissionId);
    expect(await taskIds(token['first'])).toContain(submissionId);
  });

  it('binds an enrolment a worker makes to that worker’s case', async () => {
    const client = await account('client', 'Cliënt Aangemeld');
    const caseId = (await openCase(token['first'], client.id).expect(201)).body.id;
    const enrolment = await as(token['first']).post(`/api/trainings/${w.course.trainingId}/enrolments`, {
      mode: 'blended',
      goals: ['Grenzen aangeven', 'Om hulp vragen'],
      clientId: client.id,
    });
    expect(enrolment.status).toBe(201);
    expect((await t.dataSource.query(`SELECT case_id FROM training_enrolment WHERE id = $1`, [enrolment.body.id]))[0].case_id).toBe(caseId);
  });

  it('answers 404 to a worker of another organisation, for cases and for homework', async () => {
    const client = await account('client', 'Cliënt Eigen Organisatie');
    await openCase(token['first'], client.id).expect(201);
    const { submissionId, enrolmentId } = await enrolWithHomework(client);
    const other = await makeOrganisation(t, { name: 'Ander MW', financiers: ['Utrecht'] });
    const foreign = await account('worker', 'Werker Elders', other.organisationId, other.financierId);

    expect((await openCase(foreign.token, client.id)).status).toBe(404);
    expect((await as(foreign.token).get(`/api/training-submissions/${submissionId}`)).status).toBe(404);
    expect((await as(foreign.token).get(`/api/training-enrolments/${enrolmentId}/progress`)).status).toBe(404);
  });
});
