import type { EntityManager } from 'typeorm';
import type { FaqText, SelfTestDefinition, TranslationLang } from '@nabij/library/contracts';
import type { ExerciseDefinition, ExerciseText } from './exercises';
import type { ArticleDefinition, ArticleText, FaqDefinition } from './library-content';

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

  /** A translation of an article into Arabic, Turkish or Polish (issue 17), published with the article or as a draft. */
  async insertArticleTranslation(
    t: Omit<Base, 'organisationId'> & { articleId: string; lang: TranslationLang; text: ArticleText; plain: string },
  ): Promise<void> {
    await this.db.query(
      `INSERT INTO library_article_translation (article_id, lang, status, title, summary, body, plain, created_at, updated_at, published_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $8, $9)`,
      [
        t.articleId,
        t.lang,
        t.published ? 'published' : 'draft',
        t.text.title,
        t.text.summary,
        t.text.body,
        t.plain,
        t.now,
        t.published ? t.now : null,
      ],
    );
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

  /** A translation of an FAQ entry into Arabic, Turkish or Polish (issue 17): read whenever the entry is published. */
  async insertFaqTranslation(t: { faqId: string; lang: TranslationLang; text: FaqText; now: Date }): Promise<void> {
    await this.db.query(
      `INSERT INTO library_faq_translation (faq_id, lang, question, answer, created_at, updated_at) VALUES ($1, $2, $3, $4, $5, $5)`,
      [t.faqId, t.lang, t.text.question, t.text.answer, t.now],
    );
  }

  /**
   * Publishes a self-test's definition as its next version, unless the newest published version
   * holds the same definition already (installing twice adds nothing). Earlier versions stay as
   * they are: kept results point at them. Returns the version's id.
   */
  async publishSelfTest(t: { test: SelfTestDefinition; position: number; now: Date; published: boolean }): Promise<string> {
    const [test] = await this.db.query(
      `INSERT INTO library_self_test (slug, theme, position, created_at) VALUES ($1, $2, $3, $4)
       ON CONFLICT (slug) DO UPDATE SET theme = EXCLUDED.theme, position = EXCLUDED.position RETURNING id`,
      [t.test.slug, t.test.theme, t.position, t.now],
    );
    const definition = JSON.stringify(t.test.content);
    const [same] = await this.db.query(
      `SELECT id FROM library_self_test_version
        WHERE self_test_id = $1 AND status = 'published' AND definition = $2::jsonb
          AND version = (SELECT max(version) FROM library_self_test_version WHERE self_test_id = $1 AND status = 'published')`,
      [test.id, definition],
    );
    if (same && t.published) return same.id;
    const [row] = await this.db.query(
      `INSERT INTO library_self_test_version (self_test_id, version, status, definition, created_at, published_at)
       SELECT $1, coalesce(max(version), 0) + 1, $2, $3::jsonb, $4, $5 FROM library_self_test_version WHERE self_test_id = $1
       RETURNING id`,
      [test.id, t.published ? 'published' : 'draft', definition, t.now, t.published ? t.now : null],
    );
    return row.id;
  }

  /** An exercise by its slug: installing again brings its texts up to date (shared items keep pointing at it). */
  async upsertExercise(e: ExerciseDefinition, now: Date): Promise<string> {
    const [row] = await this.db.query(
      `INSERT INTO library_exercise (slug, theme, title_nl, summary_nl, body_nl, title_en, summary_en, body_en, created_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $9)
       ON CONFLICT (slug) DO UPDATE SET theme = EXCLUDED.theme, title_nl = EXCLUDED.title_nl, summary_nl = EXCLUDED.summary_nl,
         body_nl = EXCLUDED.body_nl, title_en = EXCLUDED.title_en, summary_en = EXCLUDED.summary_en, body_en = EXCLUDED.body_en,
         updated_at = EXCLUDED.updated_at
       RETURNING id`,
      [e.slug, e.theme, e.nl.title, e.nl.summary, e.nl.body, e.en.title, e.en.summary, e.en.body, now],
    );
    return row.id;
  }

  /** An exercise in Arabic, Turkish or Polish (issue 17); installing again brings it up to date. */
  async upsertExerciseTranslation(exerciseId: string, lang: TranslationLang, text: ExerciseText, now: Date): Promise<void> {
    await this.db.query(
      `INSERT INTO library_exercise_translation (exercise_id, lang, title, summary, body, created_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $6)
       ON CONFLICT (exercise_id, lang) DO UPDATE SET title = EXCLUDED.title, summary = EXCLUDED.summary, body = EXCLUDED.body,
         updated_at = EXCLUDED.updated_at`,
      [exerciseId, lang, text.title, text.summary, text.body, now],
    );
  }

  /** The suggestion word list follows published content; CONCURRENTLY would not run in a transaction. */
  async refreshWords(): Promise<void> {
    await this.db.query(`REFRESH MATERIALIZED VIEW library_word`);
  }
}
