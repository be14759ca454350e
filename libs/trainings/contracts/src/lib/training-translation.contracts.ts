/**
 * Issue 17: a training module's texts in a client language. Participants ask in their language
 * (ModuleView.requested); without a published translation they read the Dutch module (shownIn 'nl').
 * Translated are the module's title and intro, each step's title and the body of a reading step;
 * self-tests, homework and video captions stay Dutch.
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
