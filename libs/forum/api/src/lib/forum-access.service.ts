import { Inject, Injectable, NotFoundException } from '@nestjs/common';
import type { ForumFlag, ForumPost, StepLink, TopicSummary } from '@nabij/forum/contracts';
import { EDIT_WINDOW_MINUTES } from '@nabij/forum/contracts';
import { AuthUser } from '@nabij/platform/api';
import { CourseStepsService } from '@nabij/trainings/api';
import { FORUM_MEMBERSHIP, ForumMembership } from './forum-membership';
import { ForumRepository, ForumRow, PostRow, Reader, TopicRow } from './forum.repository';

/**
 * Who may see which forum: open forums to every client and worker of their organisation, a closed
 * forum to its members only (FORUM_MEMBERSHIP). Workers moderate the forums they see. A forum the
 * user may not see answers 404, like one that does not exist.
 */
@Injectable()
export class ForumAccess {
  constructor(
    private readonly repository: ForumRepository,
    @Inject(FORUM_MEMBERSHIP) private readonly membership: ForumMembership,
    private readonly courses: CourseStepsService,
  ) {}

  reader(user: AuthUser): Reader {
    return { userId: user.id, moderator: user.role === 'worker' };
  }

  /** The forums the user sees, with their counts. */
  async forums(user: AuthUser): Promise<ForumRow[]> {
    if (!user.organisationId) return [];
    return this.repository.forums(user.organisationId, await this.membership.forumsOf(user), this.reader(user));
  }

  async forumIds(user: AuthUser): Promise<string[]> {
    return (await this.forums(user)).map((f) => f.id);
  }

  async forum(user: AuthUser, forumId: string): Promise<ForumRow> {
    const forum = await this.repository.forum(forumId);
    const sees =
      forum !== null &&
      forum.organisation_id === user.organisationId &&
      (forum.kind === 'open' || (await this.membership.isMember(user, forum.id)));
    if (!sees) throw new NotFoundException({ message: 'No such forum', code: 'forum.no_forum' });
    return forum;
  }

  async stepLinks(stepIds: Iterable<string | null>): Promise<Map<string, StepLink & { organisationId: string }>> {
    const links = new Map<string, StepLink & { organisationId: string }>();
    for (const id of new Set([...stepIds].filter((s): s is string => !!s))) {
      const step = await this.courses.step(id);
      if (step) links.set(id, step);
    }
    return links;
  }

  /** A module step of a course of the user's organisation; another organisation's step answers like none: 404. */
  async step(user: AuthUser, stepId: string): Promise<StepLink & { organisationId: string }> {
    const step = (await this.stepLinks([stepId])).get(stepId);
    if (!step || step.organisationId !== user.organisationId)
      throw new NotFoundException({ message: 'No such step', code: 'forum.no_step' });
    return step;
  }

  async topics(rows: TopicRow[], user: AuthUser): Promise<TopicSummary[]> {
    const links = await this.stepLinks(rows.map((r) => r.step_id));
    return rows.map((r) => {
      const link = links.get(r.step_id ?? '');
      return toTopic(
        r,
        user,
        link ? { stepId: link.stepId, trainingId: link.trainingId, title: link.title, moduleTitle: link.moduleTitle } : null,
      );
    });
  }
}

export function toTopic(r: TopicRow, user: AuthUser, step: StepLink | null): TopicSummary {
  return {
    id: r.id,
    forumId: r.forum_id,
    title: r.title ?? '',
    authorNickname: r.nickname,
    mine: r.author_id === user.id,
    byModerator: r.staff,
    status: r.status,
    createdAt: r.created_at.toISOString(),
    lastActivityAt: r.last_activity_at.toISOString(),
    replyCount: r.reply_count,
    unread: r.unread,
    step,
  };
}

/** A post as this reader may see it: reasons and flags for its author and moderators only, no text once deleted. */
export function toPost(r: PostRow, user: AuthUser, now: Date): ForumPost {
  const mine = r.author_id === user.id;
  const insider = mine || user.role === 'worker';
  const editableUntil = new Date(r.created_at.getTime() + EDIT_WINDOW_MINUTES * 60_000);
  const showBody = r.status === 'published' || (r.status !== 'deleted' && insider);
  return {
    id: r.id,
    topicId: r.topic_id ?? r.id,
    authorNickname: r.nickname,
    mine,
    byModerator: r.staff,
    body: showBody ? r.body : '',
    status: r.status,
    createdAt: r.created_at.toISOString(),
    editedAt: r.edited_at?.toISOString() ?? null,
    editableUntil: mine && (r.status === 'published' || r.status === 'pending') && editableUntil > now ? editableUntil.toISOString() : null,
    helpfulCount: r.helpful_count,
    helpedMe: r.helped_me,
    moderationReason: insider ? r.moderation_reason : null,
    flags: insider ? (r.flags as ForumFlag[]) : [],
  };
}
