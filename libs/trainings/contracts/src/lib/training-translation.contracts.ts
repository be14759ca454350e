/**
 * Issue 17: a training module's texts in a client language. Participants ask in their language
 * (ModuleView.requested); without a published translation they read the Dutch module (shownIn 'nl').
 * Translated are the module's title and intro, each step's title, the body of a reading step, and
 * what the client fills in: a self-test's questions, answer labels and result texts, and a homework
 * step's intro and questions. Answers are stored as before (by question and option id), so a trainer
 * reads them next to the Dutch questions. A video step's written version (what is said in the film)
 * is translated too; the film and its timed WebVTT captions stay Dutch.
 */
export const TRAINING_READER_LANGS = ['nl', 'en', 'ar', 'tr', 'pl'] as const;
export type TrainingReaderLang = (typeof TRAINING_READER_LANGS)[number];
export const TRAINING_TRANSLATION_LANGS = ['ar', 'tr', 'pl'] as const;
export type TrainingTranslationLang = (typeof TRAINING_TRANSLATION_LANGS)[number];

export interface StepTranslation {
  stepId: string;
  title: string;
  /** Only for a reading (text) step: its body, in the same "## " / "- " form. */
  body?: string;
  /** Only for a video step: the written version of what is said in the film, in the same lines form. */
  captions?: string;
  /** Only for a self-test step: all of its texts, or none (then it stays Dutch). */
  selfTest?: SelfTestTranslation;
  /** Only for a homework (assignment) step: all of its texts, or none (then it stays Dutch). */
  assignment?: AssignmentTranslation;
}

/**
 * A self-test's texts in another language. Every question of the step, by id, with the label of each
 * of its options (multiple choice) or its two end labels (scale); the result texts (the feedback per
 * score band) in the order of the step's bands. Points and scale numbers stay the Dutch step's.
 */
export interface SelfTestTranslation {
  intro?: string;
  questions: SelfTestQuestionTranslation[];
  bands: Array<{ title: string; text: string }>;
}

export interface SelfTestQuestionTranslation {
  id: string;
  text: string;
  /** Multiple choice: every option of the question, by id. */
  options?: Array<{ id: string; label: string }>;
  /** Scale: the labels at both ends. */
  minLabel?: string;
  maxLabel?: string;
}

/** A homework step's texts in another language: its intro, and for open questions every question (by id) with its hint. */
export interface AssignmentTranslation {
  intro: string;
  questions?: Array<{ id: string; text: string; hint?: string }>;
}

/** PUT /api/training-modules/:moduleId/translations/:lang. */
export interface ModuleTranslationText {
  title: string;
  intro: string;
  steps: StepTranslation[];
}

/** GET (and every change) of a module's translation, for the course editor. */
export interface EditorModuleTranslation {
  moduleId: string;
  lang: TrainingTranslationLang;
  /** null: there is no translation into this language yet. */
  status: 'draft' | 'published' | null;
  /** The waiting changes when hasDraft, else the translation as it is. */
  text: ModuleTranslationText | null;
  hasDraft: boolean;
  updatedAt: string | null;
  publishedAt: string | null;
}
