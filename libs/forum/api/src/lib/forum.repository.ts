import { Injectable } from '@nestjs/common';
import type { ForumFlag, ForumKind, PostStatus } from '@nabij/forum/contracts';
import { DataSource, EntityManager } from 'typeorm';

export interface ForumRow {
  id: string;
  organisation_id: string;
  kind: ForumKind;
  /** A group's forum: the group (training cohort), whose id the forum shares. */
  cohort_id: string | null;
  title: string;
  description: string;
  topic_count: number;
  unread_topics: number;
}

export interface MemberRow {
  user_id: string;
  organisation_id: string;
  nickname: string;
  staff: boolean;
  approved: boolean;
  muted_until: Date | null;
}

export interface PostRow {
  id: string;
  forum_id: string;
  topic_id: string | null;
  title: string | null;
  body: string;
  author_id: string;
  status: PostStatus;
  flags: ForumFlag[];
  step_id: string | null;
  moderation_reason: string | null;
  created_at: Date;
  edited_at: Date | null;
  last_activity_at: Date;
  nickname: string;
  staff: boolean;
  helpful_count: number;
  helped_me: boolean;
}

export interface TopicRow extends PostRow {
  reply_count: number;
  unread: boolean;
}

export interface QueueRow extends PostRow {
  forum_title: string;
  topic_title: string;
  muted_until: Date | null;
  reports: Array<{ reason: string; created_at: string }>;
}

/** Who reads: their own posts and, for moderators, every post not deleted are visible besides the published ones. */
export interface Reader {
  userId: string;
  moderator: boolean;
}

const visible = (p: string) => `(${p}.status = 'published' OR (${p}.status <> 'deleted' AND (${p}.author_id = $2 OR $3)))`;

const POST_COLUMNS = `p.id, p.forum_id, p.topic_id, p.title, p.body, p.author_id, p.status, p.flags, p.step_id, p.moderation_reason,
  p.created_at, p.edited_at, p.last_activity_at, m.nickname, m.staff,
  (SELECT count(*)::int FROM forum_reaction x WHERE x.post_id = p.id) AS helpful_count,
  EXISTS (SELECT 1 FROM forum_reaction x WHERE x.post_id = p.id AND x.user_id = $2) AS helped_me`;

const TOPIC_COLUMNS = `${POST_COLUMNS},
  (SELECT count(*)::int FROM forum_post r WHERE r.topic_id = p.id AND ${visible('r')}) AS reply_count,
  (p.status = 'published' AND (rd.read_at IS NULL OR p.last_activity_at > rd.read_at)) AS unread`;

/** SQL of the forum; who may see which forum is decided before these are called. */
@Injectable()
export class ForumRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Open forums of the organisation and the closed forums with these ids, with counts for the reader. */
  forums(organisationId: string, closedIds: string[], reader: Reader): Promise<ForumRow[]> {
    return this.dataSource.query(
      `SELECT f.id, f.organisation_id, f.kind, f.cohort_id, f.title, f.description,
              count(p.id)::int AS topic_count,
              count(p.id) FILTER (WHERE p.status = 'published' AND (rd.read_at IS NULL OR p.last_activity_at > rd.read_at))::int AS unread_topics
         FROM forum f
         LEFT JOIN forum_post p ON p.forum_id = f.id AND p.topic_id IS NULL AND ${visible('p')}
         LEFT JOIN forum_read rd ON rd.topic_id = p.id AND rd.user_id = $2
        WHERE f.organisation_id = $1 AND (f.kind = 'open' OR f.id = ANY($4::uuid[]))
        GROUP BY f.id
        ORDER BY f.kind DESC, f.position, f.title`,
      [organisationId, reader.userId, reader.moderator, closedIds],
    );
  }

  async forum(id: string, db: EntityManager = this.dataSource.manager): Promise<ForumRow | null> {
    const [row] = await db.query(
      `SELECT id, organisation_id, kind, cohort_id, title, description, 0 AS topic_count, 0 AS unread_topics FROM forum WHERE id = $1`,
      [id],
    );
    return row ?? null;
  }

  /** Closed forums of these groups (training cohorts). */
  async closedForumsOf(cohortIds: string[]): Promise<string[]> {
    if (!cohortIds.length) return [];
    const rows: Array<{ id: string }> = await this.dataSource.query(`SELECT id FROM forum WHERE cohort_id = ANY($1::uuid[])`, [cohortIds]);
    return rows.map((r) => r.id);
  }

  topics(forumId: string, reader: Reader): Promise<TopicRow[]> {
    return this.dataSource.query(
      `SELECT ${TOPIC_COLUMNS}
         FROM forum_post p JOIN forum_member m ON m.user_id = p.author_id
         LEFT JOIN forum_read rd ON rd.topic_id = p.id AND rd.user_id = $2
        WHERE p.forum_id = $1 AND p.topic_id IS NULL AND ${visible('p')}
        ORDER BY p.last_activity_at DESC, p.id
        LIMIT 200`,
      [forumId, reader.userId, reader.moderator],
    );
  }

  /** Topics linked from a module step, in these forums. */
  stepTopics(stepId: string, forumIds: string[], reader: Reader): Promise<TopicRow[]> {
    return this.dataSource.query(
      `SELECT ${TOPIC_COLUMNS}
         FROM forum_post p JOIN forum_member m ON m.user_id = p.author_id
         LEFT JOIN forum_read rd ON rd.topic_id = p.id AND rd.user_id = $2
        WHERE p.step_id = $1 AND p.topic_id IS NULL AND p.forum_id = ANY($4::uuid[]) AND ${visible('p')}
        ORDER BY p.last_activity_at DESC, p.id`,
      [stepId, reader.userId, reader.moderator, forumIds],
    );
  }

  async topic(topicId: string, reader: Reader): Promise<TopicRow | null> {
    const [row] = await this.dataSource.query(
      `SELECT ${TOPIC_COLUMNS}
         FROM forum_post p JOIN forum_member m ON m.user_id = p.author_id
         LEFT JOIN forum_read rd ON rd.topic_id = p.id AND rd.user_id = $2
        WHERE p.id = $1 AND p.topic_id IS NULL AND ${visible('p')}`,
      [topicId, reader.userId, reader.moderator],
    );
    return row ?? null;
  }

  /** The replies of a topic the reader may see, oldest first. */
  replies(topicId: string, reader: Reader): Promise<PostRow[]> {
    return this.dataSource.query(
      `SELECT ${POST_COLUMNS}
         FROM forum_post p JOIN forum_member m ON m.user_id = p.author_id
        WHERE p.topic_id = $1 AND ${visible('p')}
        ORDER BY p.created_at, p.id`,
      [topicId, reader.userId, reader.moderator],
    );
  }

  /** Any post by id, whatever its status (the caller decides who may see it). */
  async post(id: string, viewerId: string, db: EntityManager = this.dataSource.manager): Promise<PostRow | null> {
    const [row] = await db.query(
      `SELECT ${POST_COLUMNS} FROM forum_post p JOIN forum_member m ON m.user_id = p.author_id WHERE p.id = $1`,
      [id, viewerId],
    );
    return row ?? null;
  }

  async lockPost(
    db: EntityManager,
    id: string,
  ): Promise<{
    id: string;
    forum_id: string;
    topic_id: string | null;
    author_id: string;
    status: PostStatus;
    flags: ForumFlag[];
    created_at: Date;
  } | null> {
    const [row] = await db.query(
      `SELECT id, forum_id, topic_id, author_id, status, flags, created_at FROM forum_post WHERE id = $1 FOR UPDATE`,
      [id],
    );
    return row ?? null;
  }

  async member(userId: string, db: EntityManager = this.dataSource.manager): Promise<MemberRow | null> {
    const [row] = await db.query(
      `SELECT user_id, organisation_id, nickname, staff, approved, muted_until FROM forum_member WHERE user_id = $1`,
      [userId],
    );
    return row ?? null;
  }

  /** False when the member already has a nickname or the nickname is taken in the organisation. */
  async insertMember(
    m: { userId: string; organisationId: string; nickname: string; staff: boolean; now: Date },
    db: EntityManager,
  ): Promise<boolean> {
    const rows = await db.query(
      `INSERT INTO forum_member (user_id, organisation_id, nickname, staff, approved, created_at)
       SELECT $1, $2, $3, $4, $4, $5
        WHERE NOT EXISTS (SELECT 1 FROM forum_member WHERE organisation_id = $2 AND lower(nickname) = lower($3))
       ON CONFLICT (user_id) DO NOTHING RETURNING user_id`,
      [m.userId, m.organisationId, m.nickname, m.staff, m.now],
    );
    return rows.length === 1;
  }

  async insertPost(
    db: EntityManager,
    p: {
      forumId: string;
      topicId: string | null;
      title: string | null;
      body: string;
      authorId: string;
      status: PostStatus;
      flags: ForumFlag[];
      stepId: string | null;
      now: Date;
    },
  ): Promise<string> {
    const [row] = await db.query(
      `INSERT INTO forum_post (forum_id, topic_id, title, body, author_id, status, flags, step_id, created_at, last_activity_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $9) RETURNING id`,
      [p.forumId, p.topicId, p.title, p.body, p.authorId, p.status, p.flags, p.stepId, p.now],
    );
    return row.id;
  }

  async editPost(db: EntityManager, id: string, body: string, status: PostStatus, flags: ForumFlag[], now: Date): Promise<void> {
    await db.query(`UPDATE forum_post SET body = $2, status = $3, flags = $4, edited_at = $5 WHERE id = $1`, [
      id,
      body,
      status,
      flags,
      now,
    ]);
  }

  async deletePost(db: EntityManager, id: string, now: Date): Promise<void> {
    // The text goes; the row stays so replies and reports keep their place.
    await db.query(`UPDATE forum_post SET status = 'deleted', body = '-', edited_at = $2 WHERE id = $1`, [id, now]);
  }

  async moderate(db: EntityManager, id: string, status: PostStatus, reason: string | null, moderatorId: string, now: Date): Promise<void> {
    await db.query(`UPDATE forum_post SET status = $2, moderation_reason = $3, moderated_by = $4, moderated_at = $5 WHERE id = $1`, [
      id,
      status,
      reason,
      moderatorId,
      now,
    ]);
  }

  /** A published post makes its topic (or itself, as a topic) new again for the other members. */
  async touchTopic(db: EntityManager, topicId: string, now: Date): Promise<void> {
    await db.query(`UPDATE forum_post SET last_activity_at = $2 WHERE id = $1`, [topicId, now]);
  }

  async approveMember(db: EntityManager, userId: string): Promise<void> {
    await db.query(`UPDATE forum_member SET approved = true WHERE user_id = $1`, [userId]);
  }

  async mute(db: EntityManager, userId: string, until: Date | null, reason: string | null): Promise<void> {
    await db.query(`UPDATE forum_member SET muted_until = $2, mute_reason = $3 WHERE user_id = $1`, [userId, until, reason]);
  }

  async markRead(userId: string, topicId: string, now: Date, db: EntityManager = this.dataSource.manager): Promise<void> {
    await db.query(
      `INSERT INTO forum_read (user_id, topic_id, read_at) VALUES ($1, $2, $3)
       ON CONFLICT (user_id, topic_id) DO UPDATE SET read_at = GREATEST(forum_read.read_at, EXCLUDED.read_at)`,
      [userId, topicId, now],
    );
  }

  async readAt(userId: string, topicId: string, db: EntityManager): Promise<Date | null> {
    const [row] = await db.query(`SELECT read_at FROM forum_read WHERE user_id = $1 AND topic_id = $2`, [userId, topicId]);
    return row?.read_at ?? null;
  }

  async setHelped(userId: string, postId: string, helped: boolean, now: Date): Promise<void> {
    if (helped)
      await this.dataSource.query(`INSERT INTO forum_reaction (post_id, user_id, created_at) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING`, [
        postId,
        userId,
        now,
      ]);
    else await this.dataSource.query(`DELETE FROM forum_reaction WHERE post_id = $1 AND user_id = $2`, [postId, userId]);
  }

  async insertReport(db: EntityManager, postId: string, reporterId: string, reason: string, now: Date): Promise<string> {
    const [row] = await db.query(
      `INSERT INTO forum_report (post_id, reporter_id, reason, created_at) VALUES ($1, $2, $3, $4) RETURNING id`,
      [postId, reporterId, reason, now],
    );
    return row.id;
  }

  async closeReports(db: EntityManager, postId: string, moderatorId: string, now: Date): Promise<void> {
    await db.query(`UPDATE forum_report SET handled_at = $3, handled_by = $2 WHERE post_id = $1 AND handled_at IS NULL`, [
      postId,
      moderatorId,
      now,
    ]);
  }

  /** Waiting posts and posts with open reports in these forums: crisis first, then oldest first. */
  queue(forumIds: string[], moderatorId: string): Promise<QueueRow[]> {
    return this.dataSource.query(
      `SELECT ${POST_COLUMNS}, f.title AS forum_title, COALESCE(p.title, t.title) AS topic_title, m.muted_until,
              COALESCE((SELECT json_agg(json_build_object('reason', r.reason, 'created_at', r.created_at) ORDER BY r.created_at)
                          FROM forum_report r WHERE r.post_id = p.id AND r.handled_at IS NULL), '[]') AS reports
         FROM forum_post p
         JOIN forum_member m ON m.user_id = p.author_id
         JOIN forum f ON f.id = p.forum_id
         LEFT JOIN forum_post t ON t.id = p.topic_id
        WHERE p.forum_id = ANY($1::uuid[])
          AND (p.status = 'pending' OR (p.status <> 'deleted' AND EXISTS (SELECT 1 FROM forum_report r WHERE r.post_id = p.id AND r.handled_at IS NULL)))
        ORDER BY ('crisis' = ANY(p.flags)) DESC, p.created_at, p.id
        LIMIT 200`,
      [forumIds, moderatorId],
    );
  }

  async queueCount(forumIds: string[]): Promise<number> {
    if (!forumIds.length) return 0;
    const [row] = await this.dataSource.query(
      `SELECT count(*)::int AS n FROM forum_post p
        WHERE p.forum_id = ANY($1::uuid[])
          AND (p.status = 'pending' OR (p.status <> 'deleted' AND EXISTS (SELECT 1 FROM forum_report r WHERE r.post_id = p.id AND r.handled_at IS NULL)))`,
      [forumIds],
    );
    return row.n;
  }
}
