import { makeAdmin, makeClient, makeTeamLead, makeWorker } from '@nabij/identity/api/testing';
import { IdentityModule } from '@nabij/identity/api';
import type { ForumPage, ForumSummary, ModerationItem, PostResult, TopicView } from '@nabij/forum/contracts';
import { JobsService, PersonalDataEraserRegistry, PersonalDataRegistry } from '@nabij/platform/api';
import { COHORT_CREATED } from '@nabij/forum/contracts';
import { bearer, createTestApp, makeOrganisation, MINUTE, TestAccount, TestApp } from '@nabij/platform/testing';
import { TrainingsModule } from '@nabij/trainings/api';
import fc from 'fast-check';
import { ForumModule } from './forum.module';
import { installCohortWithForum, installOpenForums } from './testing';

jest.setTimeout(180_000);

/**
 * The peer forum end to end over HTTP: who sees which forum, nicknames instead of names, the first
 * post waiting for a moderator, flags, mutes, reports, reactions, unread markers and edits.
 */
describe('peer forum', () => {
  let t: TestApp;
  let org: { organisationId: string; financierId: string; teamId: string };
  let trainer: TestAccount;
  let worker: TestAccount;
  let teamLead: TestAccount;
  let admin: TestAccount;
  let ayla: TestAccount;
  let bram: TestAccount;
  let chris: TestAccount;
  let loner: TestAccount;
  let otherOrgWorker: TestAccount;
  let otherOrgClient: TestAccount;
  let open: Record<string, string>;
  let forumA: string;
  let forumB: string;
  let courseA: { trainingId: string; modules: Array<{ id: string; stepIds: string[] }> };
  let courseB: { trainingId: string; modules: Array<{ id: string; stepIds: string[] }> };
  const bodies: string[] = [];
  let counter = 0;

  const http = () => t.http();
  const keep = <T>(res: { body: T }): T => {
    bodies.push(JSON.stringify(res.body));
    return res.body;
  };
  const nickname = (who: TestAccount, name: string) => http().put('/api/forum/me/nickname').set(bearer(who)).send({ nickname: name });
  const newTopic = (who: TestAccount, forumId: string, body: object = {}) =>
    http()
      .post(`/api/forum/forums/${forumId}/topics`)
      .set(bearer(who))
      .send({ title: `Onderwerp ${++counter}`, body: 'Hoe gaan jullie hiermee om?', ...body });
  const reply = (who: TestAccount, topicId: string, body = 'Dat herken ik wel.') =>
    http().post(`/api/forum/topics/${topicId}/replies`).set(bearer(who)).send({ body });
  const topic = (who: TestAccount, topicId: string) => http().get(`/api/forum/topics/${topicId}`).set(bearer(who));
  const moderate = (who: TestAccount, postId: string, action: string, reason?: string) =>
    http().post(`/api/forum/moderation/posts/${postId}`).set(bearer(who)).send({ action, reason });
  /** A new client of the organisation with a nickname and no approved post yet. */
  const newMember = async () => {
    const who = await makeClient(t, {
      organisationId: org.organisationId,
      financierId: org.financierId,
      name: `Nieuwe Deelnemer${++counter}`,
    });
    await nickname(who, `Nieuwkomer${counter}`).expect(200);
    return who;
  };
  /** A topic by an approved member, published. */
  const publishedTopic = async (forumId = open['Stress en slapen'], who = ayla) => {
    const res = await newTopic(who, forumId);
    expect(res.status).toBe(201);
    expect((res.body as PostResult).pending).toBe(false);
    return (res.body as PostResult).post.id;
  };

  beforeAll(async () => {
    t = await createTestApp({ imports: [IdentityModule, TrainingsModule, ForumModule] });
    org = await makeOrganisation(t);
    const second = await makeOrganisation(t);
    const staff = { organisationId: org.organisationId, teamId: org.teamId };
    const client = (name: string) => makeClient(t, { organisationId: org.organisationId, financierId: org.financierId, name });
    trainer = await makeWorker(t, { ...staff, name: 'Youssef Amrani', canTrain: true });
    worker = await makeWorker(t, { ...staff, name: 'Petra Hulpverlener' });
    teamLead = await makeTeamLead(t, staff);
    admin = await makeAdmin(t, staff);
    ayla = await client('Ayla Yilmaz');
    bram = await client('Bram de Groot');
    chris = await client('Chris Vermeulen');
    loner = await client('Lotte Alleen');
    otherOrgWorker = await makeWorker(t, { organisationId: second.organisationId, teamId: second.teamId });
    otherOrgClient = await makeClient(t, { organisationId: second.organisationId, financierId: second.financierId, name: 'Ander Persoon' });
    open = await installOpenForums(t, org.organisationId);
    await installOpenForums(t, second.organisationId);
    ({ course: courseA, forumId: forumA } = await installCohortWithForum(t, org.organisationId, trainer.id, [ayla.id, bram.id]));
    ({ course: courseB, forumId: forumB } = await installCohortWithForum(t, org.organisationId, trainer.id, [chris.id]));
    const names: Array<[TestAccount, string]> = [
      [trainer, 'Trainer Zon'],
      [worker, 'Moderator Maan'],
      [ayla, 'Vlinder'],
      [bram, 'Boomhut'],
      [chris, 'Regenboog'],
      [otherOrgClient, 'Vlinder'],
    ];
    for (const [who, name] of names) await nickname(who, name).expect(200);
    // Ayla, Bram and Chris have had a first post approved: their posts are published at once.
    for (const [who, forumId] of [
      [ayla, open['Geld en rondkomen']],
      [bram, open['Geld en rondkomen']],
      [chris, forumB],
    ] as const) {
      const first = (await newTopic(who, forumId)).body as PostResult;
      await moderate(forumId === forumB ? trainer : worker, first.post.id, 'approve').expect(204);
    }
  }, 300_000);
  afterAll(() => t.close());

  it('shows a client without a group only the open forums of their organisation', async () => {
    const forums = keep(await http().get('/api/forum/forums').set(bearer(loner)).expect(200)) as ForumSummary[];
    expect(forums.map((f) => f.kind)).toEqual(['open', 'open', 'open', 'open']);
    expect(forums.map((f) => f.id).sort()).toEqual(Object.values(open).sort());
    expect((await http().get(`/api/forum/forums/${forumA}`).set(bearer(loner))).status).toBe(404);
  });

  it("shows a group participant their group's closed forum beside the open ones, and answers 404 on another group's forum", async () => {
    const forums = (await http().get('/api/forum/forums').set(bearer(ayla)).expect(200)).body as ForumSummary[];
    expect(forums.filter((f) => f.kind === 'closed').map((f) => f.id)).toEqual([forumA]);
    const topicInB = await publishedTopic(forumB, chris);
    expect((await http().get(`/api/forum/forums/${forumB}`).set(bearer(ayla))).status).toBe(404);
    expect((await newTopic(ayla, forumB)).status).toBe(404);
    expect((await topic(ayla, topicInB)).status).toBe(404);
    expect((await reply(ayla, topicInB)).status).toBe(404);
    expect((await http().put(`/api/forum/posts/${topicInB}/helped`).set(bearer(ayla))).status).toBe(404);
    expect((await http().post(`/api/forum/posts/${topicInB}/reports`).set(bearer(ayla)).send({ reason: 'x' })).status).toBe(404);
    // The trainer of both groups sees both.
    const trainers = (await http().get('/api/forum/forums').set(bearer(trainer)).expect(200)).body as ForumSummary[];
    expect(
      trainers
        .filter((f) => f.kind === 'closed')
        .map((f) => f.id)
        .sort(),
    ).toEqual([forumA, forumB].sort());
  });

  it('shows a client enrolled in the course but not in its group only the open forums', async () => {
    const outsider = await newMember();
    await t.dataSource.query(
      `INSERT INTO training_enrolment (training_id, client_id, enrolled_by, mode, goals, started_at, last_activity_at)
       VALUES ($1, $2, $3, 'online', ARRAY['Voor mezelf opkomen', 'Nee durven zeggen'], $4, $4)`,
      [courseA.trainingId, outsider.id, trainer.id, t.clock.now()],
    );
    const forums = (await http().get('/api/forum/forums').set(bearer(outsider)).expect(200)).body as ForumSummary[];
    expect(forums.every((f) => f.kind === 'open')).toBe(true);
    expect((await http().get(`/api/forum/forums/${forumA}`).set(bearer(outsider))).status).toBe(404);
  });

  it('takes the forum away from a participant the trainer removes from the group', async () => {
    const leaver = await newMember();
    const { forumId } = await installCohortWithForum(t, org.organisationId, trainer.id, [leaver.id]);
    const topicId = await publishedTopic(forumId, trainer);
    await http().get(`/api/forum/forums/${forumId}`).set(bearer(leaver)).expect(200);
    await http().delete(`/api/training-cohorts/${forumId}/participants/${leaver.id}`).set(bearer(trainer)).expect(200);
    expect((await http().get(`/api/forum/forums/${forumId}`).set(bearer(leaver))).status).toBe(404);
    expect((await topic(leaver, topicId)).status).toBe(404);
    expect((await reply(leaver, topicId)).status).toBe(404);
    const forums = (await http().get('/api/forum/forums').set(bearer(leaver)).expect(200)).body as ForumSummary[];
    expect(forums.map((f) => f.id)).not.toContain(forumId);
  });

  it("opens a new group's closed forum (with the group's id) when the trainer makes the group, for its trainers only", async () => {
    const made = await http()
      .post('/api/training-cohorts')
      .set(bearer(trainer))
      .send({ trainingId: courseA.trainingId, title: 'Assertiviteit, groep avond', startsOn: '2026-03-02', pacing: 'own_pace' })
      .expect(201);
    const cohortId = made.body.id as string;
    await t.app.get(JobsService).drain([COHORT_CREATED]);
    const page = (await http().get(`/api/forum/forums/${cohortId}`).set(bearer(trainer)).expect(200)).body as ForumPage;
    expect(page.forum).toMatchObject({ id: cohortId, kind: 'closed', title: 'Groep: Assertiviteit, groep avond' });
    // Nobody is in the group yet but its trainer: the other worker and the course's participants get 404.
    for (const who of [worker, ayla]) expect((await http().get(`/api/forum/forums/${cohortId}`).set(bearer(who))).status).toBe(404);
  });

  it("answers 404 to another organisation's client and worker on forums, topics, posts and members", async () => {
    const topicId = await publishedTopic();
    expect((await http().get(`/api/forum/forums/${open['Stress en slapen']}`).set(bearer(otherOrgClient))).status).toBe(404);
    expect((await topic(otherOrgClient, topicId)).status).toBe(404);
    expect((await reply(otherOrgClient, topicId)).status).toBe(404);
    expect((await topic(otherOrgWorker, topicId)).status).toBe(404);
    expect((await moderate(otherOrgWorker, topicId, 'hide', 'Niet van jou')).status).toBe(404);
    expect(
      (await http().post(`/api/forum/moderation/members/${ayla.id}/mute`).set(bearer(otherOrgWorker)).send({ days: 1, reason: 'x' }))
        .status,
    ).toBe(404);
    expect((await topic(ayla, topicId)).body.posts[0].status).toBe('published');
  });

  it('refuses team leads and admins everywhere (403), and clients the moderation routes', async () => {
    const topicId = await publishedTopic();
    for (const who of [teamLead, admin]) {
      for (const res of [
        await http().get('/api/forum/forums').set(bearer(who)),
        await topic(who, topicId),
        await http().get('/api/forum/moderation/queue').set(bearer(who)),
        await moderate(who, topicId, 'hide', 'x'),
      ])
        expect(res.status).toBe(403);
    }
    expect((await http().get('/api/forum/moderation/queue').set(bearer(ayla))).status).toBe(403);
    expect((await moderate(bram, topicId, 'hide', 'Niet leuk')).status).toBe(403);
    expect(
      (await http().post(`/api/forum/moderation/members/${ayla.id}/mute`).set(bearer(bram)).send({ days: 1, reason: 'x' })).status,
    ).toBe(403);
  });

  it("holds a new member's first post for approval; after the moderator approves it, others see it and the next post is published at once", async () => {
    const newcomer = await newMember();
    const first = keep(await newTopic(newcomer, open['Contact en eenzaamheid'], { title: 'Hallo allemaal' }).expect(201)) as PostResult;
    expect(first).toMatchObject({ pending: true, crisis: false, post: { status: 'pending', flags: ['first_post'] } });
    expect((await topic(bram, first.post.id)).status).toBe(404);
    const page = keep(
      await http().get(`/api/forum/forums/${open['Contact en eenzaamheid']}`).set(bearer(newcomer)).expect(200),
    ) as ForumPage;
    expect(page.topics.find((x) => x.id === first.post.id)).toMatchObject({ status: 'pending', mine: true });

    const queue = keep(await http().get('/api/forum/moderation/queue').set(bearer(worker)).expect(200)) as ModerationItem[];
    expect(queue.find((i) => i.post.id === first.post.id)).toMatchObject({ topicTitle: 'Hallo allemaal', post: { flags: ['first_post'] } });
    await moderate(worker, first.post.id, 'approve').expect(204);

    expect(((await topic(bram, first.post.id).expect(200)).body as TopicView).posts[0].status).toBe('published');
    const second = (await reply(newcomer, first.post.id, 'Fijn dat ik hier mag schrijven.').expect(201)).body as PostResult;
    expect(second.pending).toBe(false);
  });

  it('lets a member reply, another mark it "dit hielp mij" (not their own), and shows unread markers until read', async () => {
    const topicId = await publishedTopic(forumA, ayla);
    t.clock.advance(MINUTE);
    const answer = (await reply(bram, topicId, 'Wat mij helpt: eerst diep ademhalen 🙂').expect(201)).body as PostResult;
    expect(answer.post).toMatchObject({ status: 'published', authorNickname: 'Boomhut', body: 'Wat mij helpt: eerst diep ademhalen 🙂' });

    const aylaPage = (await http().get(`/api/forum/forums/${forumA}`).set(bearer(ayla)).expect(200)).body as ForumPage;
    expect(aylaPage.topics.find((x) => x.id === topicId)?.unread).toBe(true);
    const counts = (await http().get('/api/forum/counts').set(bearer(ayla)).expect(200)).body;
    expect(counts.unreadTopics).toBeGreaterThanOrEqual(1);

    const helped = await http().put(`/api/forum/posts/${answer.post.id}/helped`).set(bearer(ayla)).expect(200);
    expect(helped.body).toEqual({ helpfulCount: 1, helpedMe: true });
    expect((await http().put(`/api/forum/posts/${answer.post.id}/helped`).set(bearer(bram))).status).toBe(409);
    const view = keep(await topic(ayla, topicId).expect(200)) as TopicView;
    expect(view.posts.map((p) => p.authorNickname)).toEqual(['Vlinder', 'Boomhut']);
    expect(view.posts[1]).toMatchObject({ helpfulCount: 1, helpedMe: true, mine: false });
    const after = (await http().get(`/api/forum/forums/${forumA}`).set(bearer(ayla)).expect(200)).body as ForumPage;
    expect(after.topics.find((x) => x.id === topicId)?.unread).toBe(false);
    // The starter, up to date before the reply, got one content-free mail.
    const mails = await t.dataSource.query(`SELECT subject, text FROM outbox_mail WHERE to_address = $1`, [ayla.email]);
    expect(mails.some((m: { subject: string }) => m.subject === 'Nieuwe reactie in het forum van Nabij')).toBe(true);
    expect(mails.every((m: { text: string }) => !m.text.includes('ademhalen'))).toBe(true);
  });

  it('stops a muted member from posting until the moderator lifts it, and logs the mute with its reason', async () => {
    const member = await newMember();
    const muted = await http()
      .post(`/api/forum/moderation/members/${member.id}/mute`)
      .set(bearer(worker))
      .send({ days: 3, reason: 'Scheldwoorden na waarschuwing' })
      .expect(201);
    expect(muted.body.mutedUntil).toBe(new Date(t.clock.now().getTime() + 3 * 24 * 60 * MINUTE).toISOString());
    expect((await http().get('/api/forum/me').set(bearer(member)).expect(200)).body.mutedUntil).toBe(muted.body.mutedUntil);
    expect((await newTopic(member, open['Geld en rondkomen'])).status).toBe(403);
    const topicId = await publishedTopic();
    expect((await reply(member, topicId)).status).toBe(403);
    const [log] = await t.dataSource.query(
      `SELECT actor_id, reason FROM audit_entry WHERE resource_type = 'forum_member' AND resource_id = $1 AND action = 'update'`,
      [member.id],
    );
    expect(log).toEqual({ actor_id: worker.id, reason: 'mute 3 days: Scheldwoorden na waarschuwing' });
    await http().delete(`/api/forum/moderation/members/${member.id}/mute`).set(bearer(worker)).expect(200);
    expect((await reply(member, topicId)).status).toBe(201);
  });

  it('holds posts with a phone number, an e-mail address or a listed word, and alerts moderators at once for crisis words', async () => {
    const topicId = await publishedTopic();
    const phone = (await reply(bram, topicId, 'Bel me maar op 06-12345678').expect(201)).body as PostResult;
    expect(phone).toMatchObject({ pending: true, post: { flags: ['phone'] } });
    const email = (await reply(bram, topicId, 'Mail me: bram@example.nl').expect(201)).body as PostResult;
    expect(email.post.flags).toEqual(['email']);
    expect(((await reply(bram, topicId, 'Wat een klootzak is die man.').expect(201)).body as PostResult).post.flags).toEqual(['word']);
    const before = (await t.dataSource.query(`SELECT count(*)::int AS n FROM outbox_mail WHERE to_address = $1`, [worker.email]))[0].n;
    const crisis = (await reply(bram, topicId, 'Ik wil niet meer leven.').expect(201)).body as PostResult;
    expect(crisis).toMatchObject({ pending: true, crisis: true });
    const [mail] = await t.dataSource.query(`SELECT subject, text FROM outbox_mail WHERE to_address = $1 ORDER BY id DESC LIMIT 1`, [
      worker.email,
    ]);
    expect(mail.subject).toBe('Forum Nabij: een bericht vraagt direct aandacht');
    expect(mail.text).not.toContain('leven');
    expect((await t.dataSource.query(`SELECT count(*)::int AS n FROM outbox_mail WHERE to_address = $1`, [worker.email]))[0].n).toBe(
      before + 1,
    );
    const queue = (await http().get('/api/forum/moderation/queue').set(bearer(worker)).expect(200)).body as ModerationItem[];
    expect(queue[0].post.id).toBe(crisis.post.id);
    // Others do not see held posts.
    const view = (await topic(ayla, topicId).expect(200)).body as TopicView;
    expect(view.posts.map((p) => p.id)).toEqual([topicId]);
  });

  it('lets anyone report a post with a reason; the moderator hides it with a reason and restores it', async () => {
    const topicId = await publishedTopic(open['Geld en rondkomen'], bram);
    await http().post(`/api/forum/posts/${topicId}/reports`).set(bearer(ayla)).send({ reason: 'Dit klopt niet en is gemeen' }).expect(204);
    const queue = (await http().get('/api/forum/moderation/queue').set(bearer(worker)).expect(200)).body as ModerationItem[];
    expect(queue.find((i) => i.post.id === topicId)?.reports).toEqual([
      { reason: 'Dit klopt niet en is gemeen', createdAt: expect.any(String) },
    ]);
    expect((await moderate(worker, topicId, 'hide')).status).toBe(400);
    await moderate(worker, topicId, 'hide', 'Niet vriendelijk').expect(204);
    expect((await topic(ayla, topicId)).status).toBe(404);
    const own = (await topic(bram, topicId).expect(200)).body as TopicView;
    expect(own.posts[0]).toMatchObject({ status: 'hidden', moderationReason: 'Niet vriendelijk' });
    await moderate(worker, topicId, 'restore', 'Na gesprek toch in orde').expect(204);
    expect((await topic(ayla, topicId).expect(200)).body.posts[0].moderationReason).toBeNull();
    const logs = await t.dataSource.query(
      `SELECT reason FROM audit_entry WHERE resource_type = 'forum_post' AND resource_id = $1 AND action = 'update' ORDER BY occurred_at, id`,
      [topicId],
    );
    expect(logs.map((l: { reason: string }) => l.reason)).toEqual(['hide: Niet vriendelijk', 'restore: Na gesprek toch in orde']);
  });

  it('lets the author edit within 15 minutes and delete their own post; another member gets 404', async () => {
    const topicId = await publishedTopic();
    const own = (await reply(ayla, topicId, 'Eerste versie').expect(201)).body as PostResult;
    expect(own.post.editableUntil).not.toBeNull();
    await http().patch(`/api/forum/posts/${own.post.id}`).set(bearer(ayla)).send({ body: 'Tweede versie' }).expect(200);
    expect((await http().patch(`/api/forum/posts/${own.post.id}`).set(bearer(bram)).send({ body: 'Van mij' })).status).toBe(404);
    expect((await http().delete(`/api/forum/posts/${own.post.id}`).set(bearer(bram))).status).toBe(404);
    t.clock.advance(16 * MINUTE);
    expect((await http().patch(`/api/forum/posts/${own.post.id}`).set(bearer(ayla)).send({ body: 'Te laat' })).status).toBe(409);
    await http().delete(`/api/forum/posts/${own.post.id}`).set(bearer(ayla)).expect(204);
    const view = (await topic(bram, topicId).expect(200)).body as TopicView;
    expect(view.posts.map((p) => p.id)).toEqual([topicId]);
  });

  it('links a topic to a module step of the course and lists it for that step', async () => {
    const stepId = courseA.modules[1].stepIds[0];
    const made = (await newTopic(ayla, forumA, { title: 'Nee zeggen tegen je baas', stepId }).expect(201)).body as PostResult;
    const linked = (await http().get(`/api/forum/steps/${stepId}/topics`).set(bearer(bram)).expect(200)).body;
    expect(linked.map((x: { id: string }) => x.id)).toEqual([made.post.id]);
    expect(linked[0].step).toMatchObject({ stepId, trainingId: courseA.trainingId });
    expect((await http().get(`/api/forum/steps/${stepId}/topics`).set(bearer(chris)).expect(200)).body).toEqual([]);
    // Not a step, or another organisation's: 404.
    expect((await http().get(`/api/forum/steps/${ayla.id}/topics`).set(bearer(ayla))).status).toBe(404);
    expect((await http().get(`/api/forum/steps/${stepId}/topics`).set(bearer(otherOrgClient))).status).toBe(404);
    const wrong = await newTopic(ayla, forumA, { stepId: courseB.modules[0].stepIds[0] });
    expect(wrong.status).toBe(400);
    expect(Object.keys(wrong.body.fields)).toEqual(['stepId']);
  });

  it('keeps the nickname chosen once, refuses one with the real name or one taken, and never answers a real name', async () => {
    const member = await makeClient(t, { organisationId: org.organisationId, financierId: org.financierId, name: 'Rosa Klaver' });
    const real = await nickname(member, 'rosa123');
    expect(real.status).toBe(400);
    expect(Object.keys(real.body.fields)).toEqual(['nickname']);
    expect((await nickname(member, 'vlinder')).status).toBe(400);
    keep(await nickname(member, 'Klaproos').expect(200));
    expect((await nickname(member, 'Anders')).status).toBe(409);
    expect((await http().get('/api/forum/me').set(bearer(member)).expect(200)).body.nickname).toBe('Klaproos');

    // Everything this spec read back (and, on its own, a conversation with a pending first post, the
    // moderator's queue and every list) carries nicknames only.
    const topicId = await publishedTopic(forumA, ayla);
    keep(await reply(bram, topicId, 'Ik doe mee!').expect(201));
    keep(await reply(trainer, topicId, 'Goed bezig allebei.').expect(201));
    keep(await newTopic(member, open['Opvoeden en gezin']).expect(201));
    for (const [who, path] of [
      [ayla, '/api/forum/forums'],
      [bram, `/api/forum/forums/${forumA}`],
      [trainer, `/api/forum/topics/${topicId}`],
      [ayla, `/api/forum/topics/${topicId}`],
      [worker, '/api/forum/moderation/queue'],
      [trainer, '/api/forum/moderation/queue'],
      [bram, `/api/forum/steps/${courseA.modules[0].stepIds[0]}/topics`],
      [ayla, '/api/forum/me'],
    ] as const)
      keep(await http().get(path).set(bearer(who)).expect(200));
    const all = bodies.join('\n');
    expect(all).toContain('Vlinder');
    for (const who of [trainer, worker, ayla, bram, chris, member]) {
      for (const part of who.name!.split(' ').filter((p) => p.length > 3)) expect(all).not.toContain(part);
      expect(all).not.toContain(who.email);
    }
  });

  it("logs a worker's reads of the forum, and not a client's", async () => {
    const topicId = await publishedTopic();
    await topic(worker, topicId).expect(200);
    await topic(bram, topicId).expect(200);
    const reads = await t.dataSource.query(
      `SELECT actor_id FROM audit_entry WHERE action = 'read' AND resource_type = 'forum_topic' AND resource_id = $1`,
      [topicId],
    );
    expect(reads).toEqual([{ actor_id: worker.id }]);
  });

  it("gives a client's posts and nickname in their data download, and erasing the client takes them", async () => {
    const member = await newMember();
    const made = (await newTopic(member, open['Stress en slapen'], { title: 'Mijn eigen vraag', body: 'Slapen lukt niet.' }).expect(201))
      .body as PostResult;
    const source = t.app
      .get(PersonalDataRegistry)
      .sources()
      .find((s) => s.section === 'forum')!;
    const data = (await source.collect(member.id)) as { nickname: string; posts: Array<{ topic: string; text: string }> };
    expect(data.nickname).toMatch(/^Nieuwkomer/);
    expect(data.posts).toEqual([expect.objectContaining({ topic: 'Mijn eigen vraag', text: 'Slapen lukt niet.' })]);

    const eraser = t.app
      .get(PersonalDataEraserRegistry)
      .erasers()
      .find((e) => e.section === 'forum')!;
    expect(await eraser.inventory({ clientId: member.id, cases: 'all' })).toEqual({ forum: 1 });
    expect(await eraser.inventory({ clientId: member.id, cases: [] })).toEqual({ forum: 0 });
    await t.dataSource.transaction((db) => eraser.erase({ clientId: member.id, cases: 'all' }, db));
    const [row] = await t.dataSource.query(`SELECT title, body, status FROM forum_post WHERE id = $1`, [made.post.id]);
    expect(row).toEqual({ title: '-', body: '-', status: 'deleted' });
    const after = (await source.collect(member.id)) as { nickname: string; posts: unknown[] };
    expect(after.posts).toEqual([]);
    expect(after.nickname).not.toMatch(/^Nieuwkomer/);
  });

  it.each([
    ['title', { title: '   ' }],
    ['body', { body: '' }],
    ['body', { body: 'x'.repeat(4001) }],
    ['stepId', { stepId: 'stap-1' }],
  ])('answers 400 naming %s and stores nothing', async (field, body) => {
    const before = (await t.dataSource.query(`SELECT count(*)::int AS n FROM forum_post`))[0].n;
    const res = await newTopic(ayla, open['Geld en rondkomen'], body);
    expect(res.status).toBe(400);
    expect(Object.keys(res.body.fields)).toEqual([field]);
    expect((await t.dataSource.query(`SELECT count(*)::int AS n FROM forum_post`))[0].n).toBe(before);
  });

  it('never answers 5xx to hostile input on the write routes (fuzz)', async () => {
    const topicId = await publishedTopic();
    const value = fc.oneof(
      fc.string({ maxLength: 50 }),
      fc.integer(),
      fc.constant(null),
      fc.constant('\u0000'),
      fc.constant('\ud800'),
      fc.object(),
    );
    await fc.assert(
      fc.asyncProperty(
        fc.record({ title: value, body: value, stepId: value, reason: value, days: value, nickname: value, action: value }),
        async (body) => {
          for (const [method, path] of [
            ['post', `/api/forum/forums/${open['Opvoeden en gezin']}/topics`],
            ['post', `/api/forum/topics/${topicId}/replies`],
            ['patch', `/api/forum/posts/${topicId}`],
            ['post', `/api/forum/posts/${topicId}/reports`],
            ['put', '/api/forum/me/nickname'],
          ] as const) {
            const res = await http()[method](path).set(bearer(chris)).send(body);
            expect(res.status).toBeLessThan(500);
          }
          for (const path of [`/api/forum/moderation/posts/${topicId}`, `/api/forum/moderation/members/${chris.id}/mute`]) {
            const res = await http().post(path).set(bearer(worker)).send(body);
            expect(res.status).toBeLessThan(500);
          }
        },
      ),
      { numRuns: 15, seed: 16 },
    );
  });
});
