// On the demo seed on purpose: this spec tests the trainings part of the demo itself.
import { DEMO_PASSWORD, DemoContext, DemoModule, DemoSeedService, seedTrainingsDemo } from '@nabij/demo/api';
import { IdentityModule } from '@nabij/identity/api';
import type { CohortSummary } from '@nabij/trainings/contracts';
import { createTestApp, TestApp } from '@nabij/platform/testing';
import { TrainingsModule } from '../index';

describe('the trainings demo data', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp({ imports: [IdentityModule, DemoModule, TrainingsModule] });
    await t.app.get(DemoSeedService).seedOnce();
    const [seeded] = await t.dataSource.query(`SELECT 1 FROM training WHERE title = 'Assertiviteit: voor jezelf opkomen'`);
    if (!seeded) {
      const ids = async (email: string) =>
        (await t.dataSource.query(`SELECT id, organisation_id, password_hash FROM account WHERE email = $1`, [email]))[0];
      const client = await ids('client@demo.nabij.nl');
      const financiers: Array<{ id: string; name: string }> = await t.dataSource.query(
        `SELECT id, name FROM financier WHERE organisation_id = $1`,
        [client.organisation_id],
      );
      const ctx: DemoContext = {
        organisationId: client.organisation_id,
        financierIds: Object.fromEntries(financiers.map((f) => [f.name, f.id])),
        teamIds: {},
        accountIds: {
          client: client.id,
          worker: (await ids('worker@demo.nabij.nl')).id,
          teamLead: (await ids('teamlead@demo.nabij.nl')).id,
          admin: (await ids('admin@demo.nabij.nl')).id,
        },
        passwordHash: client.password_hash,
      };
      await t.dataSource.transaction((db) => seedTrainingsDemo(db, ctx));
    }
  }, 60_000);
  afterAll(() => t.close());

  it('enrols the demo client with module 1 open and gives the demo worker a task and a stalled participant', async () => {
    // The seed is written relative to the real time of `npm start`.
    t.clock.set(new Date());
    const client = await t.login('client@demo.nabij.nl', DEMO_PASSWORD);
    const worker = await t.login('worker@demo.nabij.nl', DEMO_PASSWORD);
    const enrolments = (await t.http().get('/api/training-enrolments/mine').set('Authorization', `Bearer ${client}`)).body;
    const mine = enrolments.find((e: { trainingTitle: string }) => e.trainingTitle === 'Assertiviteit: voor jezelf opkomen');
    const money = enrolments.find((e: { trainingTitle: string }) => e.trainingTitle === 'Grip op geld');
    const progress = await t.http().get(`/api/training-enrolments/${mine.id}/progress`).set('Authorization', `Bearer ${client}`);
    expect(progress.body.modules.map((m: { status: string }) => m.status)).toEqual(['open', ...Array(7).fill('locked')]);

    // Next to it the self-help course "Beter slapen", which the client may start themself, and the two group courses.
    const catalogue = (await t.http().get('/api/trainings').set('Authorization', `Bearer ${client}`)).body;
    expect(catalogue.map((c: { title: string; kind: string; myEnrolmentId: string | null }) => [c.title, c.kind, c.myEnrolmentId])).toEqual(
      [
        ['Assertiviteit: voor jezelf opkomen', 'guided', mine.id],
        ['Beter slapen', 'self_help', null],
        ['Grip op geld', 'guided', money.id],
        ['Omgaan met stress', 'guided', null],
      ],
    );

    const tasks = (await t.http().get('/api/trainer/training-tasks').set('Authorization', `Bearer ${worker}`)).body;
    expect(tasks.map((x: { clientName: string }) => x.clientName)).toEqual(['Fatima El Idrissi']);
    const people = (await t.http().get('/api/trainer/training-participants').set('Authorization', `Bearer ${worker}`)).body;
    const assertiveness = people.filter((p: { trainingTitle: string }) => p.trainingTitle === 'Assertiviteit: voor jezelf opkomen');
    expect(assertiveness.find((p: { clientName: string }) => p.clientName === 'Kevin Bakker')).toMatchObject({
      stalled: true,
      stallReasons: ['no_activity', 'one_word_answers'],
      modulesDone: 2,
    });
    expect(assertiveness.find((p: { clientName: string }) => p.clientName === 'Fatima El Idrissi')).toMatchObject({
      stalled: false,
      waitingForFeedback: 1,
    });
  });

  it('puts the demo client in a group of six for "Grip op geld" with a next session, module 2 opening on its day', async () => {
    t.clock.set(new Date());
    const client = await t.login('client@demo.nabij.nl', DEMO_PASSWORD);
    const groups: CohortSummary[] = (await t.http().get('/api/training-cohorts').set('Authorization', `Bearer ${client}`)).body;
    // She is also in the assertiveness group (with Fatima and Kevin), whose forum the forum demo fills.
    expect(groups.find((g) => g.trainingTitle === 'Assertiviteit: voor jezelf opkomen')).toMatchObject({ participantCount: 3 });
    const group = groups.find((g) => g.trainingTitle === 'Grip op geld')!;
    expect(group).toMatchObject({ trainingTitle: 'Grip op geld', participantCount: 6, myStatus: 'active', pacing: 'per_session' });
    // Tomorrow's meeting is online in Nabij (a group video call to try); the next one in the room.
    expect(group.nextSession).toMatchObject({ place: 'video', room: null, link: null, moduleId: null });
    const view = (await t.http().get(`/api/training-cohorts/${group.id}`).set('Authorization', `Bearer ${client}`)).body;
    expect(view.sessions.map((s: { place: string }) => s.place)).toEqual(['room', 'video', 'room', 'online']);
    expect(view.sessions[2]).toMatchObject({ address: 'Kooilaan 2, 2315 AK Leiden' });
    expect(view.members.map((m: { displayName: string }) => m.displayName)).toEqual(['Sanne', 'Fatima', 'Kevin', 'Nadia', 'Piotr', 'Ayşe']);
    const progress = await t.http().get(`/api/training-enrolments/${view.myEnrolmentId}/progress`).set('Authorization', `Bearer ${client}`);
    expect(progress.body.modules.map((m: { status: string }) => m.status)).toEqual(['open', ...Array(5).fill('locked')]);
    const worker = await t.login('worker@demo.nabij.nl', DEMO_PASSWORD);
    const trainerView = (await t.http().get(`/api/training-cohorts/${group.id}`).set('Authorization', `Bearer ${worker}`)).body;
    expect(trainerView.attendance).toEqual([expect.objectContaining({ present: expect.any(Array), absent: [expect.any(String)] })]);
  });
});
