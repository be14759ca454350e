import type { StepTranslation, TrainingTranslationLang } from '@nabij/trainings/contracts';
import type { EntityManager } from 'typeorm';

/**
 * The SQL that writes a whole course into the content tables. Not a Nest provider: installCourse
 * runs inside the caller's transaction (demo seed, test factories) before any app may be up.
 */
export class CourseInstallRepository {
  constructor(private readonly db: EntityManager) {}

  async insertTraining(training: {
    organisationId: string;
    title: string;
    summary: string;
    kind: string;
    trainerId: string | null;
    goalExamples: string[];
    published: boolean;
    now: Date;
  }): Promise<string> {
    const [row] = await this.db.query(
      `INSERT INTO training (organisation_id, title, summary, trainer_id, goal_examples, published, created_at, updated_at, kind)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $7, $8) RETURNING id`,
      [
        training.organisationId,
        training.title,
        training.summary,
        training.trainerId,
        training.goalExamples,
        training.published,
        training.now,
        training.kind,
      ],
    );
    return row.id;
  }

  async insertModule(module: {
    trainingId: string;
    position: number;
    title: string;
    intro: string;
    requiresFeedback: boolean;
  }): Promise<string> {
    const [row] = await this.db.query(
      `INSERT INTO training_module (training_id, position, title, intro, requires_feedback) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
      [module.trainingId, module.position, module.title, module.intro, module.requiresFeedback],
    );
    return row.id;
  }

  async insertStep(step: { moduleId: string; position: number; kind: string; title: string; content: unknown }): Promise<string> {
    const [row] = await this.db.query(
      `INSERT INTO training_step (module_id, position, kind, title, content) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
      [step.moduleId, step.position, step.kind, step.title, JSON.stringify(step.content)],
    );
    return row.id;
  }

  /** A module's texts in a client language (issue 17). */
  async insertModuleTranslation(t: {
    moduleId: string;
    lang: TrainingTranslationLang;
    title: string;
    intro: string;
    steps: StepTranslation[];
    published: boolean;
    now: Date;
  }): Promise<void> {
    await this.db.query(
      `INSERT INTO training_module_translation (module_id, lang, status, title, intro, steps, created_at, updated_at, published_at)
       VALUES ($1, $2, $3, $4, $5, $6::jsonb, $7, $7, $8)`,
      [
        t.moduleId,
        t.lang,
        t.published ? 'published' : 'draft',
        t.title,
        t.intro,
        JSON.stringify(t.steps),
        t.now,
        t.published ? t.now : null,
      ],
    );
  }
}
