import { createEmptyDatabase, TestDatabase } from '@nabij/platform/testing';
import { DataSource } from 'typeorm';
import { ForumCohorts1796320000000 } from './1796320000000-forum-cohorts';
import { ALL_MIGRATIONS } from './index';

jest.setTimeout(120_000);

/**
 * The forum-cohorts migration moves a course's closed forum (with its posts) to the course's first
 * group, under the group's id; a course forum without a group goes (its posts were for that course's
 * participants only); every group without a forum gets one.
 */
describe('migration ForumCohorts: course forums become group forums', () => {
  let db: TestDatabase;
  let ds: DataSource;
  const q = <T = Record<string, string>>(sql: string, params: unknown[] = []) => ds.query(sql, params) as Promise<T[]>;

  beforeAll(async () => {
    db = await createEmptyDatabase();
    const before = ALL_MIGRATIONS.slice(0, ALL_MIGRATIONS.indexOf(ForumCohorts1796320000000));
    ds = new DataSource({ type: 'postgres', url: db.url, migrations: before });
    await ds.initialize();
    await ds.runMigrations({ transaction: 'each' });
  });
  afterAll(async () => {
    await ds?.destroy();
    await db?.drop();
  });

  it("moves a course forum and its posts to the course's first group, removes one without a group, and opens a forum for every group", async () => {
    const [org] = await q(`INSERT INTO organisation (name, slug) VALUES ('MW', 'mw-forum-cohorts') RETURNING id`);
    const [trainer] = await q(`INSERT INTO account (email, role, name, organisation_id) VALUES ('t@fc.test', 'worker', 'T', $1) RETURNING id`, [
      org.id,
    ]);
    const training = async (title: string) =>
      (await q(`INSERT INTO training (organisation_id, title, created_at, updated_at) VALUES ($1, $2, now(), now()) RETURNING id`, [org.id, title]))[0]
        .id;
    const withGroups = await training('Assertiviteit');
    const withoutGroup = await training('Beter slapen');
    const cohort = async (trainingId: string, title: string, createdAt: string) =>
      (
        await q(
          `INSERT INTO training_cohort (organisation_id, training_id, title, starts_on, pacing, created_by, created_at)
           VALUES ($1, $2, $3, '2026-01-05', 'own_pace', $4, $5) RETURNING id`,
          [org.id, trainingId, title, trainer.id, createdAt],
        )
      )[0].id;
    const later = await cohort(withGroups, 'Assertiviteit, groep 2', '2026-02-01T10:00:00Z');
    const first = await cohort(withGroups, 'Assertiviteit, groep 1', '2026-01-01T10:00:00Z');
    const forum = async (trainingId: string) =>
      (
        await q(
          `INSERT INTO forum (organisation_id, kind, training_id, title, description, created_at) VALUES ($1, 'closed', $2, 'Groep', '', now()) RETURNING id`,
          [org.id, trainingId],
        )
      )[0].id;
    const moved = await forum(withGroups);
    const gone = await forum(withoutGroup);
    await q(`INSERT INTO forum_member (user_id, organisation_id, nickname, created_at) VALUES ($1, $2, 'Trainer Zon', now())`, [trainer.id, org.id]);
    const post = async (forumId: string) =>
      (
        await q(
          `INSERT INTO forum_post (forum_id, title, body, author_id, status, created_at, last_activity_at)
           VALUES ($1, 'Hoi', 'Welkom', $2, 'published', now(), now()) RETURNING id`,
          [forumId, trainer.id],
        )
      )[0].id;
    const kept = await post(moved);
    await post(gone);

    const runner = ds.createQueryRunner();
    try {
      await new ForumCohorts1796320000000().up(runner);
      const forums = await q<{ id: string; cohort_id: string | null; title: string }>(`SELECT id, cohort_id, title FROM forum ORDER BY title`);
      expect(forums).toEqual([
        { id: first, cohort_id: first, title: 'Groep' },
        { id: later, cohort_id: later, title: 'Groep: Assertiviteit, groep 2' },
      ]);
      expect(await q(`SELECT id, forum_id FROM forum_post`)).toEqual([{ id: kept, forum_id: first }]);
      // A closed forum must have its group, under the group's id.
      await expect(
        q(`INSERT INTO forum (organisation_id, kind, title, description, created_at) VALUES ($1, 'closed', 'x', '', now())`, [org.id]),
      ).rejects.toThrow(/forum_cohort_kind/);

      await new ForumCohorts1796320000000().down(runner);
      expect(await q(`SELECT training_id FROM forum`)).toEqual([{ training_id: withGroups }]);
    } finally {
      await runner.release();
    }
  });
});
