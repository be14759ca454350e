import { DossierModule } from '@nabij/dossier/api';
import { makeCase } from '@nabij/dossier/api/testing';
import { IdentityModule } from '@nabij/identity/api';
import { PersonalDataEraserRegistry, PersonalDataRegistry } from '@nabij/platform/api';
import { bearer, createTestApp, TestApp } from '@nabij/platform/testing';
import { TrainingsModule } from '../index';
import { makeTrainingsWorld, TrainingsWorld } from './testing/trainings-world';
import { MODULE_1_ANSWERS } from './trainings-test-fixtures';

const FEEDBACK = 'Wat goed dat je dit opschreef! Wat zou je de volgende keer willen zeggen?';

/** Trainings' part of "download my data" and of erasing a client (deletion request or retention). */
describe('trainings personal data', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp({ imports: [IdentityModule, DossierModule, TrainingsModule] });
  });
  afterAll(() => t.close());
  beforeEach(() => t.clock.set('2026-03-02T09:00:00Z'));

  /** The client enrols, takes module 1's self-test, hands in its diary and gets feedback. */
  async function homeworkWithFeedback(w: TrainingsWorld, who: 'client' | 'otherClient' = 'client'): Promise<{ caseId: string }> {
    const client = w.accounts[who];
    const caseId = (
      await makeCase(t, { worker: w.accounts.worker, clientId: client.id, kindOfWork: 'hulp_online', openedOn: '2026-02-01' })
    ).id;
    const enrolment = await t
      .http()
      .post(`/api/trainings/${w.course.trainingId}/enrolments`)
      .set(bearer(w.accounts.worker))
      .send({ mode: 'online', goals: ['Nee zeggen tegen mijn baas', 'Opkomen voor mezelf'], clientId: client.id })
      .expect(201);
    const base = `/api/training-enrolments/${enrolment.body.id}/steps`;
    const steps = w.course.modules[0].stepIds;
    await t
      .http()
      .post(`${base}/${steps[2]}/self-test`)
      .set(bearer(client))
      .send({ answers: { q1: 'c', q2: 'b', q3: 4, q4: 2 } })
      .expect(200);
    await t.http().post(`${base}/${steps[0]}/done`).set(bearer(client)).expect(200);
    await t.http().post(`${base}/${steps[1]}/done`).set(bearer(client)).expect(200);
    const submission = await t
      .http()
      .put(`${base}/${steps[3]}/homework`)
      .set(bearer(client))
      .send({ answers: MODULE_1_ANSWERS })
      .expect(200);
    await t
      .http()
      .post(`/api/training-submissions/${submission.body.id}/feedback`)
      .set(bearer(w.accounts.worker))
      .send({ feedback: FEEDBACK })
      .expect(200);
    return { caseId };
  }

  const source = () =>
    t.app
      .get(PersonalDataRegistry)
      .sources()
      .find((s) => s.section === 'trainings')!;
  const eraser = () =>
    t.app
      .get(PersonalDataEraserRegistry)
      .erasers()
      .find((e) => e.section === 'trainings')!;

  it('exports enrolments with goals, self-test answers, homework answers and feedback', async () => {
    const w = await makeTrainingsWorld(t);
    await homeworkWithFeedback(w);
    const data = await source().collect(w.ids.client);
    expect(data['enrolments']).toEqual([
      expect.objectContaining({ training: expect.any(String), goals: ['Nee zeggen tegen mijn baas', 'Opkomen voor mezelf'], stepsDone: 4 }),
    ]);
    expect(data['selfTests']).toEqual([expect.objectContaining({ answers: { q1: 'c', q2: 'b', q3: 4, q4: 2 } })]);
    expect(data['homework']).toEqual([
      expect.objectContaining({ answers: MODULE_1_ANSWERS, feedback: FEEDBACK, feedbackBy: 'Youssef Amrani' }),
    ]);
    expect(await source().collect(w.ids.otherClient)).toEqual({ enrolments: [], selfTests: [], homework: [], groups: [] });
  });

  it('erases answers, goals and feedback, keeps the enrolment and progress, and leaves another client alone', async () => {
    const w = await makeTrainingsWorld(t);
    await homeworkWithFeedback(w);
    await homeworkWithFeedback(w, 'otherClient');
    expect(await eraser().inventory({ clientId: w.ids.client, cases: 'all' })).toEqual({ trainings: 2 });
    await t.dataSource.transaction((db) => eraser().erase({ clientId: w.ids.client, cases: 'all' }, db));
    const data = await source().collect(w.ids.client);
    const text = JSON.stringify(data);
    for (const gone of [MODULE_1_ANSWERS.situation, FEEDBACK, 'Nee zeggen tegen mijn baas', '"q1"']) expect(text).not.toContain(gone);
    expect(data['enrolments']).toEqual([expect.objectContaining({ stepsDone: 4 })]);
    expect(JSON.stringify(await source().collect(w.ids.otherClient))).toContain(MODULE_1_ANSWERS.situation);
    expect(await eraser().inventory({ clientId: w.ids.client, cases: 'all' })).toEqual({ trainings: 0 });
  });
});
