/** The themes of the public library; the portal names them in its i18n texts. */
export const LIBRARY_THEMES = ['money', 'relationships', 'parenting', 'stress', 'loneliness', 'housing', 'work', 'violence'] as const;
export type LibraryTheme = (typeof LIBRARY_THEMES)[number];

/** Who an article is written for; one article may serve several groups. */
export const LIBRARY_AUDIENCES = ['adults', 'young-people', 'parents', 'pupils'] as const;
export type LibraryAudience = (typeof LIBRARY_AUDIENCES)[number];

export const LIBRARY_LANGS = ['nl', 'en'] as const;
export type LibraryLang = (typeof LIBRARY_LANGS)[number];

/**
 * The languages a reader may ask articles in (issue 17): the client languages. Dutch and English are
 * columns of every article; Arabic, Turkish and Polish are translations an editor adds and publishes
 * per language. Without a published translation the reader gets the Dutch text, flagged.
 */
export const CONTENT_LANGS = ['nl', 'en', 'ar', 'tr', 'pl'] as const;
export type ContentLang = (typeof CONTENT_LANGS)[number];
export const TRANSLATION_LANGS = ['ar', 'tr', 'pl'] as const;
export type TranslationLang = (typeof TRANSLATION_LANGS)[number];

export function isTranslationLang(lang: string): lang is TranslationLang {
  return (TRANSLATION_LANGS as readonly string[]).includes(lang);
}

/** Longer questions are not searches but stories: those belong in a message to a worker. */
export const SEARCH_QUERY_MAX_LENGTH = 100;

export const LIBRARY_SEARCH_PATH = '/library/search';

export interface ArticleSummary {
  slug: string;
  theme: LibraryTheme;
  audiences: LibraryAudience[];
  title: string;
  summary: string;
  /** The language of title and summary (and body): the one asked for, or Dutch when it has no published translation. */
  shownIn: ContentLang;
}

export interface Article extends ArticleSummary {
  /** The language the reader asked for; differs from shownIn when the article is not translated into it yet. */
  requested: ContentLang;
  /** The Markdown body rendered to HTML on the server; raw HTML in the source is never passed on. */
  html: string;
  updatedAt: string;
}

export interface FaqEntry {
  id: string;
  theme: LibraryTheme;
  question: string;
  /** The answer's Markdown source. */
  answer: string;
  /** The answer rendered to HTML on the server; raw HTML in the source is never passed on. */
  html: string;
  /** The language of question and answer: the one asked for, or Dutch when the entry has no translation into it. */
  shownIn: ContentLang;
}

export interface SearchHit {
  kind: 'article' | 'faq';
  /** The article's slug, or the FAQ entry's id. */
  ref: string;
  theme: LibraryTheme;
  title: string;
  /** Text around the matches; matched words sit between HIGHLIGHT_START and HIGHLIGHT_END. */
  snippet: string;
  /** The language of title and snippet: a reader of a translation language also finds Dutch texts. */
  shownIn: ContentLang;
}

export interface SearchResponse {
  query: string;
  hits: SearchHit[];
  /** Only when nothing was found: a spelling of the query that does find something. */
  suggestion: string | null;
}
