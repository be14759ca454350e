import type { TestApp } from '@nabij/platform/testing';
import { ASSERTIVENESS_COURSE, installCourse, InstalledCourse } from '@nabij/trainings/api';
import { OPEN_FORUMS } from '../content/open-forums';
import { installCohortForum, installForums } from '../content/forum-install.repository';

/** The open forums, installed through the same code as the demo seed, at the test clock's time. */
export function installOpenForums(t: TestApp, organisationId: string): Promise<Record<string, string>> {
  return t.dataSource.transaction((db) => installForums(db, organisationId, OPEN_FORUMS, { now: t.clock.now() }));
}

/**
 * A course (the assertiveness course's content) with a group (cohort) of it: this trainer, these
 * clients enrolled and accepted in the group, and the group's closed forum (which has the group's id).
 */
export async function installCohortWithForum(
  t: TestApp,
  organisationId: string,
  trainerId: string,
  participantIds: string[],
): Promise<{ course: InstalledCourse; forumId: string }> {
  return t.dataSource.transaction(async (db) => {
    const now = t.clock.now();
    const course = await installCourse(db, ASSERTIVENESS_COURSE, { organisationId, trainerId, now });
    const [cohort] = await db.query(
      `INSERT INTO training_cohort (organisation_id, training_id, title, starts_on, pacing, created_by, created_at)
       VALUES ($1, $2, 'Assertiviteit, groep test', $3, 'own_pace', $4, $5) RETURNING id`,
      [organisationId, course.trainingId, now.toISOString().slice(0, 10), trainerId, now],
    );
    await db.query(`INSERT INTO training_cohort_trainer (cohort_id, trainer_id) VALUES ($1, $2)`, [cohort.id, trainerId]);
    for (const clientId of participantIds) {
      const [enrolment] = await db.query(
        `INSERT INTO training_enrolment (training_id, client_id, enrolled_by, mode, goals, started_at, last_activity_at)
         VALUES ($1, $2, $3, 'online', ARRAY['Voor mezelf opkomen', 'Nee durven zeggen'], $4, $4) RETURNING id`,
        [course.trainingId, clientId, trainerId, now],
      );
      await db.query(
        `INSERT INTO training_cohort_member (cohort_id, client_id, status, enrolment_id, added_by, added_at) VALUES ($1, $2, 'active', $3, $4, $5)`,
        [cohort.id, clientId, enrolment.id, trainerId, now],
      );
    }
    const forumId = await installCohortForum(db, { cohortId: cohort.id, organisationId, title: 'Assertiviteit, groep test', now });
    return { course, forumId };
  });
}
