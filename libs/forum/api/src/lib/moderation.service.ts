import { BadRequestException, ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import type { ForumMe, ModeratePost, ModerationItem, MuteMember } from '@nabij/forum/contracts';
import { AuditService, AuthUser, Clock, OutboxMailEntity, RequestMeta } from '@nabij/platform/api';
import { DataSource } from 'typeorm';
import { ForumAccess, toPost } from './forum-access.service';
import { ForumNotifier } from './forum-notifier.service';
import { ForumRepository } from './forum.repository';
import { ForumService } from './forum.service';

const DAY = 24 * 60 * 60_000;

/**
 * Moderation by workers, in the forums they see: the queue (waiting posts and reported posts,
 * crisis first), approve, hide and restore with a reason, mute a member for some days. Every step is
 * in the audit log with its reason; team leads never get here.
 */
@Injectable()
export class ModerationService {
  constructor(
    private readonly repository: ForumRepository,
    private readonly access: ForumAccess,
    private readonly forum: ForumService,
    private readonly notifier: ForumNotifier,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly dataSource: DataSource,
  ) {}

  async queue(moderator: AuthUser, meta: RequestMeta): Promise<ModerationItem[]> {
    const rows = await this.repository.queue(await this.access.forumIds(moderator), moderator.id);
    await this.audit.record({ actor: moderator, action: 'read', resourceType: 'forum_queue', resourceId: null, ...meta });
    const now = this.clock.now();
    return rows.map((r) => ({
      post: toPost(r, moderator, now),
      forumId: r.forum_id,
      forumTitle: r.forum_title,
      topicTitle: r.topic_title,
      authorId: r.author_id,
      authorMutedUntil: r.muted_until && r.muted_until > now ? r.muted_until.toISOString() : null,
      reports: r.reports.map((x) => ({ reason: x.reason, createdAt: new Date(x.created_at).toISOString() })),
    }));
  }

  async moderate(moderator: AuthUser, postId: string, input: ModeratePost, meta: RequestMeta): Promise<void> {
    const reason = input.reason?.trim() || null;
    if (input.action !== 'approve' && !reason)
      throw new BadRequestException({
        message: 'Check these fields: reason',
        fields: { reason: ['reason is required to hide or restore a post'] },
      });
    const now = this.clock.now();
    const mails: OutboxMailEntity[] = [];
    await this.dataSource.transaction(async (db) => {
      const post = await this.repository.lockPost(db, postId);
      if (!post || post.status === 'deleted') throw new NotFoundException({ message: 'No such post', code: 'forum.no_post' });
      await this.access.forum(moderator, post.forum_id);
      if (input.action === 'approve') {
        if (post.status === 'hidden')
          throw new ConflictException({ message: 'A hidden post is restored, not approved', code: 'forum.hidden_post_restored' });
        if (post.status === 'pending') {
          await this.repository.moderate(db, postId, 'published', reason, moderator.id, now);
          if (post.flags.includes('first_post')) await this.repository.approveMember(db, post.author_id);
          await this.repository.touchTopic(db, postId, now);
          if (post.topic_id) mails.push(...(await this.forum.published(db, post.topic_id, post.author_id, now)));
          mails.push(...(await this.notifier.notify(db, [post.author_id], 'approved')));
        }
      } else if (input.action === 'hide') {
        if (post.status === 'hidden')
          throw new ConflictException({ message: 'This post is hidden already', code: 'forum.post_hidden_already' });
        await this.repository.moderate(db, postId, 'hidden', reason, moderator.id, now);
        mails.push(...(await this.notifier.notify(db, [post.author_id], 'hidden')));
      } else {
        if (post.status !== 'hidden')
          throw new ConflictException({ message: 'Only a hidden post can be restored', code: 'forum.hidden_post_restored_2' });
        await this.repository.moderate(db, postId, 'published', reason, moderator.id, now);
      }
      await this.repository.closeReports(db, postId, moderator.id, now);
      await this.audit.record(
        {
          actor: moderator,
          action: 'update',
          resourceType: 'forum_post',
          resourceId: postId,
          reason: `${input.action}${reason ? `: ${reason}` : ''}`,
          ...meta,
        },
        db,
      );
    });
    await this.notifier.deliver(mails);
  }

  async mute(moderator: AuthUser, memberId: string, input: MuteMember | null, meta: RequestMeta): Promise<ForumMe> {
    await this.dataSource.transaction(async (db) => {
      const member = await this.repository.member(memberId, db);
      // A member of another organisation answers like one that does not exist; staff are not muted here.
      if (!member || member.organisation_id !== moderator.organisationId || member.staff)
        throw new NotFoundException({ message: 'No such member', code: 'forum.no_member' });
      const until = input ? new Date(this.clock.now().getTime() + input.days * DAY) : null;
      await this.repository.mute(db, memberId, until, input?.reason.trim() ?? null);
      await this.audit.record(
        {
          actor: moderator,
          action: 'update',
          resourceType: 'forum_member',
          resourceId: memberId,
          clientId: memberId,
          reason: input ? `mute ${input.days} days: ${input.reason.trim()}` : 'unmute',
          ...meta,
        },
        db,
      );
    });
    const member = (await this.repository.member(memberId))!;
    return {
      nickname: member.nickname,
      moderator: false,
      mutedUntil: member.muted_until && member.muted_until > this.clock.now() ? member.muted_until.toISOString() : null,
      approved: member.approved,
    };
  }
}
