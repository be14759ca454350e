import { HIGHLIGHT_END, HIGHLIGHT_START, selfTestProblems, TRANSLATION_LANGS } from '@nabij/library/contracts';
import type { SelfTestDefinition } from '@nabij/library/contracts';
import type { EntityManager } from 'typeorm';
import { markdownToPlainText } from '../markdown';
import type { ExerciseDefinition } from './exercises';
import type { ArticleDefinition, FaqDefinition } from './library-content';
import { LibraryInstallRepository } from './library-install.repository';

export interface InstallLibraryOptions {
  now: Date;
  /** Null (the default): Nabij's shared content. */
  organisationId?: string | null;
  published?: boolean;
}

/**
 * Writes articles, FAQ entries and self-tests into the library (the demo seed and tests use it), then refreshes
 * the word list for spelling suggestions. Checks what the editor will check: no highlight markers,
 * which would break search snippets.
 */
export async function installLibraryContent(
  db: EntityManager,
  content: { articles?: ArticleDefinition[]; faq?: FaqDefinition[]; selfTests?: SelfTestDefinition[]; exercises?: ExerciseDefinition[] },
  options: InstallLibraryOptions,
): Promise<{ articleIds: string[]; faqIds: string[]; selfTestVersionIds: string[] }> {
  const repository = new LibraryInstallRepository(db);
  const base = { organisationId: options.organisationId ?? null, published: options.published ?? true, now: options.now };
  const articleIds: string[] = [];
  for (const article of content.articles ?? []) {
    assertNoMarkers(
      article.slug,
      [article.nl, article.en].flatMap((t) => [t.title, t.summary, t.body]),
    );
    const articleId = await repository.insertArticle({
      ...base,
      article,
      plainNl: markdownToPlainText(article.nl.body),
      plainEn: markdownToPlainText(article.en.body),
    });
    articleIds.push(articleId);
    for (const lang of TRANSLATION_LANGS) {
      const text = article.translations?.[lang];
      if (!text) continue;
      assertNoMarkers(`${article.slug} (${lang})`, [text.title, text.summary, text.body]);
      await repository.insertArticleTranslation({ ...base, articleId, lang, text, plain: markdownToPlainText(text.body) });
    }
  }
  for (const exercise of content.exercises ?? []) {
    assertNoMarkers(
      exercise.slug,
      [exercise.nl, exercise.en].flatMap((t) => [t.title, t.summary, t.body]),
    );
    const exerciseId = await repository.upsertExercise(exercise, options.now);
    for (const lang of TRANSLATION_LANGS) {
      const text = exercise.translations?.[lang];
      if (!text) continue;
      assertNoMarkers(`${exercise.slug} (${lang})`, [text.title, text.summary, text.body]);
      await repository.upsertExerciseTranslation(exerciseId, lang, text, options.now);
    }
  }
  const faqIds: string[] = [];
  for (const [i, entry] of (content.faq ?? []).entries()) {
    assertNoMarkers(entry.nl.question, [entry.nl.question, entry.nl.answer, entry.en.question, entry.en.answer]);
    const faqId = await repository.insertFaq({ ...base, entry, position: i + 1 });
    faqIds.push(faqId);
    for (const lang of TRANSLATION_LANGS) {
      const text = entry.translations?.[lang];
      if (!text) continue;
      assertNoMarkers(`${entry.nl.question} (${lang})`, [text.question, text.answer]);
      await repository.insertFaqTranslation({ faqId, lang, text, now: options.now });
    }
  }
  const selfTestVersionIds: string[] = [];
  for (const [i, test] of (content.selfTests ?? []).entries()) {
    const problems = selfTestProblems(test.content);
    if (problems.length) throw new Error(`Self-test "${test.slug}" cannot be published: ${problems.join('; ')}.`);
    selfTestVersionIds.push(await repository.publishSelfTest({ test, position: i + 1, now: options.now, published: base.published }));
  }
  await repository.refreshWords();
  return { articleIds, faqIds, selfTestVersionIds };
}

function assertNoMarkers(name: string, texts: string[]): void {
  if (texts.some((text) => text.includes(HIGHLIGHT_START) || text.includes(HIGHLIGHT_END))) {
    throw new Error(`Library content "${name}" holds a search highlight marker (${HIGHLIGHT_START} or ${HIGHLIGHT_END}).`);
  }
}
