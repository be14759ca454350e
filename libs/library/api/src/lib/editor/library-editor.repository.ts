import { Injectable } from '@nestjs/common';
import type { ContentLang, LibraryAudience, LibraryTheme, MissedSearch, MostReadArticle } from '@nabij/library/contracts';
import { DataSource, EntityManager } from 'typeorm';

/** An article's texts, of the article itself or of its waiting changes. */
export interface ArticleTextRow {
  slug: string;
  theme: LibraryTheme;
  audiences: LibraryAudience[];
  title_nl: string;
  summary_nl: string;
  body_nl: string;
  title_en: string;
  summary_en: string;
  body_en: string;
  updated_at: Date;
}

export interface EditorArticleRow extends ArticleTextRow {
  id: string;
  status: 'draft' | 'published';
  published_at: Date | null;
  /** The waiting changes of a published article (library_article_draft), when there are any. */
  draft: ArticleTextRow | null;
}

export interface ArticleWrite {
  slug: string;
  theme: LibraryTheme;
  audiences: LibraryAudience[];
  titleNl: string;
  summaryNl: string;
  bodyNl: string;
  plainNl: string;
  titleEn: string;
  summaryEn: string;
  bodyEn: string;
  plainEn: string;
}

const TEXT = `slug, theme, audiences, title_nl, summary_nl, body_nl, title_en, summary_en, body_en, updated_at`;
const COLUMNS = `a.id, a.status, a.published_at, ${TEXT.replace(/(\w+)/g, 'a.$1')},
  CASE WHEN d.article_id IS NULL THEN NULL ELSE json_build_object(${TEXT.split(', ')
    .map((c) => `'${c}', d.${c}`)
    .join(', ')}) END AS draft`;
const FROM = `library_article a LEFT JOIN library_article_draft d ON d.article_id = a.id`;

/** SQL of the library's editors: every article, drafts included, and the searches that found nothing. */
@Injectable()
export class LibraryEditorRepository {
  constructor(private readonly dataSource: DataSource) {}

  async articles(): Promise<EditorArticleRow[]> {
    return draftDates(await this.dataSource.query(`SELECT ${COLUMNS} FROM ${FROM} ORDER BY a.status, a.theme, a.title_nl`));
  }

  async article(id: string, db: EntityManager = this.dataSource.manager, lock = false): Promise<EditorArticleRow | null> {
    const [row] = draftDates(await db.query(`SELECT ${COLUMNS} FROM ${FROM} WHERE a.id = $1${lock ? ' FOR UPDATE OF a' : ''}`, [id]));
    return row ?? null;
  }

  /** Whether another article has this address, published, as a draft or in its waiting changes. */
  async slugTaken(slug: string, exceptId: string | null, db: EntityManager): Promise<boolean> {
    const [row] = await db.query(
      `SELECT 1 FROM library_article WHERE slug = $1 AND ($2::uuid IS NULL OR id <> $2)
       UNION ALL SELECT 1 FROM library_article_draft WHERE slug = $1 AND ($2::uuid IS NULL OR article_id <> $2) LIMIT 1`,
      [slug, exceptId],
    );
    return !!row;
  }

  /** Keeps the changes of a published article beside it; the public text stays as it is. */
  async saveDraft(id: string, a: ArticleWrite, now: Date, db: EntityManager): Promise<void> {
    await db.query(
      `INSERT INTO library_article_draft (article_id, slug, theme, audiences, title_nl, summary_nl, body_nl, title_en, summary_en, body_en, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)
       ON CONFLICT (article_id) DO UPDATE SET slug = EXCLUDED.slug, theme = EXCLUDED.theme, audiences = EXCLUDED.audiences,
         title_nl = EXCLUDED.title_nl, summary_nl = EXCLUDED.summary_nl, body_nl = EXCLUDED.body_nl, title_en = EXCLUDED.title_en,
         summary_en = EXCLUDED.summary_en, body_en = EXCLUDED.body_en, updated_at = EXCLUDED.updated_at`,
      [id, a.slug, a.theme, a.audiences, a.titleNl, a.summaryNl, a.bodyNl, a.titleEn, a.summaryEn, a.bodyEn, now],
    );
  }

  /** True when there was a draft to remove. */
  async deleteDraft(id: string, db: EntityManager): Promise<boolean> {
    const [, removed] = await db.query(`DELETE FROM library_article_draft WHERE article_id = $1`, [id]);
    return Number(removed ?? 0) > 0;
  }

  async update(id: string, a: ArticleWrite, now: Date, db: EntityManager): Promise<void> {
    await db.query(
      `UPDATE library_article SET slug = $2, theme = $3, audiences = $4, title_nl = $5, summary_nl = $6, body_nl = $7, plain_nl = $8,
              title_en = $9, summary_en = $10, body_en = $11, plain_en = $12, updated_at = $13
        WHERE id = $1`,
      [id, a.slug, a.theme, a.audiences, a.titleNl, a.summaryNl, a.bodyNl, a.plainNl, a.titleEn, a.summaryEn, a.bodyEn, a.plainEn, now],
    );
  }

  async setStatus(id: string, status: 'draft' | 'published', now: Date, db: EntityManager): Promise<void> {
    await db.query(
      `UPDATE library_article SET status = $2, published_at = CASE WHEN $2 = 'published' THEN $3::timestamptz END, updated_at = $3 WHERE id = $1`,
      [id, status, now],
    );
  }

  /** Counts one reading of a published article on today's Dutch date (nothing for a draft or an unknown slug). */
  async recordRead(slug: string, now: Date): Promise<void> {
    await this.dataSource.query(
      `INSERT INTO library_article_read (article_id, day, count)
       SELECT id, ($2::timestamptz AT TIME ZONE 'Europe/Amsterdam')::date, 1 FROM library_article WHERE slug = $1 AND status = 'published'
       ON CONFLICT (article_id, day) DO UPDATE SET count = library_article_read.count + 1`,
      [slug, now],
    );
  }

  /** The published articles read most in the last `days` Dutch days, most first. */
  async mostRead(now: Date, days: number): Promise<MostReadArticle[]> {
    return this.dataSource.query(
      `SELECT a.slug, a.title_nl AS title, a.theme, sum(r.count)::int AS reads
         FROM library_article_read r JOIN library_article a ON a.id = r.article_id AND a.status = 'published'
        WHERE r.day > ($1::timestamptz AT TIME ZONE 'Europe/Amsterdam')::date - $2::int
        GROUP BY a.id ORDER BY reads DESC, a.title_nl LIMIT 20`,
      [now, days],
    );
  }

  /** Counts a search that found nothing: the words only. */
  async recordMissedSearch(lang: ContentLang, query: string, now: Date): Promise<void> {
    await this.dataSource.query(
      `INSERT INTO library_missed_search (lang, query, count, last_at) VALUES ($1, $2, 1, $3)
       ON CONFLICT (lang, query) DO UPDATE SET count = library_missed_search.count + 1, last_at = EXCLUDED.last_at`,
      [lang, query, now],
    );
  }

  async missedSearches(): Promise<MissedSearch[]> {
    const rows: { lang: ContentLang; query: string; count: number; last_at: Date }[] = await this.dataSource.query(
      `SELECT lang, query, count, last_at FROM library_missed_search ORDER BY count DESC, last_at DESC, query LIMIT 100`,
    );
    return rows.map((r) => ({ lang: r.lang, query: r.query, count: r.count, lastAt: r.last_at.toISOString() }));
  }
}

/** json_build_object gives the draft's date as text. */
function draftDates(
  rows: (Omit<EditorArticleRow, 'draft'> & { draft: (Omit<ArticleTextRow, 'updated_at'> & { updated_at: string }) | null })[],
): EditorArticleRow[] {
  return rows.map((r) => ({ ...r, draft: r.draft ? { ...r.draft, updated_at: new Date(r.draft.updated_at) } : null }));
}
