import { TRAINING_TRANSLATION_LANGS } from '@nabij/trainings/contracts';
import type { EntityManager } from 'typeorm';
import { homeworkTranslationProblems } from '../homework-translation';
import { validateStepContent } from '../step-content';
import type { CourseDefinition } from './course-definition';
import { CourseInstallRepository } from './course-install.repository';

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
  if (course.kind === 'self_help' && course.modules.some((m) => m.requiresFeedback || m.steps.some((s) => s.kind === 'assignment')))
    throw new Error(`Course "${course.title}": a self-help course has no homework and no feedback moments`);
  course.modules.forEach((m, i) =>
    m.steps.forEach((s, j) => {
      const errors = validateStepContent(s.kind, s.content);
      if (Object.keys(errors).length)
        throw new Error(`Course "${course.title}", module ${i + 1}, step ${j + 1}: ${JSON.stringify(errors)}`);
    }),
  );
  const repository = new CourseInstallRepository(db);
  const trainingId = await repository.insertTraining({
    organisationId: options.organisationId,
    title: course.title,
    summary: course.summary,
    kind: course.kind ?? 'guided',
    trainerId: options.trainerId,
    goalExamples: course.goalExamples,
    published: options.published ?? true,
    now: options.now,
  });
  const modules: InstalledCourse['modules'] = [];
  for (const [i, m] of course.modules.entries()) {
    const moduleId = await repository.insertModule({
      trainingId,
      position: i + 1,
      title: m.title,
      intro: m.intro,
      requiresFeedback: m.requiresFeedback,
    });
    const stepIds: string[] = [];
    for (const [j, s] of m.steps.entries()) {
      stepIds.push(await repository.insertStep({ moduleId, position: j + 1, kind: s.kind, title: s.title, content: s.content }));
    }
    for (const lang of TRAINING_TRANSLATION_LANGS) {
      const t = m.translations?.[lang];
      if (!t) continue;
      const misplaced = t.steps.some(
        (s, j) => (s.body !== undefined && m.steps[j].kind !== 'text') || (s.captions !== undefined && m.steps[j].kind !== 'video'),
      );
      if (t.steps.length !== stepIds.length || misplaced)
        throw new Error(
          `Course "${course.title}", module ${i + 1}: the ${lang} translation must have a title per step, a body only for reading steps, a written version only for films`,
        );
      for (const [j, s] of t.steps.entries()) {
        const [problem] = homeworkTranslationProblems(m.steps[j].kind, m.steps[j].content, s);
        if (problem) throw new Error(`Course "${course.title}", module ${i + 1}, step ${j + 1}: the ${lang} ${problem[0]} ${problem[1]}`);
      }
      await repository.insertModuleTranslation({
        moduleId,
        lang,
        title: t.title,
        intro: t.intro,
        steps: t.steps.map((s, j) => ({ stepId: stepIds[j], ...s })),
        published: options.published ?? true,
        now: options.now,
      });
    }
    modules.push({ id: moduleId, stepIds });
  }
  return { trainingId, modules };
}
