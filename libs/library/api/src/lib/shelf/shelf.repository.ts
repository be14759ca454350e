import { Injectable } from '@nestjs/common';
import type { ContentLang, LibraryTheme, ShelfKind } from '@nabij/library/contracts';
import { DataSource, EntityManager } from 'typeorm';
import { columnLang } from '../library.repository';

export interface ShelfRow {
  id: string;
  kind: ShelfKind;
  /** Slug of the article or exercise; null for a document. */
  slug: string | null;
  /** Title of the article or exercise in the asked language, or in Dutch when not translated; null for a document. */
  title: string | null;
  /** The language of `title`; null for a document. */
  title_lang: ContentLang | null;
  document_id: string | null;
  case_id: string | null;
  shared_by: string | null;
  note: string | null;
  shared_at: Date;
  read_at: Date | null;
}

export interface ExerciseRow {
  slug: string;
  theme: LibraryTheme;
  title: string;
  summary: string;
  body: string;
  shownIn: ContentLang;
}

export interface NewShelfItem {
  clientId: string;
  kind: ShelfKind;
  articleId?: string;
  exerciseId?: string;
  documentId?: string;
  caseId: string | null;
  sharedBy: string | null;
  note: string | null;
  at: Date;
}

const TEXT = {
  nl: { title: 'title_nl', summary: 'summary_nl', body: 'body_nl' },
  en: { title: 'title_en', summary: 'summary_en', body: 'body_en' },
};

/** SQL of "Mijn bibliotheek": every read and write is scoped to one client. */
@Injectable()
export class ShelfRepository {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * The client's shelf, newest first; `sharedOnly`: what staff put there (not what the client saved).
   * Titles in `lang`: an article's published translation or an exercise's translation, else Dutch (English for 'en').
   */
  itemsOf(clientId: string, lang: ContentLang, sharedOnly = false): Promise<ShelfRow[]> {
    const t = TEXT[columnLang(lang)].title;
    return this.dataSource.query(
      `SELECT s.id, s.kind, coalesce(a.slug, e.slug) AS slug, coalesce(ta.title, te.title, a.${t}, e.${t}) AS title,
              CASE WHEN s.document_id IS NOT NULL THEN NULL
                   WHEN ta.article_id IS NOT NULL OR te.exercise_id IS NOT NULL THEN $3 ELSE $4 END AS title_lang,
              s.document_id, s.case_id, s.shared_by, s.note, s.shared_at, s.read_at
         FROM library_shelf_item s
         LEFT JOIN library_article a ON a.id = s.article_id
         LEFT JOIN library_article_translation ta ON ta.article_id = a.id AND ta.lang = $3 AND ta.status = 'published'
         LEFT JOIN library_exercise e ON e.id = s.exercise_id
         LEFT JOIN library_exercise_translation te ON te.exercise_id = e.id AND te.lang = $3
        WHERE s.client_id = $1 AND ($2::boolean IS FALSE OR s.shared_by IS NOT NULL)
          AND (s.article_id IS NULL OR a.status = 'published')
        ORDER BY s.shared_at DESC, s.id`,
      [clientId, sharedOnly, lang, columnLang(lang)],
    );
  }

  async publishedArticleId(slug: string, db: EntityManager = this.dataSource.manager): Promise<string | null> {
    const [row] = await db.query(`SELECT id FROM library_article WHERE slug = $1 AND status = 'published'`, [slug]);
    return row?.id ?? null;
  }

  async exerciseId(slug: string, db: EntityManager = this.dataSource.manager): Promise<string | null> {
    const [row] = await db.query(`SELECT id FROM library_exercise WHERE slug = $1`, [slug]);
    return row?.id ?? null;
  }

  /**
   * Puts the item on the shelf and answers its id. Shared again by a worker: the newest note and time,
   * unread again. Saved by the client while it is there already: left as it is.
   */
  async put(item: NewShelfItem, db: EntityManager): Promise<string> {
    const target = item.articleId ? 'article_id' : item.exerciseId ? 'exercise_id' : 'document_id';
    const onConflict =
      item.sharedBy === null
        ? `DO UPDATE SET client_id = library_shelf_item.client_id`
        : `DO UPDATE SET note = EXCLUDED.note, shared_by = EXCLUDED.shared_by, shared_at = EXCLUDED.shared_at,
             case_id = EXCLUDED.case_id, read_at = NULL`;
    const [row] = await db.query(
      `INSERT INTO library_shelf_item (client_id, kind, article_id, exercise_id, document_id, case_id, shared_by, note, shared_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
       ON CONFLICT (client_id, ${target}) WHERE ${target} IS NOT NULL ${onConflict}
       RETURNING id`,
      [
        item.clientId,
        item.kind,
        item.articleId ?? null,
        item.exerciseId ?? null,
        item.documentId ?? null,
        item.caseId,
        item.sharedBy,
        item.note,
        item.at,
      ],
    );
    return row.id;
  }

  /** Marks the client's own item read (the first time counts); false when it is not theirs. */
  async markRead(clientId: string, id: string, at: Date): Promise<boolean> {
    const [, count] = await this.dataSource.query(
      `UPDATE library_shelf_item SET read_at = coalesce(read_at, $3) WHERE id = $1 AND client_id = $2`,
      [id, clientId, at],
    );
    return Number(count) > 0;
  }

  /** Every exercise, each in its translation into `lang` when it has one, else in Dutch (English for 'en'). */
  exercises(lang: ContentLang): Promise<Omit<ExerciseRow, 'body'>[]> {
    const c = TEXT[columnLang(lang)];
    return this.dataSource.query(
      `SELECT e.slug, e.theme, coalesce(t.title, e.${c.title}) AS title, coalesce(t.summary, e.${c.summary}) AS summary,
              CASE WHEN t.exercise_id IS NULL THEN $2 ELSE t.lang END AS "shownIn"
         FROM library_exercise e
         LEFT JOIN library_exercise_translation t ON t.exercise_id = e.id AND t.lang = $1
        ORDER BY e.theme, e.slug`,
      [lang, columnLang(lang)],
    );
  }

  async exercise(lang: ContentLang, slug: string): Promise<ExerciseRow | null> {
    const c = TEXT[columnLang(lang)];
    const [row] = await this.dataSource.query(
      `SELECT e.slug, e.theme, coalesce(t.title, e.${c.title}) AS title, coalesce(t.summary, e.${c.summary}) AS summary,
              coalesce(t.body, e.${c.body}) AS body, CASE WHEN t.exercise_id IS NULL THEN $3 ELSE t.lang END AS "shownIn"
         FROM library_exercise e
         LEFT JOIN library_exercise_translation t ON t.exercise_id = e.id AND t.lang = $2
        WHERE e.slug = $1`,
      [slug, lang, columnLang(lang)],
    );
    return row ?? null;
  }

  /** For "download my data" and erasure. */
  async countOf(clientId: string, db: EntityManager): Promise<number> {
    const [row] = await db.query(`SELECT count(*)::int AS n FROM library_shelf_item WHERE client_id = $1`, [clientId]);
    return row.n;
  }

  async deleteOf(clientId: string, db: EntityManager): Promise<number> {
    const [, removed] = await db.query(`DELETE FROM library_shelf_item WHERE client_id = $1`, [clientId]);
    return Number(removed ?? 0);
  }
}
