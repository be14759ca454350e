import { DossierModule } from '@nabij/dossier/api';
import { closeCase, makeCase } from '@nabij/dossier/api/testing';
import { IdentityModule } from '@nabij/identity/api';
import { makeAdmin, makeClient, makeTeamLead, makeWorker } from '@nabij/identity/api/testing';
import { bearer, createTestApp, makeOrganisation, TestAccount, TestApp, TestOrganisation } from '@nabij/platform/testing';
import { ASSERTIVENESS_COURSE, installCourse } from '@nabij/trainings/api';
import { randomUUID } from 'node:crypto';
import { OrganisationModule } from '../index';

const PASSWORD = 'Zomer-Fietsbel-2026!';

/** /api/organisation/staff: an admin manages the staff accounts of their own organisation only. */
describe('staff (admin)', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp({ imports: [IdentityModule, DossierModule, OrganisationModule] });
  });
  afterAll(() => t.close());

  async function orgWithAdmin(): Promise<{ org: TestOrganisation; admin: TestAccount }> {
    const org = await makeOrganisation(t, { teams: ['Team Leiden', 'Team Rijnstreek'] });
    return { org, admin: await makeAdmin(t, { organisationId: org.organisationId, name: 'Anna Admin' }) };
  }

  /** Both login steps (password, then the authenticator code staff must use). */
  function login(email: string) {
    return t.signIn(email, PASSWORD);
  }

  it('lists the staff of the own organisation with their team, never clients or another organisation’s staff', async () => {
    const { org, admin } = await orgWithAdmin();
    const other = await orgWithAdmin();
    const worker = await makeWorker(t, { organisationId: org.organisationId, teamId: org.teamId, name: 'Bram Werker' });
    await makeClient(t, { organisationId: org.organisationId, financierId: org.financierId });
    await makeWorker(t, { organisationId: other.org.organisationId });
    const res = await t.http().get('/api/organisation/staff').set(bearer(admin));
    expect(res.status).toBe(200);
    expect(res.body).toEqual([
      {
        id: admin.id,
        name: 'Anna Admin',
        email: admin.email,
        role: 'admin',
        teamId: null,
        teamName: null,
        deactivatedAt: null,
        canTrain: false,
        chatDuty: false,
        libraryEditor: false,
      },
      {
        id: worker.id,
        name: 'Bram Werker',
        email: worker.email,
        role: 'worker',
        teamId: org.teamId,
        teamName: 'Team Leiden',
        deactivatedAt: null,
        canTrain: false,
        chatDuty: false,
        libraryEditor: false,
      },
    ]);
  });

  it.each(['worker', 'team_lead', 'client'] as const)('refuses a %s on every staff route (403)', async (role) => {
    const { org } = await orgWithAdmin();
    const target = await makeWorker(t, { organisationId: org.organisationId });
    const who =
      role === 'worker'
        ? await makeWorker(t, { organisationId: org.organisationId })
        : role === 'team_lead'
          ? await makeTeamLead(t, { organisationId: org.organisationId, teamId: org.teamId })
          : await makeClient(t, { organisationId: org.organisationId, financierId: org.financierId });
    const id = target.id;
    const answers = await Promise.all([
      t.http().get('/api/organisation/staff').set(bearer(who)),
      t.http().patch(`/api/organisation/staff/${id}`).set(bearer(who)).send({ role: 'admin' }),
      t.http().get(`/api/organisation/staff/${id}/open-work`).set(bearer(who)),
      t.http().post(`/api/organisation/staff/${id}/hand-over`).set(bearer(who)).send({ toWorkerId: who.id }),
      t.http().post(`/api/organisation/staff/${id}/deactivate`).set(bearer(who)),
      t.http().post(`/api/organisation/staff/${id}/reactivate`).set(bearer(who)),
    ]);
    expect(answers.map((r) => r.status)).toEqual([403, 403, 403, 403, 403, 403]);
    const [row] = await t.dataSource.query(`SELECT role, deactivated_at FROM account WHERE id = $1`, [id]);
    expect(row).toEqual({ role: 'worker', deactivated_at: null });
  });

  it('answers 404 for another organisation’s account (and for a client) on every staff route, changing nothing', async () => {
    const { org, admin } = await orgWithAdmin();
    const other = await orgWithAdmin();
    const foreign = await makeWorker(t, { organisationId: other.org.organisationId });
    const client = await makeClient(t, { organisationId: org.organisationId, financierId: org.financierId });
    const colleague = await makeWorker(t, { organisationId: org.organisationId });
    for (const id of [foreign.id, client.id]) {
      const answers = await Promise.all([
        t.http().patch(`/api/organisation/staff/${id}`).set(bearer(admin)).send({ role: 'admin' }),
        t.http().get(`/api/organisation/staff/${id}/open-work`).set(bearer(admin)),
        t.http().post(`/api/organisation/staff/${id}/hand-over`).set(bearer(admin)).send({ toWorkerId: colleague.id }),
        t.http().post(`/api/organisation/staff/${id}/deactivate`).set(bearer(admin)),
        t.http().post(`/api/organisation/staff/${id}/reactivate`).set(bearer(admin)),
      ]);
      expect(answers.map((r) => r.status)).toEqual([404, 404, 404, 404, 404]);
    }
    const [row] = await t.dataSource.query(`SELECT role, deactivated_at FROM account WHERE id = $1`, [foreign.id]);
    expect(row).toEqual({ role: 'worker', deactivated_at: null });
    // Another organisation's team or worker in the body is 404 too.
    const team = await t.http().patch(`/api/organisation/staff/${colleague.id}`).set(bearer(admin)).send({ teamId: other.org.teamId });
    const to = await t.http().post(`/api/organisation/staff/${colleague.id}/hand-over`).set(bearer(admin)).send({ toWorkerId: foreign.id });
    expect([team.status, to.status]).toEqual([404, 404]);
  });

  it.each([
    ['a role that is not a staff role', { role: 'client' }, 'role'],
    ['a team id that is not a UUID', { teamId: 'team-1' }, 'teamId'],
    ['an unknown field', { email: 'x@y.nl' }, 'email'],
  ])('refuses %s on change with 400 naming the field', async (_, body, field) => {
    const { org, admin } = await orgWithAdmin();
    const worker = await makeWorker(t, { organisationId: org.organisationId });
    const res = await t.http().patch(`/api/organisation/staff/${worker.id}`).set(bearer(admin)).send(body);
    expect(res.status).toBe(400);
    expect(Object.keys(res.body.fields)).toEqual([field]);
  });

  it('refuses a hand-over without a valid worker id with 400 naming toWorkerId, and a bad path id naming id', async () => {
    const { org, admin } = await orgWithAdmin();
    const worker = await makeWorker(t, { organisationId: org.organisationId });
    const body = await t.http().post(`/api/organisation/staff/${worker.id}/hand-over`).set(bearer(admin)).send({ toWorkerId: 'nobody' });
    const path = await t.http().post('/api/organisation/staff/not-an-id/deactivate').set(bearer(admin));
    expect([body.status, path.status]).toEqual([400, 400]);
    expect(Object.keys(body.body.fields)).toEqual(['toWorkerId']);
    expect(Object.keys(path.body.fields)).toEqual(['id']);
  });

  it('changes role and team (audited); a role change ends the person’s logins, a team change alone does not', async () => {
    const { org, admin } = await orgWithAdmin();
    const worker = await makeWorker(t, { organisationId: org.organisationId, teamId: org.teamId, password: PASSWORD });
    // A real login: only logins (not factory tokens) are in the session registry that revokeAll ends.
    const token = (await login(worker.email)).body.accessToken;
    const team = await t
      .http()
      .patch(`/api/organisation/staff/${worker.id}`)
      .set(bearer(admin))
      .send({ teamId: org.teamIds['Team Rijnstreek'] });
    expect(team.status).toBe(200);
    expect(team.body).toMatchObject({ role: 'worker', teamName: 'Team Rijnstreek' });
    expect((await t.http().get('/api/auth/me').set(bearer(token))).status).toBe(200);

    const role = await t.http().patch(`/api/organisation/staff/${worker.id}`).set(bearer(admin)).send({ role: 'team_lead', teamId: null });
    expect(role.status).toBe(200);
    expect(role.body).toMatchObject({ role: 'team_lead', teamId: null });
    expect((await t.http().get('/api/auth/me').set(bearer(token))).status).toBe(401);
    const audit = await t.dataSource.query(
      `SELECT reason FROM audit_entry WHERE resource_type = 'staff_account' AND resource_id = $1 ORDER BY occurred_at, id`,
      [worker.id],
    );
    expect(audit.map((a: { reason: string }) => a.reason).sort()).toEqual([
      `role team_lead, team none`,
      `role worker, team ${org.teamIds['Team Rijnstreek']}`,
    ]);
  });

  it('refuses to put someone in an archived team (404)', async () => {
    const { org, admin } = await orgWithAdmin();
    const worker = await makeWorker(t, { organisationId: org.organisationId });
    await t.http().post(`/api/organisation/teams/${org.teamIds['Team Rijnstreek']}/archive`).set(bearer(admin)).expect(200);
    const res = await t
      .http()
      .patch(`/api/organisation/staff/${worker.id}`)
      .set(bearer(admin))
      .send({ teamId: org.teamIds['Team Rijnstreek'] });
    expect(res.status).toBe(404);
  });

  it('refuses an admin changing their own role or deactivating themselves (409)', async () => {
    const { admin } = await orgWithAdmin();
    const role = await t.http().patch(`/api/organisation/staff/${admin.id}`).set(bearer(admin)).send({ role: 'worker' });
    const off = await t.http().post(`/api/organisation/staff/${admin.id}/deactivate`).set(bearer(admin));
    expect([role.status, off.status]).toEqual([409, 409]);
    expect([role.body.code, off.body.code]).toEqual(['staff_own_account', 'staff_own_account']);
  });

  it('deactivating refuses login with a clear 403 code and stops an existing access token at once', async () => {
    const { org, admin } = await orgWithAdmin();
    const worker = await makeWorker(t, { organisationId: org.organisationId, password: PASSWORD });
    const before = await login(worker.email);
    expect(before.status).toBe(200);
    const token = before.body.accessToken;
    expect((await t.http().get('/api/auth/me').set(bearer(token))).status).toBe(200);

    const res = await t.http().post(`/api/organisation/staff/${worker.id}/deactivate`).set(bearer(admin));
    expect(res.status).toBe(200);
    expect(res.body.deactivatedAt).toBe(t.clock.now().toISOString());
    expect((await t.http().get('/api/auth/me').set(bearer(token))).status).toBe(401);
    const refused = await login(worker.email);
    expect(refused.status).toBe(403);
    expect(refused.body.code).toBe('account_deactivated');
    const [audit] = await t.dataSource.query(
      `SELECT actor_id, reason FROM audit_entry WHERE resource_type = 'staff_account' AND resource_id = $1`,
      [worker.id],
    );
    expect(audit).toEqual({ actor_id: admin.id, reason: 'deactivated' });
  });

  it('a wrong password for a deactivated account is the ordinary 401 (deactivation is not revealed to a guesser)', async () => {
    const { org, admin } = await orgWithAdmin();
    const worker = await makeWorker(t, { organisationId: org.organisationId, password: PASSWORD });
    await t.http().post(`/api/organisation/staff/${worker.id}/deactivate`).set(bearer(admin)).expect(200);
    const res = await t.http().post('/api/auth/login').send({ email: worker.email, password: 'Wrong-Password-2026!' });
    expect(res.status).toBe(401);
    // The same answer as a wrong password for an active account: nothing says "deactivated".
    const active = await makeWorker(t, { organisationId: org.organisationId, password: PASSWORD });
    const ordinary = await t.http().post('/api/auth/login').send({ email: active.email, password: 'Wrong-Password-2026!' });
    expect(ordinary.status).toBe(401);
    expect(res.body).toEqual(ordinary.body);
    expect(res.body.code).toBe('identity.wrong_credentials');
  });

  it('refresh refuses a deactivated account with the same 403 code', async () => {
    const { org } = await orgWithAdmin();
    const worker = await makeWorker(t, { organisationId: org.organisationId, password: PASSWORD });
    const session = await login(worker.email);
    const cookie = (session.headers['set-cookie'] as unknown as string[]).find((c) => c.startsWith('nabij_refresh='))!.split(';')[0];
    // Set directly, without ending the logins, to prove refresh itself checks the account.
    await t.dataSource.query(`UPDATE account SET deactivated_at = now() WHERE id = $1`, [worker.id]);
    const res = await t.http().post('/api/auth/refresh').set('Cookie', cookie);
    expect(res.status).toBe(403);
    expect(res.body.code).toBe('account_deactivated');
  });

  it('answers 409 with the open cases, hands them over in bulk, then deactivates; reactivation lets the worker in again', async () => {
    const { org, admin } = await orgWithAdmin();
    const leaving = await makeWorker(t, { organisationId: org.organisationId, teamId: org.teamId, password: PASSWORD });
    const colleague = await makeWorker(t, { organisationId: org.organisationId, teamId: org.teamIds['Team Rijnstreek'] });
    const client = await makeClient(t, { organisationId: org.organisationId, financierId: org.financierId, name: 'Cor Client' });
    const c = await makeCase(t, { worker: leaving, clientId: client.id, openedOn: '2026-01-05' });

    const refused = await t.http().post(`/api/organisation/staff/${leaving.id}/deactivate`).set(bearer(admin));
    expect(refused.status).toBe(409);
    expect(refused.body.code).toBe('staff_has_work');
    expect(refused.body.details).toEqual({
      cases: [{ id: c.id, clientId: client.id, clientName: 'Cor Client', openedOn: '2026-01-05' }],
      threads: [],
      enrolments: [],
      groups: [],
    });
    expect((await t.http().get(`/api/organisation/staff/${leaving.id}/open-work`).set(bearer(admin))).body).toEqual(refused.body.details);

    const handed = await t
      .http()
      .post(`/api/organisation/staff/${leaving.id}/hand-over`)
      .set(bearer(admin))
      .send({ toWorkerId: colleague.id });
    expect(handed.status).toBe(200);
    expect(handed.body).toEqual({ cases: 1, threads: 0, trainings: 0, homework: 0, groups: 0 });
    const [moved] = await t.dataSource.query(`SELECT assigned_worker_id, team_id FROM care_case WHERE id = $1`, [c.id]);
    expect(moved).toEqual({ assigned_worker_id: colleague.id, team_id: org.teamIds['Team Rijnstreek'] });
    const [handover] = await t.dataSource.query(`SELECT from_worker_id, to_worker_id FROM case_handover WHERE case_id = $1`, [c.id]);
    expect(handover).toEqual({ from_worker_id: leaving.id, to_worker_id: colleague.id });
    // The new worker can open the dossier; the one who leaves no longer can.
    expect((await t.http().get(`/api/dossier/cases/${c.id}`).set(bearer(colleague))).status).toBe(200);
    expect((await t.http().get(`/api/dossier/cases/${c.id}`).set(bearer(leaving))).status).toBe(404);

    expect((await t.http().post(`/api/organisation/staff/${leaving.id}/deactivate`).set(bearer(admin))).status).toBe(200);
    expect((await login(leaving.email)).status).toBe(403);
    const back = await t.http().post(`/api/organisation/staff/${leaving.id}/reactivate`).set(bearer(admin));
    expect(back.status).toBe(200);
    expect(back.body.deactivatedAt).toBeNull();
    expect((await login(leaving.email)).status).toBe(200);
  });

  it('refuses a hand-over to a deactivated worker, to a team lead or to the same person (404)', async () => {
    const { org, admin } = await orgWithAdmin();
    const leaving = await makeWorker(t, { organisationId: org.organisationId });
    const gone = await makeWorker(t, { organisationId: org.organisationId });
    const lead = await makeTeamLead(t, { organisationId: org.organisationId, teamId: org.teamId });
    await t.http().post(`/api/organisation/staff/${gone.id}/deactivate`).set(bearer(admin)).expect(200);
    for (const to of [gone.id, lead.id, leaving.id]) {
      const res = await t.http().post(`/api/organisation/staff/${leaving.id}/hand-over`).set(bearer(admin)).send({ toWorkerId: to });
      expect(res.status).toBe(404);
    }
  });

  it('takes a worker off the chat rota from today when chat duty is turned off or the account is deactivated; past days stay', async () => {
    const { org, admin } = await orgWithAdmin();
    const day = (offset: number) => new Date(t.clock.now().getTime() + offset * 86_400_000).toISOString().slice(0, 10);
    const rota = async (workerId: string) => {
      // Rota lines are planned through chat's rota API (ChatModule, not loaded in this app): written directly here.
      await t.dataSource.query(
        `INSERT INTO chat_duty (organisation_id, worker_id, weekday, on_date, starts_at, ends_at)
         VALUES ($1, $2, 2, NULL, '15:00', '17:00'), ($1, $2, NULL, $3, '15:00', '17:00'), ($1, $2, NULL, $4, '19:00', '21:00')`,
        [org.organisationId, workerId, day(-7), day(7)],
      );
    };
    const lines = async (workerId: string) =>
      (await t.dataSource.query(`SELECT to_char(on_date, 'YYYY-MM-DD') AS on_date FROM chat_duty WHERE worker_id = $1`, [workerId])).map(
        (r: { on_date: string | null }) => r.on_date,
      );
    const stopping = await makeWorker(t, { organisationId: org.organisationId, teamId: org.teamId, chatDuty: true });
    const leaving = await makeWorker(t, { organisationId: org.organisationId, teamId: org.teamId, chatDuty: true });
    const staying = await makeWorker(t, { organisationId: org.organisationId, teamId: org.teamId, chatDuty: true });
    for (const w of [stopping, leaving, staying]) await rota(w.id);

    await t.http().patch(`/api/organisation/staff/${stopping.id}`).set(bearer(admin)).send({ chatDuty: false }).expect(200);
    expect(await lines(stopping.id)).toEqual([day(-7)]);
    await t.http().post(`/api/organisation/staff/${leaving.id}/deactivate`).set(bearer(admin)).expect(200);
    expect(await lines(leaving.id)).toEqual([day(-7)]);
    expect(await lines(staying.id)).toHaveLength(3);
    const reasons = await t.dataSource.query(
      `SELECT reason FROM audit_entry WHERE resource_type = 'staff_account' AND resource_id = ANY($1) ORDER BY occurred_at, id`,
      [[stopping.id, leaving.id]],
    );
    expect(reasons.map((r: { reason: string }) => r.reason)).toEqual([
      `role worker, team ${org.teamId}, chat duty no, 2 rota line(s) removed`,
      'deactivated, 2 rota line(s) removed',
    ]);
  });

  it('shows and changes the capabilities can train and chat duty (audited); a value that is not true/false is 400 naming it', async () => {
    const { org, admin } = await orgWithAdmin();
    const worker = await makeWorker(t, { organisationId: org.organisationId, teamId: org.teamId });
    const res = await t.http().patch(`/api/organisation/staff/${worker.id}`).set(bearer(admin)).send({ canTrain: true, chatDuty: true });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ canTrain: true, chatDuty: true, role: 'worker', teamId: org.teamId });
    const off = await t.http().patch(`/api/organisation/staff/${worker.id}`).set(bearer(admin)).send({ chatDuty: false });
    expect(off.body).toMatchObject({ canTrain: true, chatDuty: false });
    const [row] = await t.dataSource.query(`SELECT can_train, chat_duty FROM account WHERE id = $1`, [worker.id]);
    expect(row).toEqual({ can_train: true, chat_duty: false });
    const audit = await t.dataSource.query(
      `SELECT reason FROM audit_entry WHERE resource_type = 'staff_account' AND resource_id = $1 ORDER BY occurred_at, id`,
      [worker.id],
    );
    expect(audit.map((a: { reason: string }) => a.reason).sort()).toEqual([
      `role worker, team ${org.teamId}, can train yes, chat duty yes`,
      `role worker, team ${org.teamId}, chat duty no`,
    ]);
    for (const body of [{ canTrain: 'ja' }, { chatDuty: 1 }]) {
      const bad = await t.http().patch(`/api/organisation/staff/${worker.id}`).set(bearer(admin)).send(body);
      expect(bad.status).toBe(400);
      expect(Object.keys(bad.body.fields)).toEqual(Object.keys(body));
    }
  });

  it('lists waiting message threads and coached enrolments as work too; the bulk hand-over moves them, then deactivation goes through', async () => {
    const { org, admin } = await orgWithAdmin();
    const leaving = await makeWorker(t, { organisationId: org.organisationId, teamId: org.teamId });
    const colleague = await makeWorker(t, { organisationId: org.organisationId, teamId: org.teamId });
    const writer = await makeClient(t, { organisationId: org.organisationId, financierId: org.financierId, name: 'Wendy Schrijver' });
    const learner = await makeClient(t, { organisationId: org.organisationId, financierId: org.financierId, name: 'Lars Leerling' });
    const c = await makeCase(t, { worker: leaving, clientId: writer.id, openedOn: '2026-02-02' });
    // The client's question waits for the leaving worker's answer (the 48-hour clock runs).
    const sent = await t
      .http()
      .post('/api/messages/mine')
      .set(bearer(writer))
      .send({ id: randomUUID(), body: 'Kunnen we volgende week bellen?' });
    expect(sent.status).toBe(201);
    // The leaving worker is the trainer of the course a client follows without an open case: a
    // colleague enrolled them (a guided course) in a case that has closed since.
    const course = await t.dataSource.transaction((db) =>
      installCourse(db, ASSERTIVENESS_COURSE, { organisationId: org.organisationId, trainerId: leaving.id, now: t.clock.now() }),
    );
    const learnerCase = await makeCase(t, { worker: colleague, clientId: learner.id, openedOn: '2026-02-02' });
    const enrolled = await t
      .http()
      .post(`/api/trainings/${course.trainingId}/enrolments`)
      .set(bearer(colleague))
      .send({ mode: 'online', goals: ['Nee zeggen tegen mijn baas', 'Mijn mening geven in een groep'], clientId: learner.id });
    expect(enrolled.status).toBe(201);
    await closeCase(t, colleague, learnerCase.id);

    const refused = await t.http().post(`/api/organisation/staff/${leaving.id}/deactivate`).set(bearer(admin));
    expect(refused.status).toBe(409);
    expect(refused.body.details).toEqual({
      cases: [{ id: c.id, clientId: writer.id, clientName: 'Wendy Schrijver', openedOn: '2026-02-02' }],
      threads: [
        {
          id: sent.body.threadId,
          caseId: c.id,
          caseClosed: false,
          clientName: 'Wendy Schrijver',
          waitingSince: t.clock.now().toISOString(),
          dueAt: expect.any(String),
        },
      ],
      enrolments: [{ id: enrolled.body.id, clientName: 'Lars Leerling', trainingTitle: ASSERTIVENESS_COURSE.title }],
      groups: [],
    });

    const handed = await t
      .http()
      .post(`/api/organisation/staff/${leaving.id}/hand-over`)
      .set(bearer(admin))
      .send({ toWorkerId: colleague.id });
    expect(handed.status).toBe(200);
    expect(handed.body).toEqual({ cases: 1, threads: 1, trainings: 1, homework: 0, groups: 0 });
    // The colleague now has the waiting thread in their inbox and is the course's trainer.
    const inbox = await t.http().get('/api/messages/inbox').set(bearer(colleague));
    expect(inbox.body.map((thread: { id: string }) => thread.id)).toContain(sent.body.threadId);
    const [training] = await t.dataSource.query(`SELECT trainer_id FROM training WHERE id = $1`, [course.trainingId]);
    expect(training.trainer_id).toBe(colleague.id);
    expect((await t.http().get(`/api/organisation/staff/${leaving.id}/open-work`).set(bearer(admin))).body).toEqual({
      cases: [],
      threads: [],
      enrolments: [],
      groups: [],
    });
    expect((await t.http().post(`/api/organisation/staff/${leaving.id}/deactivate`).set(bearer(admin))).status).toBe(200);
  });

  it('a group the worker trains alone is work to hand over; the colleague takes their place in every group they train', async () => {
    const { org, admin } = await orgWithAdmin();
    const leaving = await makeWorker(t, { organisationId: org.organisationId, teamId: org.teamId, canTrain: true });
    const colleague = await makeWorker(t, { organisationId: org.organisationId, teamId: org.teamId, canTrain: true });
    const course = await t.dataSource.transaction((db) =>
      installCourse(db, ASSERTIVENESS_COURSE, { organisationId: org.organisationId, trainerId: leaving.id, now: t.clock.now() }),
    );
    const makeGroup = async (title: string, coTrainerIds: string[] = []) =>
      (
        await t
          .http()
          .post('/api/training-cohorts')
          .set(bearer(leaving))
          .send({ trainingId: course.trainingId, title, startsOn: '2026-04-01', pacing: 'own_pace', coTrainerIds })
          .expect(201)
      ).body as { id: string };
    const alone = await makeGroup('Groep april');
    const together = await makeGroup('Groep samen', [colleague.id]);

    const refused = await t.http().post(`/api/organisation/staff/${leaving.id}/deactivate`).set(bearer(admin));
    expect(refused.status).toBe(409);
    // Only the group that would be left without a trainer; the course itself is its own line of work.
    expect(refused.body.details.groups).toEqual([{ id: alone.id, title: 'Groep april', trainingTitle: ASSERTIVENESS_COURSE.title }]);

    const handed = await t
      .http()
      .post(`/api/organisation/staff/${leaving.id}/hand-over`)
      .set(bearer(admin))
      .send({ toWorkerId: colleague.id });
    expect(handed.status).toBe(200);
    expect(handed.body).toMatchObject({ trainings: 1, groups: 2 });
    const trainers = await t.dataSource.query(
      `SELECT cohort_id, trainer_id FROM training_cohort_trainer WHERE cohort_id = ANY($1::uuid[]) ORDER BY cohort_id`,
      [[alone.id, together.id]],
    );
    expect(trainers).toEqual([alone.id, together.id].sort().map((cohort_id) => ({ cohort_id, trainer_id: colleague.id })));
    expect((await t.http().get(`/api/training-cohorts/${alone.id}`).set(bearer(colleague))).status).toBe(200);
    expect((await t.http().get(`/api/organisation/staff/${leaving.id}/open-work`).set(bearer(admin))).body.groups).toEqual([]);
    expect((await t.http().post(`/api/organisation/staff/${leaving.id}/deactivate`).set(bearer(admin))).status).toBe(200);
  });

  it('a question on a case closed after the client wrote still counts; the hand-over moves that closed case with it', async () => {
    const { org, admin } = await orgWithAdmin();
    const leaving = await makeWorker(t, { organisationId: org.organisationId, teamId: org.teamId });
    const colleague = await makeWorker(t, { organisationId: org.organisationId, teamId: org.teamId });
    const writer = await makeClient(t, { organisationId: org.organisationId, financierId: org.financierId, name: 'Karim Laat' });
    const c = await makeCase(t, { worker: leaving, clientId: writer.id, openedOn: '2026-02-02' });
    const sent = await t
      .http()
      .post('/api/messages/mine')
      .set(bearer(writer))
      .send({ id: randomUUID(), body: 'Ik heb nog een vraag over de brief.' });
    expect(sent.status).toBe(201);
    // The worker closes the case before answering: the question still waits for them.
    const closed = await t.http().post(`/api/dossier/cases/${c.id}/close`).set(bearer(leaving)).send({ reason: 'goal_reached' });
    expect(closed.status).toBe(200);

    const refused = await t.http().post(`/api/organisation/staff/${leaving.id}/deactivate`).set(bearer(admin));
    expect(refused.status).toBe(409);
    expect(refused.body.details.cases).toEqual([]);
    expect(refused.body.details.threads).toEqual([expect.objectContaining({ id: sent.body.threadId, caseId: c.id, caseClosed: true })]);

    const handed = await t
      .http()
      .post(`/api/organisation/staff/${leaving.id}/hand-over`)
      .set(bearer(admin))
      .send({ toWorkerId: colleague.id });
    expect(handed.status).toBe(200);
    expect(handed.body).toMatchObject({ cases: 1, threads: 1 });
    const inbox = await t.http().get('/api/messages/inbox').set(bearer(colleague));
    expect(inbox.body.map((thread: { id: string }) => thread.id)).toContain(sent.body.threadId);
    // The case stays closed; only who holds it changed, with a hand-over record.
    const [row] = await t.dataSource.query(`SELECT assigned_worker_id, closed_on FROM care_case WHERE id = $1`, [c.id]);
    expect(row.assigned_worker_id).toBe(colleague.id);
    expect(row.closed_on).not.toBeNull();
    expect((await t.http().post(`/api/organisation/staff/${leaving.id}/deactivate`).set(bearer(admin))).status).toBe(200);
  });
});
