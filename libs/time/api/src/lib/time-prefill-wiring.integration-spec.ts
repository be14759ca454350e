import { DossierModule } from '@nabij/dossier/api';
import { makeAppointment, makeCase } from '@nabij/dossier/api/testing';
import { IdentityModule } from '@nabij/identity/api';
import { makeClient, makeWorker } from '@nabij/identity/api/testing';
import { MessagesModule } from '@nabij/messages/api';
import { JobsService } from '@nabij/platform/api';
import { createTestApp, makeOrganisation, TestAccount, TestApp } from '@nabij/platform/testing';
import { ASSERTIVENESS_COURSE, installCourse, TrainingsModule } from '@nabij/trainings/api';
import { randomUUID } from 'node:crypto';
import { TimeModule } from '../index';

jest.setTimeout(90_000);

/**
 * Where contacts happen, time is prefilled — exactly once per contact: a worker's reply to a client
 * message, feedback or a return on homework (per hand-in round), an appointment marked attended.
 */
describe('prefilled time from messages, homework feedback and appointments', () => {
  let t: TestApp;
  let worker: string;
  let workerId: string;
  let workerAccount: TestAccount;
  let client: TestAccount;
  let clientId: string;
  let orgId: string;
  let financierId: string;
  let caseId: string;
  const q = (sql: string, params: unknown[] = []) => t.dataSource.query(sql, params);
  const as = (token: string) => ({
    post: (path: string, body: object = {}) => t.http().post(path).set('Authorization', `Bearer ${token}`).send(body),
    patch: (path: string, body: object) => t.http().patch(path).set('Authorization', `Bearer ${token}`).send(body),
    put: (path: string, body: object) => t.http().put(path).set('Authorization', `Bearer ${token}`).send(body),
  });
  // Producers send ContactOccurred; with background jobs off the test handles the queued events now.
  const drain = () => t.app.get(JobsService).drain();
  /** A client's message as POST /api/messages/mine sends it; answers the thread id. */
  const clientWrites = async (from: TestAccount, body: string, toCase?: string): Promise<string> =>
    (await as(from.token).post('/api/messages/mine', { id: randomUUID(), body, caseId: toCase }).expect(201)).body.threadId;
  const entries = async (source: string, sourceId?: string): Promise<Array<Record<string, unknown>>> => {
    await drain();
    return q(
      `SELECT *, occurred_on::text AS occurred_on FROM time_entry WHERE source = $1 AND ($2::text IS NULL OR source_id = $2) AND worker_id = $3`,
      [source, sourceId ?? null, workerId],
    );
  };

  beforeAll(async () => {
    t = await createTestApp({ imports: [IdentityModule, TimeModule, MessagesModule, DossierModule, TrainingsModule] });
    const org = await makeOrganisation(t);
    orgId = org.organisationId;
    financierId = org.financierId;
    const w = await makeWorker(t, { organisationId: orgId, teamId: org.teamId });
    client = await makeClient(t, { organisationId: orgId, financierId });
    workerId = w.id;
    workerAccount = w;
    clientId = client.id;
    worker = w.token;
    caseId = (await makeCase(t, { worker: w, clientId, kindOfWork: 'algemeen_mw', openedOn: '2026-02-01' })).id;
  });
  afterAll(() => t.close());

  it('prefills 20 minutes "message" for a reply on a case thread, once even when the reply is resent', async () => {
    // The client writes first: that makes the case's thread.
    const thread = { id: await clientWrites(client, 'Kunnen we praten?', caseId) };
    const reply = { id: randomUUID(), body: 'Dank je voor je bericht. Ik bel je morgen.' };
    expect((await as(worker).post(`/api/messages/inbox/${thread.id}/replies`, reply)).status).toBe(201);
    expect((await as(worker).post(`/api/messages/inbox/${thread.id}/replies`, reply)).status).toBe(201);
    const rows = await entries('message', reply.id);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      case_id: caseId,
      contact_type: 'message',
      minutes: 20,
      status: 'to_confirm',
      occurred_on: '2026-03-02',
    });
    // A second reply is a second contact.
    await as(worker).post(`/api/messages/inbox/${thread.id}/replies`, { id: randomUUID(), body: 'En nog iets.' }).expect(201);
    await drain();
    expect((await q(`SELECT count(*)::int AS n FROM time_entry WHERE source = 'message' AND case_id = $1`, [caseId]))[0].n).toBe(2);
  });

  it('prefills nothing for a reply in the duty queue (no case to register on)', async () => {
    const other = await makeClient(t, { organisationId: orgId, financierId, name: 'Zonder Casus' });
    const duty = { id: await clientWrites(other, 'Ik zoek hulp.') };
    const id = randomUUID();
    await as(worker).post(`/api/messages/inbox/${duty.id}/replies`, { id, body: 'Welkom bij Nabij.' }).expect(201);
    expect(await entries('message', id)).toHaveLength(0);
  });

  it('prefills 15 minutes homework feedback once per hand-in round (return, then feedback)', async () => {
    const course = await t.dataSource.transaction((db) =>
      installCourse(db, ASSERTIVENESS_COURSE, { organisationId: orgId, trainerId: workerId, now: t.clock.now() }),
    );
    // A guided course: the worker enrols the client of their case; the client works through module 1
    // and hands in its diary, through the trainings API.
    const enrolmentId = (
      await as(worker)
        .post(`/api/trainings/${course.trainingId}/enrolments`, {
          mode: 'blended',
          goals: ['Nee zeggen', 'Grenzen aangeven'],
          clientId: client.id,
        })
        .expect(201)
    ).body.id;
    const [read, watch, selfTest, homework] = course.modules[0].stepIds;
    const step = (id: string) => `/api/training-enrolments/${enrolmentId}/steps/${id}`;
    await as(client.token)
      .post(`${step(selfTest)}/self-test`, { answers: { q1: 'c', q2: 'b', q3: 4, q4: 2 } })
      .expect(200);
    await as(client.token)
      .post(`${step(read)}/done`)
      .expect(200);
    await as(client.token)
      .post(`${step(watch)}/done`)
      .expect(200);
    /** Hands in module 1's diary; answers the submission and the hand-in round it made (whose contact gets the time). */
    const handIn = async (feelings: string) => {
      const answers = {
        situation: 'Mijn buurvrouw vroeg of ik haar hond uitliet terwijl ik zelf ziek was.',
        thoughts: 'Ik dacht: als ik nee zeg, vindt ze me niet meer aardig.',
        feelings,
        actions: 'Ik zei toch ja en liep met de hond in de regen.',
        wish: 'Ik had willen zeggen dat ik ziek ben en dat het vandaag niet kan.',
      };
      const submissionId: string = (
        await as(client.token)
          .put(`${step(homework)}/homework`, { answers })
          .expect(200)
      ).body.id;
      const [round] = await q(`SELECT id FROM training_homework_contact WHERE submission_id = $1 ORDER BY revision DESC LIMIT 1`, [
        submissionId,
      ]);
      return { submissionId, roundId: round.id as string };
    };
    const round1 = await handIn('Ik voelde me onrustig.');
    await as(worker)
      .post(`/api/training-submissions/${round1.submissionId}/return`, { feedback: 'Vertel meer over wat je voelde.' })
      .expect(200);
    expect((await as(worker).post(`/api/training-submissions/${round1.submissionId}/return`, { feedback: 'Nog eens' })).status).toBe(409);
    expect(await entries('homework', round1.roundId)).toEqual([
      expect.objectContaining({ case_id: caseId, contact_type: 'homework_feedback', minutes: 15, status: 'to_confirm' }),
    ]);

    // The client hands it in again: a new round, a new contact.
    const round2 = await handIn('Ik voelde me onrustig en een beetje boos op mezelf.');
    expect(round2.submissionId).toBe(round1.submissionId);
    await as(worker).post(`/api/training-submissions/${round2.submissionId}/feedback`, { feedback: 'Goed gedaan!' }).expect(200);
    expect(await entries('homework', round2.roundId)).toHaveLength(1);
    expect(await entries('homework')).toHaveLength(2);
  });

  it('prefills an attended appointment once (face-to-face 60 minutes on its day), never a no-show', async () => {
    // Planned through the dossier's service (the factory plans it the day before); marking it is the test.
    const appointment = async (kind: 'face_to_face' | 'phone') =>
      (await makeAppointment(t, workerAccount, caseId, { startsAt: '2026-02-27T10:00:00Z', kind, durationMinutes: 45 })).id;
    const held = await appointment('face_to_face');
    const missed = await appointment('phone');
    const url = (id: string) => `/api/dossier/cases/${caseId}/appointments/${id}`;
    expect((await as(worker).patch(url(held), { status: 'attended' })).status).toBe(200);
    expect((await as(worker).patch(url(held), { status: 'attended' })).status).toBe(200);
    expect((await as(worker).patch(url(missed), { status: 'no_show' })).status).toBe(200);
    const rows = await entries('appointment');
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      source_id: held,
      case_id: caseId,
      contact_type: 'face_to_face',
      minutes: 60,
      occurred_on: '2026-02-27',
    });
  });
});
