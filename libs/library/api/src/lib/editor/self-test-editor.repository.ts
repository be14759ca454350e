import { Injectable } from '@nestjs/common';
import type { LibraryTheme, SelfTestContent } from '@nabij/library/contracts';
import { DataSource, EntityManager } from 'typeorm';

export interface EditorSelfTestRow {
  id: string;
  slug: string;
  theme: LibraryTheme;
}

export interface EditorVersionRow {
  id: string;
  version: number;
  status: 'draft' | 'published';
  definition: SelfTestContent;
}

export interface EditorSelfTestListRow {
  slug: string;
  theme: LibraryTheme;
  published_version: number | null;
  published_title: string | null;
  draft_version: number | null;
  draft_title: string | null;
}

/**
 * SQL of the self-test editors. The draft of a test is its newest version while that is not
 * published; published versions are never changed (a trigger refuses it).
 */
@Injectable()
export class SelfTestEditorRepository {
  constructor(private readonly dataSource: DataSource) {}

  list(): Promise<EditorSelfTestListRow[]> {
    return this.dataSource.query(
      `SELECT t.slug, t.theme,
              p.version AS published_version, p.definition->'title'->>'nl' AS published_title,
              d.version AS draft_version, d.definition->'title'->>'nl' AS draft_title
         FROM library_self_test t
         LEFT JOIN LATERAL (SELECT version, definition FROM library_self_test_version
                             WHERE self_test_id = t.id AND status = 'published' ORDER BY version DESC LIMIT 1) p ON true
         LEFT JOIN LATERAL (SELECT version, definition, status FROM library_self_test_version
                             WHERE self_test_id = t.id ORDER BY version DESC LIMIT 1) n ON true
         LEFT JOIN LATERAL (SELECT n.version, n.definition WHERE n.status = 'draft') d ON true
        ORDER BY t.position, t.id`,
    );
  }

  async test(slug: string, db: EntityManager = this.dataSource.manager, lock = false): Promise<EditorSelfTestRow | null> {
    const [row] = await db.query(`SELECT id, slug, theme FROM library_self_test WHERE slug = $1${lock ? ' FOR UPDATE' : ''}`, [slug]);
    return row ?? null;
  }

  /** The newest published version and the draft (the newest version, when not published). */
  async versions(
    testId: string,
    db: EntityManager = this.dataSource.manager,
  ): Promise<{ published: EditorVersionRow | null; draft: EditorVersionRow | null }> {
    const rows: EditorVersionRow[] = await db.query(
      `SELECT id, version, status, definition FROM library_self_test_version WHERE self_test_id = $1 ORDER BY version DESC`,
      [testId],
    );
    return { published: rows.find((r) => r.status === 'published') ?? null, draft: rows[0]?.status === 'draft' ? rows[0] : null };
  }

  async updateDraft(versionId: string, content: SelfTestContent, db: EntityManager): Promise<void> {
    await db.query(`UPDATE library_self_test_version SET definition = $2::jsonb WHERE id = $1 AND status = 'draft'`, [
      versionId,
      JSON.stringify(content),
    ]);
  }

  async insertDraft(testId: string, content: SelfTestContent, now: Date, db: EntityManager): Promise<void> {
    await db.query(
      `INSERT INTO library_self_test_version (self_test_id, version, status, definition, created_at)
       SELECT $1, coalesce(max(version), 0) + 1, 'draft', $2::jsonb, $3 FROM library_self_test_version WHERE self_test_id = $1`,
      [testId, JSON.stringify(content), now],
    );
  }

  /** A new self-test, last in the list; null when the address is taken. */
  async insertTest(slug: string, theme: LibraryTheme, now: Date, db: EntityManager): Promise<string | null> {
    const [row] = await db.query(
      `INSERT INTO library_self_test (slug, theme, position, created_at)
       SELECT $1, $2, coalesce(max(position), 0) + 1, $3 FROM library_self_test
       ON CONFLICT (slug) DO NOTHING RETURNING id`,
      [slug, theme, now],
    );
    return row?.id ?? null;
  }

  /** Removes the draft (a draft may go; a published version never). */
  async deleteDraft(versionId: string, db: EntityManager): Promise<void> {
    await db.query(`DELETE FROM library_self_test_version WHERE id = $1 AND status = 'draft'`, [versionId]);
  }

  /** Removes a test that has no versions left (a new test whose only draft was discarded). */
  async deleteTestWithoutVersions(testId: string, db: EntityManager): Promise<boolean> {
    const [, removed] = await db.query(
      `DELETE FROM library_self_test t WHERE t.id = $1 AND NOT EXISTS (SELECT 1 FROM library_self_test_version v WHERE v.self_test_id = t.id)`,
      [testId],
    );
    return Number(removed ?? 0) > 0;
  }

  async publish(versionId: string, now: Date, db: EntityManager): Promise<void> {
    await db.query(`UPDATE library_self_test_version SET status = 'published', published_at = $2 WHERE id = $1 AND status = 'draft'`, [
      versionId,
      now,
    ]);
  }

  /** The slugs of these that are published articles. */
  async publishedArticles(slugs: string[], db: EntityManager): Promise<Set<string>> {
    if (!slugs.length) return new Set();
    const rows: { slug: string }[] = await db.query(`SELECT slug FROM library_article WHERE slug = ANY($1) AND status = 'published'`, [
      slugs,
    ]);
    return new Set(rows.map((r) => r.slug));
  }
}
