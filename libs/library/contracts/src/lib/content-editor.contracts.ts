import type { LibraryTheme, TranslationLang } from './library.contracts';
import type { SelfTestContent } from './self-test.contracts';

/**
 * Editing FAQ entries and self-tests (issue 14), by the same editors as articles. Both keep what the
 * public saw: a published FAQ entry or self-test version stays as it is while an editor works on a
 * draft; publishing the draft replaces it in one step. A self-test version, once published, never
 * changes (kept results point at it): publishing a draft adds the next version.
 */
export const FAQ_QUESTION_MAX = 300;
export const FAQ_ANSWER_MAX = 5_000;

export interface FaqText {
  question: string;
  /** Markdown; rendered and sanitised on the public page. */
  answer: string;
}

/** POST /api/library/editor/faq (a new draft) and PUT /api/library/editor/faq/:id (the draft). */
export interface SaveFaq {
  theme: LibraryTheme;
  nl: FaqText;
  en: FaqText;
}

/**
 * An FAQ entry's translation into a client language (issue 17): read whenever the entry is
 * published; without one, readers of that language get the Dutch entry, flagged.
 * GET /api/library/editor/faq/:id/translations, PUT and DELETE …/translations/:lang.
 */
export interface EditorFaqTranslation extends FaqText {
  faqId: string;
  lang: TranslationLang;
  updatedAt: string;
}

export interface EditorFaqSummary {
  id: string;
  theme: LibraryTheme;
  status: 'draft' | 'published';
  /** The Dutch question of the draft when there is one, else of what is published. */
  question: string;
  /** A published entry with changes that are not published yet. */
  hasDraft: boolean;
  updatedAt: string;
}

export interface EditorFaq {
  id: string;
  status: 'draft' | 'published';
  /** What the public sees now; null while the entry was never published or is offline. */
  published: SaveFaq | null;
  /** The version being written; null when there are no changes after publishing. */
  draft: SaveFaq | null;
  updatedAt: string;
  publishedAt: string | null;
}

export interface EditorSelfTestSummary {
  slug: string;
  theme: LibraryTheme;
  title: string;
  /** The version people take now; null before the first publication. */
  publishedVersion: number | null;
  draftVersion: number | null;
}

export interface EditorSelfTestVersion {
  version: number;
  content: SelfTestContent;
}

/** Neither published nor draft: a new test whose draft was discarded, which is gone. */
export interface EditorSelfTest {
  slug: string;
  theme: LibraryTheme;
  published: EditorSelfTestVersion | null;
  draft: EditorSelfTestVersion | null;
}

/** PUT /api/library/editor/self-tests/:slug/draft: the whole next version. */
export interface SaveSelfTestDraft {
  content: SelfTestContent;
}

/** POST /api/library/editor/self-tests: a new self-test, its first version a draft. */
export interface CreateSelfTest {
  slug: string;
  theme: LibraryTheme;
  content: SelfTestContent;
}
