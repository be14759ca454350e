import type { ContentLang, LibraryTheme } from './library.contracts';

/**
 * "Mijn bibliotheek" (issue 14): a client's personal shelf. A worker shares an article, an exercise
 * or a document of the case into it (with an optional short note); the client saves public articles
 * there too, and marks items read. Only that client sees their shelf; the worker of the case sees
 * what was put there for the case's client.
 */
export const SHELF_KINDS = ['article', 'exercise', 'document'] as const;
export type ShelfKind = (typeof SHELF_KINDS)[number];
export const SHELF_NOTE_MAX = 300;

/**
 * A printable exercise (energiemeter, turflijst): Markdown, rendered and sanitised by the API. Asked in
 * any client language (issue 17): in Arabic, Turkish or Polish when the exercise has that translation,
 * else in Dutch (shownIn 'nl').
 */
export interface ExerciseSummary {
  slug: string;
  theme: LibraryTheme;
  title: string;
  summary: string;
  /** The language of title, summary (and body): the one asked for, or Dutch when there is no translation into it. */
  shownIn: ContentLang;
}

export interface Exercise extends ExerciseSummary {
  /** The language the reader asked for; differs from shownIn when the exercise is not translated into it. */
  requested: ContentLang;
  html: string;
}

export interface ShelfItem {
  id: string;
  kind: ShelfKind;
  /** Article or exercise slug; for a document its id. */
  ref: string;
  /** For a document: the case it belongs to (to open it in the dossier). */
  caseId: string | null;
  title: string;
  /** The language of the title of an article or exercise (Dutch when not translated into the one asked); null for a document. */
  titleLang: ContentLang | null;
  note: string | null;
  /** The name of the worker who shared it; null when the client saved it themselves (or the worker has no name). */
  sharedBy: string | null;
  /** The client put it there themselves. */
  savedByClient: boolean;
  sharedAt: string;
  readAt: string | null;
}

/** POST /api/library/shelf/cases/:caseId/items (the case's worker). */
export interface ShareShelfItem {
  kind: ShelfKind;
  /** Article or exercise slug, or the id of a document of this case. */
  ref: string;
  note?: string;
}

/** POST /api/library/shelf/articles (a client): a published article onto their own shelf. */
export interface SaveArticleToShelf {
  slug: string;
}
