import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The peer forum (issue 16): open themed forums for all clients of an organisation and closed forums
 * of a course (its participants and trainers only). A topic is its opening post (`topic_id` null,
 * with a title) and its replies; a topic may be linked from a module step ("Praat erover in de
 * groep"). Members post under a nickname chosen once; a member's first post and posts with flagged
 * words, phone numbers or e-mail addresses wait for a moderator (`pending`); moderators hide and
 * restore with a reason and mute a member for a time. Reports, "dit hielp mij" reactions and what a
 * member last read (unread markers) complete it.
 */
export class Forum1796280000000 implements MigrationInterface {
  name = 'Forum1796280000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE forum (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organisation_id uuid NOT NULL REFERENCES organisation(id) ON DELETE CASCADE,
        kind text NOT NULL CHECK (kind IN ('open', 'closed')),
        training_id uuid UNIQUE REFERENCES training(id) ON DELETE CASCADE,
        title text NOT NULL CHECK (length(title) BETWEEN 1 AND 120),
        description text NOT NULL CHECK (length(description) <= 500),
        position int NOT NULL DEFAULT 0,
        created_at timestamptz NOT NULL,
        CHECK ((kind = 'closed') = (training_id IS NOT NULL))
      )`);
    await db.query(`CREATE INDEX forum_organisation ON forum (organisation_id, position)`);
    await db.query(`
      CREATE TABLE forum_member (
        user_id uuid PRIMARY KEY REFERENCES account(id) ON DELETE CASCADE,
        organisation_id uuid NOT NULL REFERENCES organisation(id) ON DELETE CASCADE,
        nickname text NOT NULL CHECK (length(nickname) BETWEEN 3 AND 30),
        staff boolean NOT NULL DEFAULT false,
        approved boolean NOT NULL DEFAULT false,
        muted_until timestamptz,
        mute_reason text,
        created_at timestamptz NOT NULL
      )`);
    await db.query(`CREATE UNIQUE INDEX forum_member_nickname ON forum_member (organisation_id, lower(nickname))`);
    await db.query(`
      CREATE TABLE forum_post (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        forum_id uuid NOT NULL REFERENCES forum(id) ON DELETE CASCADE,
        topic_id uuid REFERENCES forum_post(id) ON DELETE CASCADE,
        title text CHECK (length(title) BETWEEN 1 AND 120),
        body text NOT NULL CHECK (length(body) BETWEEN 1 AND 4000),
        author_id uuid NOT NULL REFERENCES account(id) ON DELETE CASCADE,
        status text NOT NULL CHECK (status IN ('pending', 'published', 'hidden', 'deleted')),
        flags text[] NOT NULL DEFAULT '{}',
        step_id uuid REFERENCES training_step(id) ON DELETE SET NULL,
        moderation_reason text,
        moderated_by uuid,
        moderated_at timestamptz,
        created_at timestamptz NOT NULL,
        edited_at timestamptz,
        last_activity_at timestamptz NOT NULL,
        CHECK ((topic_id IS NULL) = (title IS NOT NULL)),
        CHECK (topic_id IS NULL OR step_id IS NULL)
      )`);
    await db.query(`CREATE INDEX forum_post_topics ON forum_post (forum_id, last_activity_at DESC) WHERE topic_id IS NULL`);
    await db.query(`CREATE INDEX forum_post_replies ON forum_post (topic_id, created_at)`);
    await db.query(`CREATE INDEX forum_post_queue ON forum_post (forum_id) WHERE status = 'pending'`);
    await db.query(`CREATE INDEX forum_post_author ON forum_post (author_id)`);
    await db.query(`CREATE INDEX forum_post_step ON forum_post (step_id) WHERE step_id IS NOT NULL`);
    await db.query(`
      CREATE TABLE forum_reaction (
        post_id uuid NOT NULL REFERENCES forum_post(id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES account(id) ON DELETE CASCADE,
        created_at timestamptz NOT NULL,
        PRIMARY KEY (post_id, user_id)
      )`);
    await db.query(`
      CREATE TABLE forum_report (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        post_id uuid NOT NULL REFERENCES forum_post(id) ON DELETE CASCADE,
        reporter_id uuid NOT NULL REFERENCES account(id) ON DELETE CASCADE,
        reason text NOT NULL CHECK (length(reason) BETWEEN 1 AND 500),
        created_at timestamptz NOT NULL,
        handled_at timestamptz,
        handled_by uuid
      )`);
    await db.query(`CREATE INDEX forum_report_open ON forum_report (post_id) WHERE handled_at IS NULL`);
    await db.query(`
      CREATE TABLE forum_read (
        user_id uuid NOT NULL REFERENCES account(id) ON DELETE CASCADE,
        topic_id uuid NOT NULL REFERENCES forum_post(id) ON DELETE CASCADE,
        read_at timestamptz NOT NULL,
        PRIMARY KEY (user_id, topic_id)
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE forum_read, forum_report, forum_reaction, forum_post, forum_member, forum`);
  }
}
