// On the demo seed on purpose: this spec tests the forum part of the demo itself.
import { DEMO_ACCOUNTS, DEMO_PASSWORD, DemoContext, DemoModule, DemoSeedService, seedForumDemo, seedTrainingsDemo } from '@nabij/demo/api';
import type { ForumMe, ForumPage, ForumSummary, ModerationItem, TopicSummary, TopicView } from '@nabij/forum/contracts';
import { IdentityModule } from '@nabij/identity/api';
import { bearer, createTestApp, TestApp } from '@nabij/platform/testing';
import { TrainingsModule } from '@nabij/trainings/api';
import { ForumModule } from './forum.module';

jest.setTimeout(120_000);

describe('the forum demo data', () => {
  let t: TestApp;
  let client: string;
  let worker: string;

  beforeAll(async () => {
    t = await createTestApp({ imports: [IdentityModule, DemoModule, TrainingsModule, ForumModule] });
    await t.app.get(DemoSeedService).seedOnce();
    const ids = async (email: string) =>
      (await t.dataSource.query(`SELECT id, organisation_id, password_hash FROM account WHERE email = $1`, [email]))[0];
    const demoClient = await ids(DEMO_ACCOUNTS.client);
    const financiers: Array<{ id: string; name: string }> = await t.dataSource.query(
      `SELECT id, name FROM financier WHERE organisation_id = $1`,
      [demoClient.organisation_id],
    );
    const ctx: DemoContext = {
      organisationId: demoClient.organisation_id,
      financierIds: Object.fromEntries(financiers.map((f) => [f.name, f.id])),
      teamIds: {},
      accountIds: {
        client: demoClient.id,
        worker: (await ids(DEMO_ACCOUNTS.worker)).id,
        teamLead: (await ids(DEMO_ACCOUNTS.teamLead)).id,
        admin: (await ids(DEMO_ACCOUNTS.admin)).id,
      },
      passwordHash: demoClient.password_hash,
    };
    await t.dataSource.transaction(async (db) => {
      await seedTrainingsDemo(db, ctx);
      await seedForumDemo(db, ctx);
    });
    client = await t.login(DEMO_ACCOUNTS.client, DEMO_PASSWORD);
    worker = await t.login(DEMO_ACCOUNTS.worker, DEMO_PASSWORD);
  }, 180_000);
  afterAll(() => t.close());

  it("shows the demo client the four open forums and her two groups' forums, with kind conversations, and asks for a nickname", async () => {
    const me = (await t.http().get('/api/forum/me').set(bearer(client)).expect(200)).body as ForumMe;
    expect(me.nickname).toBeNull();
    const forums = (await t.http().get('/api/forum/forums').set(bearer(client)).expect(200)).body as ForumSummary[];
    expect(forums.map((f) => f.title)).toEqual([
      'Geld en rondkomen',
      'Stress en slapen',
      'Opvoeden en gezin',
      'Contact en eenzaamheid',
      'Groep: Assertiviteit, groep Leiden-Centrum',
      'Groep: Grip op geld, groep Leiden-Noord',
    ]);
    // The assertiveness group's forum has the group's id.
    const [group] = await t.dataSource.query(`SELECT id FROM training_cohort WHERE title = 'Assertiviteit, groep Leiden-Centrum'`);
    expect(forums[4].id).toBe(group.id);
    const money = (await t.http().get(`/api/forum/forums/${forums[0].id}`).set(bearer(client)).expect(200)).body as ForumPage;
    const view = (await t.http().get(`/api/forum/topics/${money.topics[0].id}`).set(bearer(client)).expect(200)).body as TopicView;
    expect(view.posts.length).toBeGreaterThanOrEqual(3);
    expect(view.posts.some((p) => p.helpfulCount > 0)).toBe(true);
    const json = JSON.stringify([forums, money, view]);
    for (const name of ['Fatima', 'Kevin', 'Anouk', 'Dennis', 'Youssef', 'Amrani']) expect(json).not.toContain(name);
  });

  it("shows the group's forum only to its members: a participant of the other group gets 404", async () => {
    const nadia = await t.login('nadia.groep@demo.nabij.nl', DEMO_PASSWORD);
    const [group] = await t.dataSource.query(`SELECT id FROM training_cohort WHERE title = 'Assertiviteit, groep Leiden-Centrum'`);
    expect((await t.http().get(`/api/forum/forums/${group.id}`).set(bearer(nadia))).status).toBe(404);
    const forums = (await t.http().get('/api/forum/forums').set(bearer(nadia)).expect(200)).body as ForumSummary[];
    expect(forums.filter((f) => f.kind === 'closed').map((f) => f.title)).toEqual(['Groep: Grip op geld, groep Leiden-Noord']);
  });

  it('links the group conversation from module 2 and gives the demo worker a first post to approve', async () => {
    const [step] = await t.dataSource.query(`SELECT step_id FROM forum_post WHERE step_id IS NOT NULL`);
    const linked = (await t.http().get(`/api/forum/steps/${step.step_id}/topics`).set(bearer(client)).expect(200)).body as TopicSummary[];
    expect(linked.map((x) => x.title)).toEqual(['Waar voel jij je grens?']);
    expect(linked[0].step?.moduleTitle).toBeTruthy();
    const queue = (await t.http().get('/api/forum/moderation/queue').set(bearer(worker)).expect(200)).body as ModerationItem[];
    expect(queue.map((i) => i.topicTitle)).toContain('Zondagen zijn het moeilijkst');
  });
});
