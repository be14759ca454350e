import { Injectable } from '@nestjs/common';
import type { LibraryAudience, LibraryLang, LibraryTheme, MissedSearch } from '@nabij/library/contracts';
import { DataSource, EntityManager } from 'typeorm';

export interface EditorArticleRow {
  id: string;
  slug: string;
  theme: LibraryTheme;
  audiences: LibraryAudience[];
  status: 'draft' | 'published';
  title_nl: string;
  summary_nl: string;
  body_nl: string;
  title_en: string;
  summary_en: string;
  body_en: string;
  updated_at: Date;
  published_at: Date | null;
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

const COLUMNS = `id, slug, theme, audiences, status, title_nl, summary_nl, body_nl, title_en, summary_en, body_en, updated_at, published_at`;

/** SQL of the library's editors: every article, drafts included, and the searches that found nothing. */
@Injectable()
export class LibraryEditorRepository {
  constructor(private readonly dataSource: DataSource) {}

  articles(): Promise<EditorArticleRow[]> {
    return this.dataSource.query(`SELECT ${COLUMNS} FROM library_article ORDER BY status, theme, title_nl`);
  }

  async article(id: string, db: EntityManager = this.dataSource.manager): Promise<EditorArticleRow | null> {
    const [row] = await db.query(`SELECT ${COLUMNS} FROM library_article WHERE id = $1`, [id]);
    return row ?? null;
  }

  async slugTaken(slug: string, exceptId: string | null, db: EntityManager): Promise<boolean> {
    const [row] = await db.query(`SELECT 1 FROM library_article WHERE slug = $1 AND ($2::uuid IS NULL OR id <> $2)`, [slug, exceptId]);
    return !!row;
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

  /** Counts a search that found nothing: the words only. */
  async recordMissedSearch(lang: LibraryLang, query: string, now: Date): Promise<void> {
    await this.dataSource.query(
      `INSERT INTO library_missed_search (lang, query, count, last_at) VALUES ($1, $2, 1, $3)
       ON CONFLICT (lang, query) DO UPDATE SET count = library_missed_search.count + 1, last_at = EXCLUDED.last_at`,
      [lang, query, now],
    );
  }

  async missedSearches(): Promise<MissedSearch[]> {
    const rows: { lang: LibraryLang; query: string; count: number; last_at: Date }[] = await this.dataSource.query(
      `SELECT lang, query, count, last_at FROM library_missed_search ORDER BY count DESC, last_at DESC, query LIMIT 100`,
    );
    return rows.map((r) => ({ lang: r.lang, query: r.query, count: r.count, lastAt: r.last_at.toISOString() }));
  }
}
