import { installLibraryContent, LIBRARY_ARTICLES, LIBRARY_EXERCISES, LIBRARY_FAQ, LIBRARY_SELF_TESTS } from '@nabij/library/api';
import type { EntityManager } from 'typeorm';
import type { DemoContext } from './demo-context';

/**
 * Nabij's public library: the theme articles, FAQ, self-tests and printable exercises, published,
 * shared by every organisation. Sanne's "Mijn bibliotheek" holds what Youssef shared in her case:
 * the energiemeter with a note (new) and an article about debts (read).
 */
export async function seedLibraryDemo(db: EntityManager, ctx: DemoContext): Promise<void> {
  const now = new Date();
  await installLibraryContent(
    db,
    { articles: LIBRARY_ARTICLES, faq: LIBRARY_FAQ, selfTests: LIBRARY_SELF_TESTS, exercises: LIBRARY_EXERCISES },
    { now },
  );
  const [careCase] = await db.query(
    `SELECT id FROM care_case WHERE client_id = $1 AND assigned_worker_id = $2 AND closed_on IS NULL ORDER BY opened_on DESC LIMIT 1`,
    [ctx.accountIds.client, ctx.accountIds.worker],
  );
  if (!careCase) return;
  const day = 86_400_000;
  await db.query(
    `INSERT INTO library_shelf_item (client_id, kind, exercise_id, case_id, shared_by, note, shared_at)
     SELECT $1, 'exercise', id, $2, $3, $4, $5 FROM library_exercise WHERE slug = 'energiemeter'`,
    [
      ctx.accountIds.client,
      careCase.id,
      ctx.accountIds.worker,
      'Vul deze meter een week in. Volgende keer kijken we samen wat je energie geeft.',
      new Date(now.getTime() - day),
    ],
  );
  await db.query(
    `INSERT INTO library_shelf_item (client_id, kind, article_id, case_id, shared_by, note, shared_at, read_at)
     SELECT $1, 'article', id, $2, $3, NULL, $4, $5 FROM library_article WHERE status = 'published' AND theme = 'money'
      ORDER BY slug LIMIT 1`,
    [ctx.accountIds.client, careCase.id, ctx.accountIds.worker, new Date(now.getTime() - 5 * day), new Date(now.getTime() - 4 * day)],
  );
}
