import { Injectable } from '@nestjs/common';
import type { FaqText, TranslationLang } from '@nabij/library/contracts';
import { DataSource, EntityManager } from 'typeorm';

export interface FaqTranslationRow {
  faq_id: string;
  lang: TranslationLang;
  question: string;
  answer: string;
  updated_at: Date;
}

/** SQL of an FAQ entry's translations into Arabic, Turkish and Polish (library_faq_translation). */
@Injectable()
export class FaqTranslationRepository {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Whether the entry exists for this editor: Nabij's shared entries (no organisation) and those of
   * the editor's own organisation; another organisation's entry is as unknown as a wrong id.
   */
  async entryVisible(id: string, organisationId: string | null, db: EntityManager, lock = false): Promise<boolean> {
    const [row] = await db.query(
      `SELECT 1 FROM library_faq WHERE id = $1 AND (organisation_id IS NULL OR organisation_id = $2)${lock ? ' FOR UPDATE' : ''}`,
      [id, organisationId],
    );
    return !!row;
  }

  list(id: string, db: EntityManager = this.dataSource.manager): Promise<FaqTranslationRow[]> {
    return db.query(
      `SELECT faq_id, lang, question, answer, updated_at FROM library_faq_translation
        WHERE faq_id = $1 ORDER BY array_position(ARRAY['ar', 'tr', 'pl'], lang)`,
      [id],
    );
  }

  /** True when the translation was new. */
  async write(id: string, lang: TranslationLang, text: FaqText, now: Date, db: EntityManager): Promise<boolean> {
    const [row] = await db.query(
      `INSERT INTO library_faq_translation (faq_id, lang, question, answer, created_at, updated_at) VALUES ($1, $2, $3, $4, $5, $5)
       ON CONFLICT (faq_id, lang) DO UPDATE SET question = EXCLUDED.question, answer = EXCLUDED.answer, updated_at = EXCLUDED.updated_at
       RETURNING (xmax = 0) AS created`,
      [id, lang, text.question, text.answer, now],
    );
    return row.created;
  }

  /** True when there was a translation to delete. */
  async delete(id: string, lang: TranslationLang, db: EntityManager): Promise<boolean> {
    const [, deleted] = await db.query(`DELETE FROM library_faq_translation WHERE faq_id = $1 AND lang = $2`, [id, lang]);
    return Number(deleted ?? 0) > 0;
  }
}
