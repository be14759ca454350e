import { Injectable } from '@nestjs/common';
import type { EditorTranslationState, TranslationLang } from '@nabij/library/contracts';
import { DataSource, EntityManager } from 'typeorm';

export interface TranslationRow {
  status: 'draft' | 'published';
  title: string;
  summary: string;
  body: string;
  draft_title: string | null;
  draft_summary: string | null;
  draft_body: string | null;
  draft_updated_at: Date | null;
  updated_at: Date;
  published_at: Date | null;
}

export interface TranslationWrite {
  title: string;
  summary: string;
  body: string;
  plain: string;
}

/** SQL of an article's translations into Arabic, Turkish and Polish (library_article_translation). */
@Injectable()
export class ArticleTranslationRepository {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Whether the article exists for this editor: Nabij's shared articles (no organisation) and those of
   * the editor's own organisation; another organisation's article is as unknown as a wrong id.
   */
  async articleVisible(id: string, organisationId: string | null, db: EntityManager, lock = false): Promise<boolean> {
    const [row] = await db.query(
      `SELECT 1 FROM library_article WHERE id = $1 AND (organisation_id IS NULL OR organisation_id = $2)${lock ? ' FOR UPDATE' : ''}`,
      [id, organisationId],
    );
    return !!row;
  }

  async translation(id: string, lang: TranslationLang, db: EntityManager = this.dataSource.manager): Promise<TranslationRow | null> {
    const [row] = await db.query(
      `SELECT status, title, summary, body, draft_title, draft_summary, draft_body, draft_updated_at, updated_at, published_at
         FROM library_article_translation WHERE article_id = $1 AND lang = $2`,
      [id, lang],
    );
    return row ?? null;
  }

  async states(articleIds: string[], db: EntityManager = this.dataSource.manager): Promise<Map<string, EditorTranslationState[]>> {
    const rows: { article_id: string; lang: TranslationLang; status: 'draft' | 'published'; has_draft: boolean }[] = await db.query(
      `SELECT article_id, lang, status, draft_title IS NOT NULL AS has_draft FROM library_article_translation
        WHERE article_id = ANY ($1::uuid[]) ORDER BY array_position(ARRAY['ar', 'tr', 'pl'], lang)`,
      [articleIds],
    );
    const states = new Map<string, EditorTranslationState[]>();
    for (const r of rows) {
      const list = states.get(r.article_id) ?? [];
      list.push({ lang: r.lang, status: r.status, hasDraft: r.has_draft });
      states.set(r.article_id, list);
    }
    return states;
  }

  /** A new translation is a draft; an unread one changes in place. */
  async write(id: string, lang: TranslationLang, t: TranslationWrite, now: Date, db: EntityManager): Promise<void> {
    await db.query(
      `INSERT INTO library_article_translation (article_id, lang, status, title, summary, body, plain, created_at, updated_at)
       VALUES ($1, $2, 'draft', $3, $4, $5, $6, $7, $7)
       ON CONFLICT (article_id, lang) DO UPDATE SET title = EXCLUDED.title, summary = EXCLUDED.summary, body = EXCLUDED.body,
         plain = EXCLUDED.plain, updated_at = EXCLUDED.updated_at`,
      [id, lang, t.title, t.summary, t.body, t.plain, now],
    );
  }

  /** A published translation keeps its text; the changes wait beside it. */
  async saveDraft(id: string, lang: TranslationLang, t: TranslationWrite, now: Date, db: EntityManager): Promise<void> {
    await db.query(
      `UPDATE library_article_translation SET draft_title = $3, draft_summary = $4, draft_body = $5, draft_updated_at = $6
        WHERE article_id = $1 AND lang = $2`,
      [id, lang, t.title, t.summary, t.body, now],
    );
  }

  /** True when there were changes to throw away. */
  async deleteDraft(id: string, lang: TranslationLang, db: EntityManager): Promise<boolean> {
    const [, changed] = await db.query(
      `UPDATE library_article_translation SET draft_title = NULL, draft_summary = NULL, draft_body = NULL, draft_updated_at = NULL
        WHERE article_id = $1 AND lang = $2 AND draft_title IS NOT NULL`,
      [id, lang],
    );
    return Number(changed ?? 0) > 0;
  }

  /** Publishing puts waiting changes in place (`text`, when given); taking offline keeps them as the text. */
  async setStatus(
    id: string,
    lang: TranslationLang,
    status: 'draft' | 'published',
    text: TranslationWrite | null,
    now: Date,
    db: EntityManager,
  ): Promise<void> {
    await db.query(
      `UPDATE library_article_translation
          SET status = $3, published_at = CASE WHEN $3 = 'published' THEN $4::timestamptz END, updated_at = $4,
              title = coalesce($5, title), summary = coalesce($6, summary), body = coalesce($7, body), plain = coalesce($8, plain),
              draft_title = NULL, draft_summary = NULL, draft_body = NULL, draft_updated_at = NULL
        WHERE article_id = $1 AND lang = $2`,
      [id, lang, status, now, text?.title ?? null, text?.summary ?? null, text?.body ?? null, text?.plain ?? null],
    );
  }
}
