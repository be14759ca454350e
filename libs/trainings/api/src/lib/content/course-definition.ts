import type { StepContent, StepKind, TrainingKind } from '@nabij/trainings/contracts';

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
}
