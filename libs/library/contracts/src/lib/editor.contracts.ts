import type { ContentLang, LibraryAudience, LibraryTheme, TranslationLang } from './library.contracts';

/**
 * Editing the shared library (issue 14): admins, and workers an admin gave the editor right, write articles in Markdown, preview them rendered
 * by the same sanitising renderer, and publish or take them back. Searches that found nothing are
 * counted (the words only, no person or address) so editors see what is missing.
 */
export const ARTICLE_TITLE_MAX = 200;
export const ARTICLE_SUMMARY_MAX = 500;
export const ARTICLE_BODY_MAX = 50_000;
export const ARTICLE_SLUG_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;
export const ARTICLE_SLUG_MAX = 100;

export interface EditableArticleText {
  title: string;
  summary: string;
  /** Markdown. */
  body: string;
}

/**
 * POST (new, a draft) and PUT: an article nobody reads changes in place; a published article keeps
 * its public text and gets the changes beside it (hasDraft), until an editor publishes or discards them.
 */
export interface SaveArticle {
  slug: string;
  theme: LibraryTheme;
  audiences: LibraryAudience[];
  nl: EditableArticleText;
  en: EditableArticleText;
}

export interface EditorArticleSummary {
  id: string;
  slug: string;
  theme: LibraryTheme;
  status: 'draft' | 'published';
  /** The title of the waiting changes when there are any. */
  title: string;
  /** A published article with changes not published yet. */
  hasDraft: boolean;
  updatedAt: string;
  publishedAt: string | null;
}

/** The texts are the waiting changes when hasDraft, else the article as it is. */
export interface EditorArticle extends SaveArticle {
  id: string;
  status: 'draft' | 'published';
  hasDraft: boolean;
  updatedAt: string;
  publishedAt: string | null;
  /** The article's translations into Arabic, Turkish and Polish that exist (draft or published). */
  translations: EditorTranslationState[];
}

export interface PreviewRequest {
  markdown: string;
}

export interface PreviewResponse {
  /** The HTML the public article page would show. */
  html: string;
}

/**
 * An article's translation into a client language (issue 17), edited beside the Dutch text with the
 * article's rules: a draft is read by nobody; a published translation keeps what readers see while
 * changes wait (hasDraft) until they are published or thrown away.
 * GET/PUT /api/library/editor/articles/:id/translations/:lang, POST …/:lang/publish, …/:lang/unpublish,
 * DELETE …/:lang/draft.
 */
export interface EditorTranslation {
  articleId: string;
  lang: TranslationLang;
  /** null: there is no translation into this language yet (GET only; PUT creates it as a draft). */
  status: 'draft' | 'published' | null;
  /** The waiting changes when hasDraft, else the translation as it is (empty texts when there is none). */
  text: EditableArticleText;
  hasDraft: boolean;
  updatedAt: string | null;
  publishedAt: string | null;
}

/** Which translations an article has, for the editor's language select. */
export interface EditorTranslationState {
  lang: TranslationLang;
  status: 'draft' | 'published';
  hasDraft: boolean;
}

export interface MissedSearch {
  lang: ContentLang;
  query: string;
  count: number;
  lastAt: string;
}

/** How many days GET /api/library/editor/most-read looks back. */
export const MOST_READ_DAYS = 30;

/** GET /api/library/editor/most-read: the published articles read most lately (counts only, no readers). */
export interface MostReadArticle {
  slug: string;
  title: string;
  theme: LibraryTheme;
  reads: number;
}

/** GET /api/library/editor-access (admins and workers): may this person use the editor? */
export interface EditorAccess {
  editor: boolean;
}
