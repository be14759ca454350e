import { Injectable } from '@nestjs/common';
import type { LibraryTheme, SaveFaq } from '@nabij/library/contracts';
import { DataSource, EntityManager } from 'typeorm';

export interface EditorFaqRow {
  id: string;
  theme: LibraryTheme;
  status: 'draft' | 'published';
  question_nl: string;
  answer_nl: string;
  question_en: string;
  answer_en: string;
  updated_at: Date;
  published_at: Date | null;
  /** The draft of a published entry (library_faq_draft), when there is one. */
  draft_theme: LibraryTheme | null;
  draft_question_nl: string | null;
  draft_answer_nl: string | null;
  draft_question_en: string | null;
  draft_answer_en: string | null;
  draft_updated_at: Date | null;
}

const SELECT = `SELECT f.id, f.theme, f.status, f.question_nl, f.answer_nl, f.question_en, f.answer_en, f.updated_at, f.published_at,
       d.theme AS draft_theme, d.question_nl AS draft_question_nl, d.answer_nl AS draft_answer_nl,
       d.question_en AS draft_question_en, d.answer_en AS draft_answer_en, d.updated_at AS draft_updated_at
  FROM library_faq f LEFT JOIN library_faq_draft d ON d.faq_id = f.id`;

const texts = (f: SaveFaq) => [f.theme, f.nl.question, f.nl.answer, f.en.question, f.en.answer];

/** SQL of the FAQ editors: every entry with its waiting draft; the shared library's entries only. */
@Injectable()
export class FaqEditorRepository {
  constructor(private readonly dataSource: DataSource) {}

  list(): Promise<EditorFaqRow[]> {
    return this.dataSource.query(`${SELECT} WHERE f.organisation_id IS NULL ORDER BY f.theme, f.position, f.id`);
  }

  async find(id: string, db: EntityManager = this.dataSource.manager, lock = false): Promise<EditorFaqRow | null> {
    const [row] = await db.query(`${SELECT} WHERE f.id = $1 AND f.organisation_id IS NULL${lock ? ' FOR UPDATE OF f' : ''}`, [id]);
    return row ?? null;
  }

  /** A new entry, a draft, last of its theme. */
  async insert(f: SaveFaq, now: Date, db: EntityManager): Promise<string> {
    const [row] = await db.query(
      `INSERT INTO library_faq (organisation_id, theme, position, status, question_nl, answer_nl, question_en, answer_en, created_at, updated_at)
       SELECT NULL, $1, coalesce(max(position), 0) + 1, 'draft', $2, $3, $4, $5, $6, $6 FROM library_faq WHERE theme = $1
       RETURNING id`,
      [...texts(f), now],
    );
    return row.id;
  }

  /** Changes the entry itself: only while nobody sees it (a draft). */
  async updateEntry(id: string, f: SaveFaq, now: Date, db: EntityManager): Promise<void> {
    await db.query(
      `UPDATE library_faq SET theme = $2, question_nl = $3, answer_nl = $4, question_en = $5, answer_en = $6, updated_at = $7 WHERE id = $1`,
      [id, ...texts(f), now],
    );
  }

  async saveDraft(id: string, f: SaveFaq, now: Date, db: EntityManager): Promise<void> {
    await db.query(
      `INSERT INTO library_faq_draft (faq_id, theme, question_nl, answer_nl, question_en, answer_en, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7)
       ON CONFLICT (faq_id) DO UPDATE SET theme = EXCLUDED.theme, question_nl = EXCLUDED.question_nl, answer_nl = EXCLUDED.answer_nl,
         question_en = EXCLUDED.question_en, answer_en = EXCLUDED.answer_en, updated_at = EXCLUDED.updated_at`,
      [id, ...texts(f), now],
    );
  }

  async deleteDraft(id: string, db: EntityManager): Promise<void> {
    await db.query(`DELETE FROM library_faq_draft WHERE faq_id = $1`, [id]);
  }

  async setStatus(id: string, status: 'draft' | 'published', now: Date, db: EntityManager): Promise<void> {
    await db.query(
      `UPDATE library_faq SET status = $2, published_at = CASE WHEN $2 = 'published' THEN $3::timestamptz END, updated_at = $3 WHERE id = $1`,
      [id, status, now],
    );
  }
}
