import type { EntityManager } from 'typeorm';
import { validateStepContent } from '../step-content';
import type { CourseDefinition } from './course-definition';

export interface InstalledCourse {
  trainingId: string;
  /** Module ids in course order, each with its step ids in order. */
  modules: Array<{ id: string; stepIds: string[] }>;
}

/**
 * Writes a course into the content tables (the demo seed and tests use it). Every step is checked
 * like the editor checks it, so seed content cannot hold what the editor would refuse.
 */
export async function installCourse(
  db: EntityManager,
  course: CourseDefinition,
  options: { organisationId: string; trainerId: string | null; now: Date; published?: boolean },
): Promise<InstalledCourse> {
  course.modules.forEach((m, i) =>
    m.steps.forEach((s, j) => {
      const errors = validateStepContent(s.kind, s.content);
      if (Object.keys(errors).length)
        throw new Error(`Course "${course.title}", module ${i + 1}, step ${j + 1}: ${JSON.stringify(errors)}`);
    }),
  );
  const [training] = await db.query(
    `INSERT INTO training (organisation_id, title, summary, trainer_id, goal_examples, published, created_at, updated_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $7) RETURNING id`,
    [options.organisationId, course.title, course.summary, options.trainerId, course.goalExamples, options.published ?? true, options.now],
  );
  const modules: InstalledCourse['modules'] = [];
  for (const [i, m] of course.modules.entries()) {
    const [row] = await db.query(
      `INSERT INTO training_module (training_id, position, title, intro, requires_feedback) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
      [training.id, i + 1, m.title, m.intro, m.requiresFeedback],
    );
    const stepIds: string[] = [];
    for (const [j, s] of m.steps.entries()) {
      const [step] = await db.query(
        `INSERT INTO training_step (module_id, position, kind, title, content) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
        [row.id, j + 1, s.kind, s.title, JSON.stringify(s.content)],
      );
      stepIds.push(step.id);
    }
    modules.push({ id: row.id, stepIds });
  }
  return { trainingId: training.id, modules };
}
