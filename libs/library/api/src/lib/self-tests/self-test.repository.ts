import { Injectable } from '@nestjs/common';
import { isTranslationLang, type ContentLang, type LibraryTheme, type SelfTestContent } from '@nabij/library/contracts';
import { DataSource } from 'typeorm';

export interface SelfTestVersionRow {
  version_id: string;
  version: number;
  slug: string;
  theme: LibraryTheme;
  definition: SelfTestContent;
}

export interface KeptResultRow {
  id: string;
  slug: string;
  version: number;
  definition: SelfTestContent;
  answers: number[];
  score: number;
  band: string;
  taken_at: Date;
}

/** SQL of the self-tests: published versions for everyone, kept results for their owner only. */
@Injectable()
export class SelfTestRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** The newest published version of every test, in the tests' order. */
  current(): Promise<SelfTestVersionRow[]> {
    return this.dataSource.query(
      `SELECT DISTINCT ON (t.position, t.id) v.id AS version_id, v.version, t.slug, t.theme, v.definition
         FROM library_self_test t JOIN library_self_test_version v ON v.self_test_id = t.id AND v.status = 'published'
        ORDER BY t.position, t.id, v.version DESC`,
    );
  }

  async currentBySlug(slug: string): Promise<SelfTestVersionRow | null> {
    const [row] = await this.dataSource.query(
      `SELECT v.id AS version_id, v.version, t.slug, t.theme, v.definition
         FROM library_self_test t JOIN library_self_test_version v ON v.self_test_id = t.id AND v.status = 'published'
        WHERE t.slug = $1 ORDER BY v.version DESC LIMIT 1`,
      [slug],
    );
    return row ?? null;
  }

  /** A published version by id, current or older (someone may have started just before a new one). */
  async publishedVersion(versionId: string): Promise<SelfTestVersionRow | null> {
    const [row] = await this.dataSource.query(
      `SELECT v.id AS version_id, v.version, t.slug, t.theme, v.definition
         FROM library_self_test_version v JOIN library_self_test t ON t.id = v.self_test_id
        WHERE v.id = $1 AND v.status = 'published'`,
      [versionId],
    );
    return row ?? null;
  }

  /**
   * Titles of published articles, for the advice's "read this" steps: in a translation language
   * the published translation's title, else the Dutch one (with the language it is in).
   */
  async articleTitles(lang: ContentLang, slugs: string[]): Promise<Map<string, { title: string; shownIn: ContentLang }>> {
    if (isTranslationLang(lang)) {
      const rows: { slug: string; title: string; shown_in: ContentLang }[] = await this.dataSource.query(
        `SELECT a.slug, coalesce(t.title, a.title_nl) AS title, CASE WHEN t.title IS NULL THEN 'nl' ELSE t.lang END AS shown_in
           FROM library_article a
           LEFT JOIN library_article_translation t ON t.article_id = a.id AND t.lang = $2 AND t.status = 'published'
          WHERE a.slug = ANY ($1) AND a.status = 'published'`,
        [slugs, lang],
      );
      return new Map(rows.map((r) => [r.slug, { title: r.title, shownIn: r.shown_in }]));
    }
    const title = lang === 'en' ? 'title_en' : 'title_nl';
    const rows: { slug: string; title: string }[] = await this.dataSource.query(
      `SELECT slug, ${title} AS title FROM library_article WHERE slug = ANY ($1) AND status = 'published'`,
      [slugs],
    );
    return new Map(rows.map((r) => [r.slug, { title: r.title, shownIn: lang }]));
  }

  async insertResult(r: {
    accountId: string;
    versionId: string;
    answers: number[];
    score: number;
    band: string;
    takenAt: Date;
  }): Promise<string> {
    const [row] = await this.dataSource.query(
      `INSERT INTO library_self_test_result (account_id, version_id, answers, score, band, taken_at)
       VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
      [r.accountId, r.versionId, r.answers, r.score, r.band, r.takenAt],
    );
    return row.id;
  }

  /** The account's kept results, newest first, each with the version it answered. */
  resultsOf(accountId: string, resultId: string | null = null): Promise<KeptResultRow[]> {
    return this.dataSource.query(
      `SELECT r.id, t.slug, v.version, v.definition, r.answers, r.score, r.band, r.taken_at
         FROM library_self_test_result r
         JOIN library_self_test_version v ON v.id = r.version_id JOIN library_self_test t ON t.id = v.self_test_id
        WHERE r.account_id = $1 AND ($2::uuid IS NULL OR r.id = $2)
        ORDER BY r.taken_at DESC, r.id`,
      [accountId, resultId],
    );
  }

  /** Deletes a result only when it is the account's own; false when there was none. */
  async deleteResult(accountId: string, resultId: string): Promise<boolean> {
    const [, removed] = await this.dataSource.query(`DELETE FROM library_self_test_result WHERE id = $1 AND account_id = $2`, [
      resultId,
      accountId,
    ]);
    return Number(removed) > 0;
  }
}
