import { installLibraryContent, LIBRARY_ARTICLES, LIBRARY_EXERCISES, LIBRARY_FAQ, LIBRARY_SELF_TESTS } from '@nabij/library/api';
import { createHash, randomBytes } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type { DemoContext } from './demo-context';

/**
 * Nabij's public library: the theme articles, FAQ, self-tests and printable exercises, published,
 * shared by every organisation. Sanne's "Mijn bibliotheek" holds what Youssef shared in her case:
 * the energiemeter with a note (new) and an article about debts (read). Her case also shows the
 * anonymous question she asked before she registered through Youssef's invitation, with his answer.
 * The article "Bijstand aanvragen" has changes waiting that an editor has not published yet.
 */
export async function seedLibraryDemo(db: EntityManager, ctx: DemoContext): Promise<void> {
  const now = new Date();
  await installLibraryContent(
    db,
    { articles: LIBRARY_ARTICLES, faq: LIBRARY_FAQ, selfTests: LIBRARY_SELF_TESTS, exercises: LIBRARY_EXERCISES },
    { now },
  );
  await seedArticleDraft(db, now);
  const [careCase] = await db.query(
    `SELECT id, organisation_id FROM care_case WHERE client_id = $1 AND assigned_worker_id = $2 AND closed_on IS NULL ORDER BY opened_on DESC LIMIT 1`,
    [ctx.accountIds.client, ctx.accountIds.worker],
  );
  if (!careCase) return;
  await seedQuestionOnCase(db, ctx, careCase, now);
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

/** A published article with a draft beside it: the editor sees "wijzigingen nog niet gepubliceerd", visitors the old text. */
async function seedArticleDraft(db: EntityManager, now: Date): Promise<void> {
  const extraNl = `

## Nieuw: de energietoeslag

Heb je bijstand en een hoge energierekening? Vraag dan bij je gemeente of er een energietoeslag is. Niet elke gemeente heeft die elk jaar. Wij zoeken het graag met je uit.`;
  const extraEn = `

## New: the energy allowance

Do you get bijstand and have a high energy bill? Then ask your municipality whether there is an energy allowance. Not every municipality has one every year. We are happy to find out with you.`;
  await db.query(
    `INSERT INTO library_article_draft (article_id, slug, theme, audiences, title_nl, summary_nl, body_nl, title_en, summary_en, body_en, updated_at)
     SELECT id, slug, theme, audiences, title_nl, summary_nl, body_nl || $2, title_en, summary_en, body_en || $3, $4
       FROM library_article WHERE slug = $1 AND status = 'published'`,
    ['bijstand-aanvragen', extraNl, extraEn, now],
  );
}

/**
 * The question Sanne asked anonymously ("Merel") two weeks before she registered: Youssef answered it
 * and invited her to register; it is on her case now. Its private link is not kept anywhere.
 */
async function seedQuestionOnCase(
  db: EntityManager,
  ctx: DemoContext,
  careCase: { id: string; organisation_id: string },
  now: Date,
): Promise<void> {
  const day = 86_400_000;
  const askedAt = new Date(now.getTime() - 20 * day);
  const answeredAt = new Date(askedAt.getTime() + 5 * 3_600_000);
  await db.query(
    `INSERT INTO library_question (organisation_id, postcode_check_id, nickname, body, lang, token_hash, asked_at, due_at,
       answer, answered_by, answered_at, invited_at, invited_by, client_id, case_id, linked_at)
     VALUES ($1, gen_random_uuid(), 'Merel', $2, 'nl', $3, $4, $5, $6, $7, $8, $8, $7, $9, $10, $11)`,
    [
      careCase.organisation_id,
      'Ik slaap slecht door de rekeningen die binnenkomen en ik durf de post niet meer open te maken. Is dat normaal? Wat kan ik doen?',
      createHash('sha256').update(randomBytes(32).toString('base64url')).digest('hex'),
      askedAt,
      new Date(askedAt.getTime() + 48 * 3_600_000),
      'Wat je beschrijft komt veel voor. Je bent niet de enige. Begin klein: open vandaag één brief en leg hem op een vaste plek. Wil je dat we samen kijken? Meld je dan aan, dan maken we een plan.',
      ctx.accountIds.worker,
      answeredAt,
      ctx.accountIds.client,
      careCase.id,
      new Date(now.getTime() - 14 * day),
    ],
  );
}
