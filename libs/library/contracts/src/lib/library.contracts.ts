/** The themes of the public library; the portal names them in its i18n texts. */
export const LIBRARY_THEMES = ['money', 'relationships', 'parenting', 'stress', 'loneliness', 'housing', 'work', 'violence'] as const;
export type LibraryTheme = (typeof LIBRARY_THEMES)[number];

/** Who an article is written for; one article may serve several groups. */
export const LIBRARY_AUDIENCES = ['adults', 'young-people', 'parents', 'pupils'] as const;
export type LibraryAudience = (typeof LIBRARY_AUDIENCES)[number];

export const LIBRARY_LANGS = ['nl', 'en'] as const;
export type LibraryLang = (typeof LIBRARY_LANGS)[number];

/** Longer questions are not searches but stories: those belong in a message to a worker. */
export const SEARCH_QUERY_MAX_LENGTH = 100;

export const LIBRARY_SEARCH_PATH = '/library/search';

export interface ArticleSummary {
  slug: string;
  theme: LibraryTheme;
  audiences: LibraryAudience[];
  title: string;
  summary: string;
}

export interface Article extends ArticleSummary {
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
}

export interface SearchHit {
  kind: 'article' | 'faq';
  /** The article's slug, or the FAQ entry's id. */
  ref: string;
  theme: LibraryTheme;
  title: string;
  /** Text around the matches; matched words sit between HIGHLIGHT_START and HIGHLIGHT_END. */
  snippet: string;
}

export interface SearchResponse {
  query: string;
  hits: SearchHit[];
  /** Only when nothing was found: a spelling of the query that does find something. */
  suggestion: string | null;
}
