import { BadRequestException, ConflictException, ForbiddenException, Inject, Injectable, NotFoundException } from '@nestjs/common';
import type {
  CreateTopic,
  ForumCounts,
  ForumFlag,
  ForumMe,
  ForumPage,
  ForumSummary,
  PostResult,
  TopicSummary,
  TopicView,
} from '@nabij/forum/contracts';
import { EDIT_WINDOW_MINUTES, forumFlags } from '@nabij/forum/contracts';
import { AccountDirectoryService } from '@nabij/identity/api';
import { AuditService, AuthUser, Clock, OutboxMailEntity, RequestMeta } from '@nabij/platform/api';
import { DataSource, EntityManager } from 'typeorm';
import { ForumAccess, toPost } from './forum-access.service';
import { FORUM_MEMBERSHIP, ForumMembership } from './forum-membership';
import { ForumNotifier } from './forum-notifier.service';
import { ForumRepository, ForumRow, MemberRow } from './forum.repository';

const fieldError = (field: string, message: string) =>
  new BadRequestException({ message: `Check these fields: ${field}`, fields: { [field]: [message] } });

const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/**
 * The forum as its members use it: a nickname chosen once, topics and replies (text only), edits
 * within 15 minutes, deleting one's own posts, "dit hielp mij", reports and unread markers. A new
 * member's first post and posts with flagged words, phone numbers or e-mail addresses wait for a
 * moderator; crisis words alert the moderators at once. Every write is in the audit log, and so is
 * every read by a worker.
 */
@Injectable()
export class ForumService {
  constructor(
    private readonly repository: ForumRepository,
    private readonly access: ForumAccess,
    @Inject(FORUM_MEMBERSHIP) private readonly membership: ForumMembership,
    private readonly accounts: AccountDirectoryService,
    private readonly notifier: ForumNotifier,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly dataSource: DataSource,
  ) {}

  async me(user: AuthUser): Promise<ForumMe> {
    const member = await this.repository.member(user.id);
    return {
      nickname: member?.nickname ?? null,
      moderator: user.role === 'worker',
      mutedUntil: this.mutedUntil(member)?.toISOString() ?? null,
      approved: member?.approved ?? false,
    };
  }

  async chooseNickname(user: AuthUser, nickname: string, meta: RequestMeta): Promise<ForumMe> {
    const chosen = nickname.trim().replace(/\s+/g, ' ');
    const account = await this.accounts.byId(user.id);
    const nameParts = fold(account?.name ?? '')
      .split(/[^\p{L}\p{N}]+/u)
      .filter((part) => part.length >= 3);
    if (nameParts.some((part) => fold(chosen).includes(part)))
      throw fieldError('nickname', 'nickname must not contain your real name: choose a made-up name');
    await this.dataSource.transaction(async (db) => {
      if (await this.repository.member(user.id, db))
        throw new ConflictException({ message: 'You already chose a nickname; it stays the same', code: 'forum.nickname_chosen' });
      const ok = await this.repository.insertMember(
        { userId: user.id, organisationId: user.organisationId!, nickname: chosen, staff: user.role !== 'client', now: this.clock.now() },
        db,
      );
      if (!ok) throw fieldError('nickname', 'nickname is already taken: choose another one');
      await this.audit.record({ actor: user, action: 'create', resourceType: 'forum_member', resourceId: user.id, ...meta }, db);
    });
    return this.me(user);
  }

  async forums(user: AuthUser): Promise<ForumSummary[]> {
    return (await this.access.forums(user)).map(toSummary);
  }

  async forumPage(user: AuthUser, forumId: string, meta: RequestMeta): Promise<ForumPage> {
    const forum = await this.access.forum(user, forumId);
    const summary = (await this.access.forums(user)).find((f) => f.id === forum.id) ?? forum;
    const topics = await this.access.topics(await this.repository.topics(forum.id, this.access.reader(user)), user);
    await this.logRead(user, 'forum', forum.id, meta);
    return { forum: toSummary(summary), topics };
  }

  async stepTopics(user: AuthUser, stepId: string, meta: RequestMeta): Promise<TopicSummary[]> {
    await this.access.step(user, stepId);
    const rows = await this.repository.stepTopics(stepId, await this.access.forumIds(user), this.access.reader(user));
    await this.logRead(user, 'forum_step', stepId, meta);
    return this.access.topics(rows, user);
  }

  async topic(user: AuthUser, topicId: string, meta: RequestMeta): Promise<TopicView> {
    const reader = this.access.reader(user);
    const row = await this.repository.topic(topicId, reader);
    if (!row) throw new NotFoundException({ message: 'No such topic', code: 'forum.no_topic' });
    const forum = await this.access.forum(user, row.forum_id);
    const now = this.clock.now();
    const replies = await this.repository.replies(row.id, reader);
    await this.repository.markRead(user.id, row.id, now);
    await this.logRead(user, 'forum_topic', row.id, meta);
    const [topic] = await this.access.topics([{ ...row, unread: false }], user);
    return {
      forum: { id: forum.id, kind: forum.kind, title: forum.title },
      topic,
      posts: [row, ...replies].map((p) => toPost(p, user, now)),
    };
  }

  async createTopic(user: AuthUser, forumId: string, input: CreateTopic, meta: RequestMeta): Promise<PostResult> {
    const forum = await this.access.forum(user, forumId);
    if (input.stepId) {
      const step = (await this.access.stepLinks([input.stepId])).get(input.stepId);
      const groupCourse = forum.cohort_id ? await this.membership.courseOf(user, forum.id) : null;
      if (!step || step.organisationId !== forum.organisation_id || (groupCourse && groupCourse !== step.trainingId))
        throw fieldError('stepId', 'stepId must be a step of a course (of this group’s course, for a group forum)');
    }
    return this.write(user, forum, null, { title: input.title.trim(), body: input.body.trim(), stepId: input.stepId ?? null }, meta);
  }

  async reply(user: AuthUser, topicId: string, body: string, meta: RequestMeta): Promise<PostResult> {
    const topic = await this.repository.topic(topicId, this.access.reader(user));
    if (!topic) throw new NotFoundException({ message: 'No such topic', code: 'forum.no_topic' });
    const forum = await this.access.forum(user, topic.forum_id);
    if (topic.status !== 'published')
      throw new ConflictException({ message: 'This topic is not open for replies yet', code: 'forum.topic_not_open' });
    return this.write(user, forum, topic.id, { title: null, body: body.trim(), stepId: null }, meta);
  }

  private async write(
    user: AuthUser,
    forum: ForumRow,
    topicId: string | null,
    post: { title: string | null; body: string; stepId: string | null },
    meta: RequestMeta,
  ): Promise<PostResult> {
    const now = this.clock.now();
    const mails: OutboxMailEntity[] = [];
    const id = await this.dataSource.transaction(async (db) => {
      const member = await this.writer(user, db);
      const flags = this.flagsFor(user, member, `${post.title ?? ''}\n${post.body}`);
      const status = flags.length ? 'pending' : 'published';
      const postId = await this.repository.insertPost(db, { forumId: forum.id, topicId, ...post, authorId: user.id, status, flags, now });
      await this.repository.markRead(user.id, topicId ?? postId, now, db);
      await this.audit.record(
        { actor: user, action: 'create', resourceType: 'forum_post', resourceId: postId, reason: flags.join(',') || null, ...meta },
        db,
      );
      if (status === 'published' && topicId) mails.push(...(await this.published(db, topicId, user.id, now)));
      if (flags.includes('crisis')) mails.push(...(await this.notifier.notify(db, await this.moderatorsOf(forum, db), 'crisis')));
      return postId;
    });
    await this.notifier.deliver(mails);
    const row = (await this.repository.post(id, user.id))!;
    return { post: toPost(row, user, now), pending: row.status === 'pending', crisis: row.flags.includes('crisis') };
  }

  /** After a reply is published: its topic is new again, and its starter hears of it (once until they look). */
  async published(db: EntityManager, topicId: string, writerId: string, now: Date): Promise<OutboxMailEntity[]> {
    const topic = await this.repository.lockPost(db, topicId);
    if (!topic) return [];
    const before = await this.repository.post(topicId, writerId, db);
    const starterRead = await this.repository.readAt(topic.author_id, topicId, db);
    await this.repository.touchTopic(db, topicId, now);
    const starterWasUpToDate = !!starterRead && !!before && starterRead >= before.last_activity_at;
    return topic.author_id !== writerId && starterWasUpToDate ? this.notifier.notify(db, [topic.author_id], 'reply') : [];
  }

  /** Workers who moderate the forum: every worker of the organisation for an open forum, the group's trainers for a group's forum. */
  async moderatorsOf(forum: ForumRow, db: EntityManager): Promise<string[]> {
    const workers = await this.accounts.accountsOf(forum.organisation_id, ['worker'], { manager: db });
    const ids: string[] = [];
    for (const w of workers)
      if (
        !w.deactivated &&
        (forum.kind === 'open' || (await this.membership.isModerator({ id: w.id, organisationId: forum.organisation_id }, forum.id)))
      )
        ids.push(w.id);
    return ids;
  }

  async edit(user: AuthUser, postId: string, body: string, meta: RequestMeta): Promise<PostResult> {
    const now = this.clock.now();
    await this.dataSource.transaction(async (db) => {
      const post = await this.ownPost(user, postId, db);
      if (post.status !== 'published' && post.status !== 'pending')
        throw new ConflictException({ message: 'This post can no longer be changed', code: 'forum.post_locked' });
      if (now.getTime() - post.created_at.getTime() > EDIT_WINDOW_MINUTES * 60_000)
        throw new ConflictException({
          message: `A post can be changed within ${EDIT_WINDOW_MINUTES} minutes of writing it`,
          code: 'forum.edit_window_over',
        });
      const member = await this.writer(user, db);
      // Still waiting for a first approval, or newly flagged: it waits (again).
      const flags = [...new Set([...post.flags.filter((f) => f === 'first_post'), ...this.flagsFor(user, member, body.trim())])];
      await this.repository.editPost(db, postId, body.trim(), flags.length ? 'pending' : post.status, flags, now);
      await this.audit.record({ actor: user, action: 'update', resourceType: 'forum_post', resourceId: postId, ...meta }, db);
    });
    const row = (await this.repository.post(postId, user.id))!;
    return { post: toPost(row, user, now), pending: row.status === 'pending', crisis: row.flags.includes('crisis') };
  }

  async remove(user: AuthUser, postId: string, meta: RequestMeta): Promise<void> {
    await this.dataSource.transaction(async (db) => {
      const post = await this.ownPost(user, postId, db);
      if (post.status === 'deleted') return;
      await this.repository.deletePost(db, postId, this.clock.now());
      await this.audit.record({ actor: user, action: 'delete', resourceType: 'forum_post', resourceId: postId, ...meta }, db);
    });
  }

  async setHelped(
    user: AuthUser,
    postId: string,
    helped: boolean,
    meta: RequestMeta,
  ): Promise<{ helpfulCount: number; helpedMe: boolean }> {
    const post = await this.visiblePublished(user, postId);
    if (post.author_id === user.id)
      throw new ConflictException({ message: 'You cannot mark your own post as helpful', code: 'forum.own_post_helpful' });
    await this.repository.setHelped(user.id, postId, helped, this.clock.now());
    await this.audit.record({
      actor: user,
      action: helped ? 'create' : 'delete',
      resourceType: 'forum_reaction',
      resourceId: postId,
      ...meta,
    });
    const row = (await this.repository.post(postId, user.id))!;
    return { helpfulCount: row.helpful_count, helpedMe: row.helped_me };
  }

  async report(user: AuthUser, postId: string, reason: string, meta: RequestMeta): Promise<void> {
    const post = await this.visiblePublished(user, postId);
    if (post.author_id === user.id)
      throw new ConflictException({ message: 'You cannot report your own post; delete it instead', code: 'forum.own_post_report' });
    await this.dataSource.transaction(async (db) => {
      const reportId = await this.repository.insertReport(db, postId, user.id, reason.trim(), this.clock.now());
      await this.audit.record(
        { actor: user, action: 'create', resourceType: 'forum_report', resourceId: reportId, reason: reason.trim(), ...meta },
        db,
      );
    });
  }

  async counts(user: AuthUser): Promise<ForumCounts> {
    const forums = await this.access.forums(user);
    return {
      unreadTopics: forums.reduce((n, f) => n + f.unread_topics, 0),
      moderationQueue: user.role === 'worker' ? await this.repository.queueCount(forums.map((f) => f.id)) : 0,
    };
  }

  private async visiblePublished(user: AuthUser, postId: string) {
    const post = await this.repository.post(postId, user.id);
    if (!post || post.status !== 'published') throw new NotFoundException({ message: 'No such post', code: 'forum.no_post' });
    await this.access.forum(user, post.forum_id);
    if (post.topic_id) {
      const topic = await this.repository.topic(post.topic_id, this.access.reader(user));
      if (!topic || topic.status !== 'published') throw new NotFoundException({ message: 'No such post', code: 'forum.no_post' });
    }
    return post;
  }

  private async ownPost(user: AuthUser, postId: string, db: EntityManager) {
    const post = await this.repository.lockPost(db, postId);
    // Another member's post answers like a post that does not exist.
    if (!post || post.author_id !== user.id) throw new NotFoundException({ message: 'No such post', code: 'forum.no_post' });
    await this.access.forum(user, post.forum_id);
    return post;
  }

  /** The member who writes: a nickname first, and not muted. */
  private async writer(user: AuthUser, db: EntityManager): Promise<MemberRow> {
    const member = await this.repository.member(user.id, db);
    if (!member) throw new ConflictException({ message: 'Choose a nickname before you write in the forum', code: 'forum.nickname_needed' });
    const muted = this.mutedUntil(member);
    if (muted)
      throw new ForbiddenException({
        message: `A moderator has paused your writing in the forum until ${muted.toISOString()}`,
        code: 'forum.muted',
        details: { until: muted.toISOString() },
      });
    return member;
  }

  private flagsFor(user: AuthUser, member: MemberRow, text: string): ForumFlag[] {
    // Workers moderate: their posts are published at once.
    if (user.role === 'worker') return [];
    return [...(member.approved ? [] : (['first_post'] as ForumFlag[])), ...forumFlags(text)];
  }

  private mutedUntil(member: MemberRow | null): Date | null {
    return member?.muted_until && member.muted_until > this.clock.now() ? member.muted_until : null;
  }

  private async logRead(user: AuthUser, resourceType: string, resourceId: string, meta: RequestMeta): Promise<void> {
    if (user.role !== 'client') await this.audit.record({ actor: user, action: 'read', resourceType, resourceId, ...meta });
  }
}

export function toSummary(f: ForumRow): ForumSummary {
  return {
    id: f.id,
    kind: f.kind,
    title: f.title,
    description: f.description,
    topicCount: f.topic_count,
    unreadTopics: f.unread_topics,
  };
}
