import type { StepContent, StepKind, StepTranslation, TrainingKind, TrainingTranslationLang } from '@nabij/trainings/contracts';

/** A whole course as data: what the seed file holds and the editor could export. */
export interface CourseDefinition {
  title: string;
  summary: string;
  /** Omitted: guided. */
  kind?: TrainingKind;
  goalExamples: string[];
  modules: ModuleDefinition[];
}

export interface ModuleDefinition {
  title: string;
  intro: string;
  /** Feedback moment: the next module opens after the trainer answered this module's homework. */
  requiresFeedback: boolean;
  steps: Array<{ kind: StepKind; title: string; content: StepContent }>;
  /**
   * Issue 17: the module's texts in a client language, installed published with the course. Steps in
   * the module's order; `body` only for reading steps, `captions` (the written version) only for films,
   * `selfTest` only for self-tests and `assignment` only for homework (each whole: every question,
   * option and result text).
   */
  translations?: Partial<Record<TrainingTranslationLang, ModuleTranslationDefinition>>;
}

export interface ModuleTranslationDefinition {
  title: string;
  intro: string;
  steps: Array<Omit<StepTranslation, 'stepId'>>;
}
