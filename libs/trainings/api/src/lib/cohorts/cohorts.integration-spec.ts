import { randomUUID } from 'node:crypto';
import { DossierModule } from '@nabij/dossier/api';
import { makeCase } from '@nabij/dossier/api/testing';
import { IdentityModule } from '@nabij/identity/api';
import { makeClient, makeWorker } from '@nabij/identity/api/testing';
import { JobsService } from '@nabij/platform/api';
import { bearer, createTestApp, HOUR, makeOrganisation, TestAccount, TestApp } from '@nabij/platform/testing';
import { TimeModule } from '@nabij/time/api';
import type { GroupTrainingReport, ParticipantCohortView, TrainerCohortView } from '@nabij/trainings/contracts';
import { TrainingsModule } from '../trainings.module';
import { makeTrainingsWorld, TrainingsWorld } from '../testing/trainings-world';
import { TrainingsErasureRepository } from '../trainings-erasure.repository';
import { TrainingsPersonalDataRepository } from '../trainings-personal-data.repository';
import { CohortMembershipService } from './cohort-membership.service';

jest.setTimeout(120_000);

const DAY = 24 * HOUR;
const hulpOnline = { kindOfWork: 'hulp_online', openedOn: '2026-02-01' } as const;

/** Group trainings: cohorts, sessions, attendance, the group message, the calendar and the report. */
describe('group trainings (cohorts)', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp({ imports: [IdentityModule, DossierModule, TimeModule, TrainingsModule] });
  }, 180_000);
  afterAll(() => t.close());

  const get = (who: TestAccount, path: string) => t.http().get(path).set(bearer(who));
  const post = (who: TestAccount, path: string, body?: object) => t.http().post(path).set(bearer(who)).send(body);
  const put = (who: TestAccount, path: string, body?: object) => t.http().put(path).set(bearer(who)).send(body);

  /** The course's trainer with two clients of their caseload and a third client of the organisation (not in it). */
  async function world(): Promise<TrainingsWorld & { third: TestAccount }> {
    const w = await makeTrainingsWorld(t);
    const third = await makeClient(t, { organisationId: w.orgId, financierId: w.financierId, name: 'Derde Klant Jansen' });
    await makeCase(t, { worker: w.accounts.worker, clientId: w.ids.client, ...hulpOnline });
    await makeCase(t, { worker: w.accounts.worker, clientId: w.ids.otherClient, ...hulpOnline });
    return { ...w, third };
  }

  async function cohortWith(w: TrainingsWorld, clients: string[], pacing = 'own_pace'): Promise<TrainerCohortView> {
    const made = await post(w.accounts.worker, '/api/training-cohorts', {
      trainingId: w.course.trainingId,
      title: 'Assertiviteit, groep maart',
      startsOn: '2026-03-10',
      pacing,
    }).expect(201);
    let view: TrainerCohortView = made.body;
    for (const clientId of clients) {
      view = (await post(w.accounts.worker, `/api/training-cohorts/${view.id}/participants`, { clientId }).expect(201)).body;
    }
    return view;
  }

  const roomSession = (startsAt: string, extra: object = {}) => ({
    startsAt,
    minutes: 120,
    place: 'room',
    room: 'Zaal 2',
    address: 'Breestraat 10, 2311 CS Leiden',
    ...extra,
  });

  it('lets a trainer make a group with two participants of their caseload and a session', async () => {
    const w = await world();
    const cohort = await cohortWith(w, [w.ids.client, w.ids.otherClient]);
    expect(cohort.participants.map((p) => [p.name, p.status, p.modulesTotal])).toEqual([
      ['Sanne de Vries', 'active', 8],
      ['Andere Deelnemer', 'active', 8],
    ]);
    const session = await post(
      w.accounts.worker,
      `/api/training-cohorts/${cohort.id}/sessions`,
      roomSession('2026-03-10T18:30:00+01:00', { moduleId: null }),
    );
    expect(session.status).toBe(201);
    expect(session.body).toMatchObject({ place: 'room', room: 'Zaal 2', minutes: 120, endsAt: '2026-03-10T19:30:00.000Z' });
    const enrolments = await t.dataSource.query(`SELECT mode, case_id FROM training_enrolment WHERE client_id = $1`, [w.ids.client]);
    expect(enrolments).toEqual([{ mode: 'blended', case_id: expect.any(String) }]);
    // Reading the group's progress is a read of each participant's work: logged per client.
    const logged = await t.dataSource.query(
      `SELECT count(DISTINCT client_id)::int AS n FROM audit_entry WHERE resource_type = 'training_cohort' AND resource_id = $1 AND action = 'read'`,
      [cohort.id],
    );
    expect(logged[0].n).toBe(2);
  });

  it('shows a participant the next session and the others by first name only: no surname or e-mail in the JSON', async () => {
    const w = await world();
    const cohort = await cohortWith(w, [w.ids.client, w.ids.otherClient]);
    await post(w.accounts.worker, `/api/training-cohorts/${cohort.id}/sessions`, roomSession('2026-03-10T18:30:00+01:00')).expect(201);
    const res = await get(w.accounts.client, `/api/training-cohorts/${cohort.id}`).expect(200);
    const view: ParticipantCohortView = res.body;
    expect(view.members).toEqual([
      { displayName: 'Sanne', isMe: true },
      { displayName: 'Andere', isMe: false },
    ]);
    expect(view.nextSession).toMatchObject({ room: 'Zaal 2', address: 'Breestraat 10, 2311 CS Leiden' });
    const json = JSON.stringify(res.body);
    for (const secret of ['de Vries', 'Deelnemer', w.accounts.otherClient.email, w.accounts.client.email, w.ids.otherClient]) {
      expect(json).not.toContain(secret);
    }
    // A nickname replaces the first name for the whole group.
    await put(w.accounts.otherClient, `/api/training-cohorts/${cohort.id}/nickname`, { nickname: 'Zonnetje' }).expect(200);
    const again: ParticipantCohortView = (await get(w.accounts.client, `/api/training-cohorts/${cohort.id}`).expect(200)).body;
    expect(again.members.map((m) => m.displayName)).toEqual(['Sanne', 'Zonnetje']);
    const list = (await get(w.accounts.client, '/api/training-cohorts').expect(200)).body;
    expect(list).toEqual([expect.objectContaining({ id: cohort.id, role: 'participant', myStatus: 'active', participantCount: 2 })]);
  });

  it("gives a participant of group A 404 on group B's page, sessions and calendar; strangers and other organisations too", async () => {
    const w = await world();
    const a = await cohortWith(w, [w.ids.client]);
    const b = await cohortWith(w, [w.ids.otherClient]);
    await post(w.accounts.worker, `/api/training-cohorts/${b.id}/sessions`, roomSession('2026-03-12T18:30:00+01:00')).expect(201);
    for (const path of [
      `/api/training-cohorts/${b.id}`,
      `/api/training-cohorts/${b.id}/sessions`,
      `/api/training-cohorts/${b.id}/calendar`,
    ]) {
      expect({ path, status: (await get(w.accounts.client, path)).status }).toEqual({ path, status: 404 });
    }
    expect((await get(w.accounts.client, `/api/training-cohorts/${a.id}/sessions`)).status).toBe(200);
    // A worker who is not a trainer of the group, and a worker of another organisation.
    const org2 = await makeOrganisation(t);
    const stranger = await makeWorker(t, { organisationId: org2.organisationId, teamId: org2.teamId, canTrain: true });
    for (const who of [w.accounts.otherWorker, stranger]) {
      expect((await get(who, `/api/training-cohorts/${a.id}`)).status).toBe(404);
      expect((await post(who, `/api/training-cohorts/${a.id}/participants`, { clientId: w.third.id })).status).toBe(404);
      expect((await post(who, `/api/training-cohorts/${a.id}/sessions`, roomSession('2026-03-12T18:30:00+01:00'))).status).toBe(404);
    }
    // A team lead and an admin get no group content at all.
    for (const who of [w.accounts.teamLead, w.accounts.admin]) {
      expect((await get(who, '/api/training-cohorts')).status).toBe(403);
      expect((await get(who, `/api/training-cohorts/${a.id}`)).status).toBe(403);
    }
    // A client cannot plan sessions or take attendance.
    expect((await post(w.accounts.client, `/api/training-cohorts/${a.id}/sessions`, roomSession('2026-03-12T18:30:00+01:00'))).status).toBe(
      403,
    );
  });

  it('enrols only clients of the trainer’s own caseload (404 otherwise); a worker who may not train makes no group', async () => {
    const w = await world();
    const cohort = await cohortWith(w, []);
    expect((await post(w.accounts.worker, `/api/training-cohorts/${cohort.id}/participants`, { clientId: w.third.id })).status).toBe(404);
    expect(
      (
        await post(w.accounts.otherWorker, '/api/training-cohorts', {
          trainingId: w.course.trainingId,
          title: 'X',
          startsOn: '2026-03-10',
          pacing: 'own_pace',
        })
      ).status,
    ).toBe(404);
    await post(w.accounts.worker, `/api/training-cohorts/${cohort.id}/participants`, { clientId: w.ids.client }).expect(201);
    expect((await post(w.accounts.worker, `/api/training-cohorts/${cohort.id}/participants`, { clientId: w.ids.client })).status).toBe(409);
  });

  it('invites a registered client by e-mail, who sees the invitation and joins by accepting', async () => {
    const w = await world();
    const cohort = await cohortWith(w, [w.ids.client]);
    const invited = await post(w.accounts.worker, `/api/training-cohorts/${cohort.id}/invitations`, { email: w.third.email });
    expect(invited.status).toBe(201);
    expect((invited.body as TrainerCohortView).invitedCount).toBe(1);
    expect((await get(w.third, '/api/training-cohorts').expect(200)).body).toEqual([
      expect.objectContaining({ id: cohort.id, myStatus: 'invited', nextSession: null }),
    ]);
    expect((await get(w.third, `/api/training-cohorts/${cohort.id}`)).status).toBe(404);
    expect((await post(w.accounts.otherClient, `/api/training-cohorts/${cohort.id}/accept`)).status).toBe(404);
    const accepted = await post(w.third, `/api/training-cohorts/${cohort.id}/accept`).expect(200);
    expect((accepted.body as ParticipantCohortView).members.map((m) => m.displayName)).toEqual(['Sanne', 'Derde']);
    expect((accepted.body as ParticipantCohortView).myEnrolmentId).toEqual(expect.any(String));
    // An address that is not a client of the organisation: 400 naming the field.
    const unknown = await post(w.accounts.worker, `/api/training-cohorts/${cohort.id}/invitations`, { email: w.accounts.teamLead.email });
    expect(unknown.status).toBe(400);
    expect(Object.keys(unknown.body.fields)).toEqual(['email']);
  });

  it('feeds attendance into time registration (non-client group time per trainer) and the team lead report', async () => {
    const w = await world();
    const cohort = await cohortWith(w, [w.ids.client, w.ids.otherClient]);
    const start = new Date(t.clock.now().getTime() + DAY);
    const session = (
      await post(w.accounts.worker, `/api/training-cohorts/${cohort.id}/sessions`, roomSession(start.toISOString())).expect(201)
    ).body;
    const attendance = `/api/training-cohorts/${cohort.id}/sessions/${session.id}/attendance`;
    expect((await put(w.accounts.worker, attendance, { present: [w.ids.client] })).status).toBe(409);
    t.clock.advance(DAY + 2 * HOUR);
    const bad = await put(w.accounts.worker, attendance, { present: [w.third.id] });
    expect(bad.status).toBe(400);
    expect(Object.keys(bad.body.fields)).toEqual(['present']);
    const taken = await put(w.accounts.worker, attendance, { present: [w.ids.client] }).expect(200);
    expect(taken.body).toEqual({ sessionId: session.id, present: [w.ids.client], absent: [w.ids.otherClient] });
    // Taking it again corrects the marks; the time is registered once.
    await put(w.accounts.worker, attendance, { present: [w.ids.client] }).expect(200);
    await t.app.get(JobsService).drain();
    const time = await t.dataSource.query(
      `SELECT worker_id, case_id, organisation_id, contact_type, minutes, status FROM time_entry WHERE source = 'group_session' AND worker_id = $1`,
      [w.ids.worker],
    );
    expect(time).toEqual([
      {
        worker_id: w.ids.worker,
        case_id: null,
        organisation_id: w.orgId,
        contact_type: 'group_training',
        minutes: 120,
        status: 'to_confirm',
      },
    ]);
    const day = start.toISOString().slice(0, 10);
    const report: GroupTrainingReport = (await get(w.accounts.teamLead, `/api/training-group-report?from=${day}&to=${day}`).expect(200))
      .body;
    expect(report.cohorts).toEqual([
      expect.objectContaining({
        cohortId: cohort.id,
        participants: 2,
        sessionsHeld: 1,
        sessionsPlanned: 1,
        attendancePercent: 50,
        groupMinutes: 120,
      }),
    ]);
    expect(report.totals).toEqual({ sessionsHeld: 1, participants: 2, presentMarks: 1, groupMinutes: 120 });
    expect(JSON.stringify(report)).not.toContain('Sanne');
    // The trainer sees who came.
    const view: TrainerCohortView = (await get(w.accounts.worker, `/api/training-cohorts/${cohort.id}`).expect(200)).body;
    expect(view.participants.map((p) => p.sessionsAttended)).toEqual([1, 0]);
    // Nobody stopped yet; after the stall period without activity both count as dropped out in module 1.
    expect(report.cohorts[0].dropOutPerModule[0]).toEqual({ position: 1, title: expect.any(String), droppedOut: 0 });
    t.clock.advance(15 * DAY);
    const later: GroupTrainingReport = (await get(w.accounts.admin, `/api/training-group-report?from=${day}&to=${day}`).expect(200)).body;
    expect(later.cohorts[0].dropOutPerModule[0].droppedOut).toBe(2);
    expect((await get(w.accounts.worker, `/api/training-group-report?from=${day}&to=${day}`)).status).toBe(403);
    expect((await get(w.accounts.teamLead, `/api/training-group-report?from=2026-13-01&to=${day}`)).status).toBe(400);
  });

  it('cancels a meeting not held yet (a held one stays) and takes a participant out, who keeps their enrolment', async () => {
    const w = await world();
    const cohort = await cohortWith(w, [w.ids.client, w.ids.otherClient]);
    const planned = (
      await post(w.accounts.worker, `/api/training-cohorts/${cohort.id}/sessions`, roomSession('2026-03-20T18:30:00+01:00')).expect(201)
    ).body;
    const held = (
      await post(w.accounts.worker, `/api/training-cohorts/${cohort.id}/sessions`, roomSession('2026-03-01T18:30:00+01:00')).expect(201)
    ).body;
    await put(w.accounts.worker, `/api/training-cohorts/${cohort.id}/sessions/${held.id}/attendance`, { present: [w.ids.client] }).expect(
      200,
    );
    expect(
      (await t.http().delete(`/api/training-cohorts/${cohort.id}/sessions/${planned.id}`).set(bearer(w.accounts.otherWorker))).status,
    ).toBe(404);
    expect((await t.http().delete(`/api/training-cohorts/${cohort.id}/sessions/${planned.id}`).set(bearer(w.accounts.client))).status).toBe(
      403,
    );
    await t.http().delete(`/api/training-cohorts/${cohort.id}/sessions/${planned.id}`).set(bearer(w.accounts.worker)).expect(204);
    expect((await t.http().delete(`/api/training-cohorts/${cohort.id}/sessions/${held.id}`).set(bearer(w.accounts.worker))).status).toBe(
      409,
    );
    expect(
      (await get(w.accounts.worker, `/api/training-cohorts/${cohort.id}/sessions`).expect(200)).body.map((s: { id: string }) => s.id),
    ).toEqual([held.id]);

    const removed = await t
      .http()
      .delete(`/api/training-cohorts/${cohort.id}/participants/${w.ids.otherClient}`)
      .set(bearer(w.accounts.worker));
    expect(removed.status).toBe(200);
    expect((removed.body as TrainerCohortView).participants.map((p) => p.clientId)).toEqual([w.ids.client]);
    expect((await get(w.accounts.otherClient, `/api/training-cohorts/${cohort.id}`)).status).toBe(404);
    expect((await get(w.accounts.otherClient, '/api/training-enrolments/mine').expect(200)).body).toHaveLength(1);
    expect(
      (await t.http().delete(`/api/training-cohorts/${cohort.id}/participants/${w.ids.otherClient}`).set(bearer(w.accounts.worker))).status,
    ).toBe(404);
  });

  it('moves a meeting not held yet and tells the participants without saying what; a held one stays as it was', async () => {
    const w = await world();
    const cohort = await cohortWith(w, [w.ids.client, w.ids.otherClient]);
    const path = (id: string) => `/api/training-cohorts/${cohort.id}/sessions/${id}`;
    const planned = (
      await post(w.accounts.worker, `/api/training-cohorts/${cohort.id}/sessions`, roomSession('2026-03-20T18:30:00+01:00')).expect(201)
    ).body;
    const mails = (to: string) =>
      t.dataSource.query(`SELECT subject, text FROM outbox_mail WHERE to_address = $1 AND subject LIKE '%veranderd%'`, [to]);

    // Only a trainer of this group, of this organisation, may change it.
    expect((await put(w.accounts.client, path(planned.id), roomSession('2026-03-27T18:30:00+01:00'))).status).toBe(403);
    expect((await put(w.accounts.otherWorker, path(planned.id), roomSession('2026-03-27T18:30:00+01:00'))).status).toBe(404);
    expect((await put(w.accounts.worker, path(randomUUID()), roomSession('2026-03-27T18:30:00+01:00'))).status).toBe(404);
    const stranger = await makeWorker(t, { organisationId: (await makeOrganisation(t)).organisationId });
    expect((await put(stranger, path(planned.id), roomSession('2026-03-27T18:30:00+01:00'))).status).toBe(404);

    // A new length only: no mail.
    await put(w.accounts.worker, path(planned.id), roomSession('2026-03-20T18:30:00+01:00', { minutes: 90 })).expect(200);
    expect(await mails(w.accounts.client.email)).toEqual([]);

    const moved = await put(w.accounts.worker, path(planned.id), {
      startsAt: '2026-03-27T19:00:00+01:00',
      minutes: 60,
      place: 'online',
      link: 'https://meet.example.nl/groep',
    }).expect(200);
    expect(moved.body).toMatchObject({ id: planned.id, place: 'online', room: null, address: null, link: 'https://meet.example.nl/groep' });
    expect(moved.body.endsAt).toBe('2026-03-27T19:00:00.000Z');
    const seen = (await get(w.accounts.client, `/api/training-cohorts/${cohort.id}/sessions`).expect(200)).body;
    expect(seen).toEqual([expect.objectContaining({ id: planned.id, startsAt: '2026-03-27T18:00:00.000Z', place: 'online' })]);
    for (const who of [w.accounts.client, w.accounts.otherClient]) {
      const [mail, ...more] = await mails(who.email);
      expect(more).toEqual([]);
      expect(mail.text).toContain('Log in bij Nabij');
      expect(mail.text).not.toMatch(/27|meet\.example|Assertiviteit/);
    }

    // Bad input: 400 naming the field, the session unchanged.
    const bad = await put(w.accounts.worker, path(planned.id), { ...roomSession('2026-03-27T19:00:00+01:00'), minutes: 2 });
    expect(bad.status).toBe(400);
    expect(Object.keys(bad.body.fields)).toEqual(['minutes']);
    const [row] = await t.dataSource.query(`SELECT minutes, place FROM training_group_session WHERE id = $1`, [planned.id]);
    expect(row).toEqual({ minutes: 60, place: 'online' });

    const held = (
      await post(w.accounts.worker, `/api/training-cohorts/${cohort.id}/sessions`, roomSession('2026-03-01T18:30:00+01:00')).expect(201)
    ).body;
    await put(w.accounts.worker, `${path(held.id)}/attendance`, { present: [w.ids.client] }).expect(200);
    expect((await put(w.accounts.worker, path(held.id), roomSession('2026-04-03T18:30:00+01:00'))).status).toBe(409);
  });

  it('puts a group message in each participant’s own messages once, also when sent again', async () => {
    const w = await world();
    const cohort = await cohortWith(w, [w.ids.client, w.ids.otherClient]);
    const id = randomUUID();
    const body = { id, body: 'Denk aan je oefenschrift voor dinsdag.' };
    expect((await post(w.accounts.worker, `/api/training-cohorts/${cohort.id}/messages`, body).expect(201)).body).toEqual({ sent: 2 });
    expect((await post(w.accounts.worker, `/api/training-cohorts/${cohort.id}/messages`, body).expect(201)).body).toEqual({ sent: 0 });
    const rows = await t.dataSource.query(
      `SELECT th.client_id, m.sender_id FROM message m JOIN message_thread th ON th.id = m.thread_id WHERE m.body LIKE '%oefenschrift%' ORDER BY th.client_id`,
    );
    expect(rows.map((r: { client_id: string }) => r.client_id).sort()).toEqual([w.ids.client, w.ids.otherClient].sort());
    expect(new Set(rows.map((r: { sender_id: string }) => r.sender_id))).toEqual(new Set([w.ids.worker]));
    expect((await post(w.accounts.client, `/api/training-cohorts/${cohort.id}/messages`, { id: randomUUID(), body: 'Hoi' })).status).toBe(
      403,
    );
  });

  it('downloads the sessions as an iCalendar file', async () => {
    const w = await world();
    const cohort = await cohortWith(w, [w.ids.client]);
    await post(w.accounts.worker, `/api/training-cohorts/${cohort.id}/sessions`, roomSession('2026-03-10T18:30:00+01:00')).expect(201);
    await post(w.accounts.worker, `/api/training-cohorts/${cohort.id}/sessions`, {
      startsAt: '2026-03-17T18:30:00+01:00',
      minutes: 90,
      place: 'online',
      link: 'https://meet.example.nl/groep',
    }).expect(201);
    const res = await get(w.accounts.client, `/api/training-cohorts/${cohort.id}/calendar`).expect(200);
    expect(res.headers['content-type']).toMatch(/^text\/calendar/);
    expect(res.text.match(/BEGIN:VEVENT/g)).toHaveLength(2);
    expect(res.text).toContain('DTSTART:20260310T173000Z');
    expect(res.text).toContain('LOCATION:Zaal 2\\, Breestraat 10\\, 2311 CS Leiden');
    expect(res.text).toContain('URL:https://meet.example.nl/groep');
  });

  it('opens a module on its session day when the group goes per session', async () => {
    const w = await world();
    const cohort = await cohortWith(w, [w.ids.client], 'per_session');
    const start = new Date(t.clock.now().getTime() + 3 * DAY);
    await post(
      w.accounts.worker,
      `/api/training-cohorts/${cohort.id}/sessions`,
      roomSession(start.toISOString(), { moduleId: w.course.modules[0].id }),
    ).expect(201);
    const enrolmentId = cohort.participants[0].enrolmentId;
    const before = (await get(w.accounts.client, `/api/training-enrolments/${enrolmentId}/progress`).expect(200)).body;
    expect(before.modules[0].status).toBe('locked');
    t.clock.advance(3 * DAY);
    const after = (await get(w.accounts.client, `/api/training-enrolments/${enrolmentId}/progress`).expect(200)).body;
    expect(after.modules[0].status).toBe('open');
  });

  it('answers the forum’s questions: the role in a group and the groups of a user (invited clients are not in yet)', async () => {
    const w = await world();
    const cohort = await cohortWith(w, [w.ids.client]);
    await post(w.accounts.worker, `/api/training-cohorts/${cohort.id}/invitations`, { email: w.third.email }).expect(201);
    const membership = t.app.get(CohortMembershipService);
    expect(await membership.roleIn(w.accounts.worker, cohort.id)).toBe('trainer');
    expect(await membership.roleIn(w.accounts.client, cohort.id)).toBe('participant');
    expect(await membership.roleIn(w.third, cohort.id)).toBeNull();
    expect(await membership.roleIn(w.accounts.otherClient, cohort.id)).toBeNull();
    expect(await membership.roleIn({ id: w.ids.client, organisationId: randomUUID() }, cohort.id)).toBeNull();
    expect(await membership.cohortsOf(w.accounts.client)).toEqual([
      { cohortId: cohort.id, organisationId: w.orgId, trainingId: w.course.trainingId, title: cohort.title, role: 'participant' },
    ]);
    expect(await membership.cohortsOf(w.third)).toEqual([]);
  });

  it("exports the client's groups with nickname and attendance, and erasing the client wipes the nickname", async () => {
    const w = await world();
    const cohort = await cohortWith(w, [w.ids.client]);
    await put(w.accounts.client, `/api/training-cohorts/${cohort.id}/nickname`, { nickname: 'Zonnetje' }).expect(200);
    const exported = await t.app.get(TrainingsPersonalDataRepository).collect(w.ids.client);
    expect(exported['groups']).toEqual([
      expect.objectContaining({ group: cohort.title, nickname: 'Zonnetje', status: 'active', attendance: [] }),
    ]);
    await t.dataSource.transaction((db) => t.app.get(TrainingsErasureRepository).erase({ clientId: w.ids.client, cases: 'all' }, db));
    const view: ParticipantCohortView = (await get(w.accounts.client, `/api/training-cohorts/${cohort.id}`).expect(200)).body;
    expect(view.myNickname).toBeNull();
  });

  describe('bad input: 400 naming the field, nothing stored', () => {
    let w: TrainingsWorld;
    let cohortId: string;
    beforeAll(async () => {
      w = await world();
      cohortId = (await cohortWith(w, [w.ids.client])).id;
    });

    const good = () => ({ trainingId: w.course.trainingId, title: 'Groep', startsOn: '2026-03-10', pacing: 'own_pace' });
    it.each([
      ['no trainingId', { trainingId: undefined }, 'trainingId'],
      ['a trainingId that is no uuid', { trainingId: 'abc' }, 'trainingId'],
      ['an unknown training', { trainingId: randomUUID() }, 'trainingId'],
      ['an empty title', { title: '   ' }, 'title'],
      ['a huge title', { title: 'x'.repeat(10_000) }, 'title'],
      ['a date that does not exist', { startsOn: '2026-02-31x' }, 'startsOn'],
      ['a number as date', { startsOn: 20260310 }, 'startsOn'],
      ['an unknown pacing', { pacing: 'fast' }, 'pacing'],
      ['a co-trainer who is no trainer', { coTrainerIds: [randomUUID()] }, 'coTrainerIds'],
      ['co-trainers that are no list', { coTrainerIds: 'abc' }, 'coTrainerIds'],
    ])('a group with %s', async (_, change, field) => {
      const before = await t.dataSource.query(`SELECT count(*)::int AS n FROM training_cohort WHERE organisation_id = $1`, [w.orgId]);
      const res = await post(w.accounts.worker, '/api/training-cohorts', { ...good(), ...change });
      expect(res.status).toBe(400);
      expect(Object.keys(res.body.fields)).toEqual([field]);
      const after = await t.dataSource.query(`SELECT count(*)::int AS n FROM training_cohort WHERE organisation_id = $1`, [w.orgId]);
      expect(after[0].n).toBe(before[0].n);
    });

    it.each([
      ['no start', { startsAt: undefined }, 'startsAt'],
      ['a start that is no date', { startsAt: 'morgen' }, 'startsAt'],
      ['5 minutes', { minutes: 5 }, 'minutes'],
      ['minutes as text', { minutes: 'twee uur' }, 'minutes'],
      ['an unknown place', { place: 'garden' }, 'place'],
      ['a room without address', { address: undefined }, 'address'],
      ['online without a link', { place: 'online', room: undefined, address: undefined }, 'link'],
      ['a link that is no https address', { place: 'online', link: 'javascript:alert(1)' }, 'link'],
      ['a module of another course', { moduleId: randomUUID() }, 'moduleId'],
    ])('a session with %s', async (_, change, field) => {
      const res = await post(w.accounts.worker, `/api/training-cohorts/${cohortId}/sessions`, {
        ...roomSession('2026-03-10T18:30:00+01:00'),
        ...change,
      });
      expect(res.status).toBe(400);
      expect(Object.keys(res.body.fields)).toEqual([field]);
      const rows = await t.dataSource.query(`SELECT count(*)::int AS n FROM training_group_session WHERE cohort_id = $1`, [cohortId]);
      expect(rows[0].n).toBe(0);
    });

    it.each([
      ['attendance that is no list', 'attendance', { present: 'iedereen' }, 'present'],
      ['a message without text', 'messages', { id: randomUUID(), body: '  ' }, 'body'],
      ['a message without id', 'messages', { body: 'Hallo' }, 'id'],
      ['a huge message', 'messages', { id: randomUUID(), body: 'x'.repeat(5000) }, 'body'],
      ['a participant id that is no uuid', 'participants', { clientId: 'sanne' }, 'clientId'],
      ['an invitation without e-mail address', 'invitations', { email: 'geen-adres' }, 'email'],
    ])('%s', async (_, route, body, field) => {
      const path =
        route === 'attendance'
          ? `/api/training-cohorts/${cohortId}/sessions/${randomUUID()}/attendance`
          : `/api/training-cohorts/${cohortId}/${route}`;
      const res = route === 'attendance' ? await put(w.accounts.worker, path, body) : await post(w.accounts.worker, path, body);
      expect(res.status).toBe(400);
      expect(Object.keys(res.body.fields)).toEqual([field]);
    });

    it('a nickname that is too long, too short or has markup', async () => {
      for (const nickname of ['x'.repeat(31), '<b>', 'a']) {
        const res = await put(w.accounts.client, `/api/training-cohorts/${cohortId}/nickname`, { nickname });
        expect(res.status).toBe(400);
        expect(Object.keys(res.body.fields)).toEqual(['nickname']);
      }
    });
  });
});
