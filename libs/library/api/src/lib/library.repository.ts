import { Injectable } from '@nestjs/common';
import { HIGHLIGHT_END, HIGHLIGHT_START } from '@nabij/library/contracts';
import type { ContentLang, LibraryAudience, LibraryLang, LibraryTheme, SearchHit, TranslationLang } from '@nabij/library/contracts';
import { DataSource } from 'typeorm';

/** Column names per language: only these constants are ever put into the SQL text. */
const COLUMNS = {
  nl: {
    config: 'dutch',
    title: 'title_nl',
    summary: 'summary_nl',
    body: 'body_nl',
    plain: 'plain_nl',
    search: 'search_nl',
    question: 'question_nl',
    answer: 'answer_nl',
  },
  en: {
    config: 'english',
    title: 'title_en',
    summary: 'summary_en',
    body: 'body_en',
    plain: 'plain_en',
    search: 'search_en',
    question: 'question_en',
    answer: 'answer_en',
  },
} as const;

/** The columns a language reads from library_article: its own for Dutch and English, else the Dutch ones. */
export function columnLang(lang: ContentLang): LibraryLang {
  return lang === 'en' ? 'en' : 'nl';
}

// Title (A) far above summary (B) and body (C); ranking sorts title matches first anyway.
const RANK_WEIGHTS = '{0.05, 0.1, 0.3, 1.0}';
const HEADLINE_OPTIONS = `StartSel=${HIGHLIGHT_START}, StopSel=${HIGHLIGHT_END}, MaxWords=30, MinWords=12, MaxFragments=2, FragmentDelimiter=" … "`;
const MAX_HITS = 20;

export interface ArticleSummaryRow {
  slug: string;
  theme: LibraryTheme;
  audiences: LibraryAudience[];
  title: string;
  summary: string;
  shownIn: ContentLang;
}

export interface ArticleRow extends ArticleSummaryRow {
  body: string;
  updated_at: Date;
}

export interface FaqRow {
  id: string;
  theme: LibraryTheme;
  question: string;
  answer: string;
  shownIn: ContentLang;
}

/** SQL of the public library: only published content leaves these queries. */
@Injectable()
export class LibraryRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Published articles; in a translation language each in its published translation, else in Dutch. */
  articles(lang: ContentLang, filter: { theme?: LibraryTheme; audience?: LibraryAudience }): Promise<ArticleSummaryRow[]> {
    const c = COLUMNS[columnLang(lang)];
    return this.dataSource.query(
      `SELECT a.slug, a.theme, a.audiences, coalesce(t.title, a.${c.title}) AS title, coalesce(t.summary, a.${c.summary}) AS summary,
              CASE WHEN t.article_id IS NULL THEN $4 ELSE t.lang END AS "shownIn"
         FROM library_article a
         LEFT JOIN library_article_translation t ON t.article_id = a.id AND t.lang = $3 AND t.status = 'published'
        WHERE a.status = 'published' AND ($1::text IS NULL OR a.theme = $1) AND ($2::text IS NULL OR $2 = ANY (a.audiences))
        ORDER BY a.theme, 4`,
      [filter.theme ?? null, filter.audience ?? null, lang, columnLang(lang)],
    );
  }

  async article(lang: ContentLang, slug: string): Promise<ArticleRow | null> {
    const c = COLUMNS[columnLang(lang)];
    const [row] = await this.dataSource.query(
      `SELECT a.slug, a.theme, a.audiences, coalesce(t.title, a.${c.title}) AS title, coalesce(t.summary, a.${c.summary}) AS summary,
              coalesce(t.body, a.${c.body}) AS body, CASE WHEN t.article_id IS NULL THEN $3 ELSE t.lang END AS "shownIn",
              greatest(a.updated_at, t.updated_at) AS updated_at
         FROM library_article a
         LEFT JOIN library_article_translation t ON t.article_id = a.id AND t.lang = $2 AND t.status = 'published'
        WHERE a.slug = $1 AND a.status = 'published'`,
      [slug, lang, columnLang(lang)],
    );
    return row ?? null;
  }

  /** Published FAQ entries; in a translation language each in its translation, else in Dutch. */
  faq(lang: ContentLang, theme: LibraryTheme | undefined): Promise<FaqRow[]> {
    const c = COLUMNS[columnLang(lang)];
    return this.dataSource.query(
      `SELECT f.id, f.theme, coalesce(t.question, f.${c.question}) AS question, coalesce(t.answer, f.${c.answer}) AS answer,
              CASE WHEN t.faq_id IS NULL THEN $3 ELSE t.lang END AS "shownIn"
         FROM library_faq f
         LEFT JOIN library_faq_translation t ON t.faq_id = f.id AND t.lang = $2
        WHERE f.status = 'published' AND ($1::text IS NULL OR f.theme = $1)
        ORDER BY f.position, f.id`,
      [theme ?? null, lang, columnLang(lang)],
    );
  }

  /**
   * Full-text search over published articles and FAQ: websearch syntax, stemmed by the language's
   * configuration; hits whose title matches come first, then by weighted rank. Snippets are made
   * for the returned hits only (ts_headline reads the whole text).
   */
  search(lang: LibraryLang, query: string): Promise<SearchHit[]> {
    const c = COLUMNS[lang];
    const shownIn = `'${lang}'`;
    return this.dataSource.query(
      `WITH q AS (SELECT websearch_to_tsquery($2::regconfig, $1) AS query),
       found AS (
         SELECT 'article' AS kind, a.slug AS ref, a.theme, a.${c.title} AS title, a.${c.summary} || E'\\n' || a.${c.plain} AS text,
                to_tsvector($2::regconfig, a.${c.title}) @@ q.query AS title_hit,
                ts_rank('${RANK_WEIGHTS}', a.${c.search}, q.query) AS rank
           FROM library_article a, q WHERE a.status = 'published' AND a.${c.search} @@ q.query
         UNION ALL
         SELECT 'faq', f.id::text, f.theme, f.${c.question}, f.${c.answer},
                to_tsvector($2::regconfig, f.${c.question}) @@ q.query,
                ts_rank('${RANK_WEIGHTS}', f.${c.search}, q.query)
           FROM library_faq f, q WHERE f.status = 'published' AND f.${c.search} @@ q.query
         ORDER BY title_hit DESC, rank DESC, title
         LIMIT ${MAX_HITS})
       SELECT kind, ref, theme, title, ts_headline($2::regconfig, text, q.query, $3) AS snippet, ${shownIn} AS "shownIn"
         FROM found, q ORDER BY title_hit DESC, rank DESC, title`,
      [query, c.config, HEADLINE_OPTIONS],
    );
  }

  /** Published article and FAQ translations into `lang` (simple configuration, no stemming), ranked like search. */
  searchTranslations(lang: TranslationLang, query: string): Promise<SearchHit[]> {
    return this.dataSource.query(
      `WITH q AS (SELECT websearch_to_tsquery('simple', $1) AS query),
       found AS (
         SELECT 'article' AS kind, a.slug AS ref, a.theme, t.title, t.summary || E'\\n' || t.plain AS text,
                to_tsvector('simple', t.title) @@ q.query AS title_hit, ts_rank('${RANK_WEIGHTS}', t.search, q.query) AS rank
           FROM library_article_translation t JOIN library_article a ON a.id = t.article_id AND a.status = 'published', q
          WHERE t.lang = $2 AND t.status = 'published' AND t.search @@ q.query
         UNION ALL
         SELECT 'faq', f.id::text, f.theme, t.question, t.answer,
                to_tsvector('simple', t.question) @@ q.query, ts_rank('${RANK_WEIGHTS}', t.search, q.query)
           FROM library_faq_translation t JOIN library_faq f ON f.id = t.faq_id AND f.status = 'published', q
          WHERE t.lang = $2 AND t.search @@ q.query
         ORDER BY title_hit DESC, rank DESC, title
         LIMIT ${MAX_HITS})
       SELECT kind, ref, theme, title, ts_headline('simple', text, q.query, $3) AS snippet, $2 AS "shownIn"
         FROM found, q ORDER BY title_hit DESC, rank DESC, title`,
      [query, lang, HEADLINE_OPTIONS],
    );
  }

  /** The published word most like `word` (pg_trgm), or null when none is alike enough. */
  async closestWord(lang: LibraryLang, word: string): Promise<string | null> {
    const [row] = await this.dataSource.query(
      `SELECT word FROM library_word WHERE lang = $1 AND word % $2 ORDER BY word <-> $2, ndoc DESC, word LIMIT 1`,
      [lang, word],
    );
    return row?.word ?? null;
  }
}
