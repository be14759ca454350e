import type { EntityManager } from 'typeorm';
import type { ArticleDefinition, FaqDefinition } from './library-content';

interface Base {
  organisationId: string | null;
  published: boolean;
  now: Date;
}

/**
 * The SQL that writes library content. Not a Nest provider: installLibraryContent runs inside the
 * caller's transaction (demo seed, test factories) before any app may be up.
 */
export class LibraryInstallRepository {
  constructor(private readonly db: EntityManager) {}

  async insertArticle(a: Base & { article: ArticleDefinition; plainNl: string; plainEn: string }): Promise<string> {
    const { nl, en } = a.article;
    const [row] = await this.db.query(
      `INSERT INTO library_article (organisation_id, slug, theme, audiences, status, title_nl, summary_nl, body_nl, plain_nl,
                                    title_en, summary_en, body_en, plain_en, created_at, updated_at, published_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $14, $15) RETURNING id`,
      [
        a.organisationId,
        a.article.slug,
        a.article.theme,
        a.article.audiences,
        a.published ? 'published' : 'draft',
        nl.title,
        nl.summary,
        nl.body,
        a.plainNl,
        en.title,
        en.summary,
        en.body,
        a.plainEn,
        a.now,
        a.published ? a.now : null,
      ],
    );
    return row.id;
  }

  async insertFaq(f: Base & { entry: FaqDefinition; position: number }): Promise<string> {
    const { nl, en } = f.entry;
    const [row] = await this.db.query(
      `INSERT INTO library_faq (organisation_id, theme, position, status, question_nl, answer_nl, question_en, answer_en,
                                created_at, updated_at, published_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $9, $10) RETURNING id`,
      [
        f.organisationId,
        f.entry.theme,
        f.position,
        f.published ? 'published' : 'draft',
        nl.question,
        nl.answer,
        en.question,
        en.answer,
        f.now,
        f.published ? f.now : null,
      ],
    );
    return row.id;
  }

  /** The suggestion word list follows published content; CONCURRENTLY would not run in a transaction. */
  async refreshWords(): Promise<void> {
    await this.db.query(`REFRESH MATERIALIZED VIEW library_word`);
  }
}
