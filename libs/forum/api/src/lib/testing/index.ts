import type { TestApp } from '@nabij/platform/testing';
import { ASSERTIVENESS_COURSE, installCourse, InstalledCourse } from '@nabij/trainings/api';
import { courseForum, OPEN_FORUMS } from '../content/open-forums';
import { installForums } from '../content/forum-install.repository';

/** The open forums, installed through the same code as the demo seed, at the test clock's time. */
export function installOpenForums(t: TestApp, organisationId: string): Promise<Record<string, string>> {
  return t.dataSource.transaction((db) => installForums(db, organisationId, OPEN_FORUMS, { now: t.clock.now() }));
}

/** A course (the assertiveness course's content) with its trainer, these clients enrolled, and its closed forum. */
export async function installCourseWithForum(
  t: TestApp,
  organisationId: string,
  trainerId: string,
  participantIds: string[],
): Promise<{ course: InstalledCourse; forumId: string }> {
  return t.dataSource.transaction(async (db) => {
    const course = await installCourse(db, ASSERTIVENESS_COURSE, { organisationId, trainerId, now: t.clock.now() });
    for (const clientId of participantIds)
      await db.query(
        `INSERT INTO training_enrolment (training_id, client_id, enrolled_by, mode, goals, started_at, last_activity_at)
         VALUES ($1, $2, $3, 'online', ARRAY['Voor mezelf opkomen', 'Nee durven zeggen'], $4, $4)`,
        [course.trainingId, clientId, trainerId, t.clock.now()],
      );
    const forums = await installForums(db, organisationId, [courseForum(ASSERTIVENESS_COURSE.title)], {
      now: t.clock.now(),
      trainingId: course.trainingId,
    });
    return { course, forumId: Object.values(forums)[0] };
  });
}
