import { Injectable } from '@nestjs/common';
import { HIGHLIGHT_END, HIGHLIGHT_START } from '@nabij/library/contracts';
import type { LibraryAudience, LibraryLang, LibraryTheme, SearchHit } from '@nabij/library/contracts';
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
}

/** SQL of the public library: only published content leaves these queries. */
@Injectable()
export class LibraryRepository {
  constructor(private readonly dataSource: DataSource) {}

  articles(lang: LibraryLang, filter: { theme?: LibraryTheme; audience?: LibraryAudience }): Promise<ArticleSummaryRow[]> {
    const c = COLUMNS[lang];
    return this.dataSource.query(
      `SELECT slug, theme, audiences, ${c.title} AS title, ${c.summary} AS summary
         FROM library_article
        WHERE status = 'published' AND ($1::text IS NULL OR theme = $1) AND ($2::text IS NULL OR $2 = ANY (audiences))
        ORDER BY theme, ${c.title}`,
      [filter.theme ?? null, filter.audience ?? null],
    );
  }

  async article(lang: LibraryLang, slug: string): Promise<ArticleRow | null> {
    const c = COLUMNS[lang];
    const [row] = await this.dataSource.query(
      `SELECT slug, theme, audiences, ${c.title} AS title, ${c.summary} AS summary, ${c.body} AS body, updated_at
         FROM library_article WHERE slug = $1 AND status = 'published'`,
      [slug],
    );
    return row ?? null;
  }

  faq(lang: LibraryLang, theme: LibraryTheme | undefined): Promise<FaqRow[]> {
    const c = COLUMNS[lang];
    return this.dataSource.query(
      `SELECT id, theme, ${c.question} AS question, ${c.answer} AS answer
         FROM library_faq WHERE status = 'published' AND ($1::text IS NULL OR theme = $1)
        ORDER BY position, id`,
      [theme ?? null],
    );
  }

  /**
   * Full-text search over published articles and FAQ: websearch syntax, stemmed by the language's
   * configuration; hits whose title matches come first, then by weighted rank. Snippets are made
   * for the returned hits only (ts_headline reads the whole text).
   */
  search(lang: LibraryLang, query: string): Promise<SearchHit[]> {
    const c = COLUMNS[lang];
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
       SELECT kind, ref, theme, title, ts_headline($2::regconfig, text, q.query, $3) AS snippet
         FROM found, q ORDER BY title_hit DESC, rank DESC, title`,
      [query, c.config, HEADLINE_OPTIONS],
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
