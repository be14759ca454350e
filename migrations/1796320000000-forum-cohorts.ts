import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 16: a closed forum belongs to a group (training cohort), not to a course. A group's forum
 * has the group's id (`id = cohort_id`), so the group pages link to it without asking the forum.
 * A course forum moves to the course's earliest group; a course forum without a group is removed
 * (its content was for that course's participants only and must not become visible to others).
 * Every existing group gets its forum; new groups get theirs from the `forum.cohort-created` event (sent by trainings).
 */
export class ForumCohorts1796320000000 implements MigrationInterface {
  name = 'ForumCohorts1796320000000';

  async up(db: QueryRunner): Promise<void> {
    // Posts follow their forum's new id.
    await db.query(`ALTER TABLE forum_post DROP CONSTRAINT forum_post_forum_id_fkey`);
    await db.query(
      `ALTER TABLE forum_post ADD CONSTRAINT forum_post_forum_id_fkey FOREIGN KEY (forum_id) REFERENCES forum(id) ON DELETE CASCADE ON UPDATE CASCADE`,
    );
    await db.query(`ALTER TABLE forum ADD COLUMN cohort_id uuid UNIQUE REFERENCES training_cohort(id) ON DELETE CASCADE`);
    await db.query(`
      UPDATE forum f SET cohort_id = c.id, id = c.id
        FROM (SELECT DISTINCT ON (training_id) id, training_id, organisation_id FROM training_cohort ORDER BY training_id, created_at, id) c
       WHERE f.training_id = c.training_id AND f.organisation_id = c.organisation_id`);
    await db.query(`DELETE FROM forum WHERE kind = 'closed' AND cohort_id IS NULL`);
    await db.query(`ALTER TABLE forum DROP COLUMN training_id`);
    await db.query(`
      INSERT INTO forum (id, organisation_id, kind, cohort_id, title, description, position, created_at)
      SELECT c.id, c.organisation_id, 'closed', c.id, left('Groep: ' || c.title, 120),
             'Alleen voor de deelnemers en trainers van deze groep. Praat hier over de oefeningen en help elkaar.', 0, c.created_at
        FROM training_cohort c WHERE NOT EXISTS (SELECT 1 FROM forum f WHERE f.cohort_id = c.id)`);
    await db.query(`ALTER TABLE forum ADD CONSTRAINT forum_cohort_kind CHECK ((kind = 'closed') = (cohort_id IS NOT NULL) AND (cohort_id IS NULL OR cohort_id = id))`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE forum DROP CONSTRAINT forum_cohort_kind`);
    await db.query(`ALTER TABLE forum ADD COLUMN training_id uuid UNIQUE REFERENCES training(id) ON DELETE CASCADE`);
    // One forum per course again: the first group's forum keeps it, the others go.
    await db.query(`
      DELETE FROM forum f USING training_cohort c
       WHERE f.cohort_id = c.id AND EXISTS (SELECT 1 FROM training_cohort o JOIN forum g ON g.cohort_id = o.id
                                             WHERE o.training_id = c.training_id AND (o.created_at, o.id) < (c.created_at, c.id))`);
    await db.query(`UPDATE forum f SET training_id = c.training_id FROM training_cohort c WHERE f.cohort_id = c.id`);
    await db.query(`ALTER TABLE forum DROP COLUMN cohort_id`);
    await db.query(`ALTER TABLE forum ADD CHECK ((kind = 'closed') = (training_id IS NOT NULL))`);
  }
}
