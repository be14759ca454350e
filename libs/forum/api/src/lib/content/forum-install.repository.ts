import type { EntityManager } from 'typeorm';
import { cohortForum } from './open-forums';

export interface ForumDefinition {
  title: string;
  description: string;
}

export interface SeedTopic {
  /** The forum's title (of the definitions installed). */
  forum: string;
  /** A nickname of the members seeded. */
  author: string;
  title: string;
  body: string;
  replies: Array<{ author: string; body: string; helpedBy?: string[] }>;
  helpedBy?: string[];
}

/**
 * Installs forums, members and published posts directly (demo seed, tests): the same tables the
 * forum writes, without the moderation a member's own post goes through.
 */
export async function installForums(
  db: EntityManager,
  organisationId: string,
  forums: ForumDefinition[],
  options: { now: Date },
): Promise<Record<string, string>> {
  const ids: Record<string, string> = {};
  for (const [position, f] of forums.entries()) {
    const [row] = await db.query(
      `INSERT INTO forum (organisation_id, kind, title, description, position, created_at)
       VALUES ($1, 'open', $2, $3, $4, $5) RETURNING id`,
      [organisationId, f.title, f.description, position, options.now],
    );
    ids[f.title] = row.id;
  }
  return ids;
}

/**
 * The closed forum of a group (training cohort): it has the group's id, so the group's pages link to
 * it. Nothing happens when it exists already (the cohort-created event may arrive twice).
 */
export async function installCohortForum(
  db: EntityManager,
  cohort: { cohortId: string; organisationId: string; title: string; now: Date },
): Promise<string> {
  const forum = cohortForum(cohort.title);
  await db.query(
    `INSERT INTO forum (id, organisation_id, kind, cohort_id, title, description, position, created_at)
     VALUES ($1, $2, 'closed', $1, $3, $4, 0, $5) ON CONFLICT (id) DO NOTHING`,
    [cohort.cohortId, cohort.organisationId, forum.title.slice(0, 120), forum.description, cohort.now],
  );
  return cohort.cohortId;
}

/** A member with a nickname, approved (their posts are published without waiting). */
export async function installForumMember(
  db: EntityManager,
  m: { userId: string; organisationId: string; nickname: string; staff?: boolean; now: Date },
): Promise<void> {
  await db.query(
    `INSERT INTO forum_member (user_id, organisation_id, nickname, staff, approved, created_at) VALUES ($1, $2, $3, $4, true, $5)`,
    [m.userId, m.organisationId, m.nickname, m.staff ?? false, m.now],
  );
}

/** Published topics with replies and "dit hielp mij" reactions; members by nickname. Times are spread over the days before `now`. */
export async function installTopics(
  db: EntityManager,
  forumIds: Record<string, string>,
  membersByNickname: Record<string, string>,
  topics: SeedTopic[],
  now: Date,
): Promise<string[]> {
  const ids: string[] = [];
  const hour = 60 * 60_000;
  for (const [i, topic] of topics.entries()) {
    const start = new Date(now.getTime() - (topics.length - i) * 26 * hour);
    const at = (n: number) => new Date(start.getTime() + n * 3 * hour);
    const insert = async (topicId: string | null, title: string | null, author: string, body: string, when: Date) => {
      const [row] = await db.query(
        `INSERT INTO forum_post (forum_id, topic_id, title, body, author_id, status, created_at, last_activity_at)
         VALUES ($1, $2, $3, $4, $5, 'published', $6, $6) RETURNING id`,
        [forumIds[topic.forum], topicId, title, body, membersByNickname[author], when],
      );
      return row.id as string;
    };
    const helped = async (postId: string, by: string[] = []) => {
      for (const nickname of by)
        await db.query(`INSERT INTO forum_reaction (post_id, user_id, created_at) VALUES ($1, $2, $3)`, [
          postId,
          membersByNickname[nickname],
          now,
        ]);
    };
    const topicId = await insert(null, topic.title, topic.author, topic.body, at(0));
    await helped(topicId, topic.helpedBy);
    for (const [n, reply] of topic.replies.entries())
      await helped(await insert(topicId, null, reply.author, reply.body, at(n + 1)), reply.helpedBy);
    await db.query(`UPDATE forum_post SET last_activity_at = $2 WHERE id = $1`, [topicId, at(topic.replies.length)]);
    ids.push(topicId);
  }
  return ids;
}
