import type { LibraryAudience, LibraryTheme } from '@nabij/library/contracts';
import type { TestApp } from '@nabij/platform/testing';
import type { ArticleDefinition, FaqDefinition } from '../content/library-content';
import { installLibraryContent, InstallLibraryOptions } from '../content/install-library';

/** An article for a test: the same text in both languages unless `en` is given. */
export function testArticle(a: {
  slug: string;
  title: string;
  body: string;
  summary?: string;
  theme?: LibraryTheme;
  audiences?: LibraryAudience[];
  en?: ArticleDefinition['en'];
}): ArticleDefinition {
  const nl = { title: a.title, summary: a.summary ?? 'Een artikel voor een test.', body: a.body };
  return { slug: a.slug, theme: a.theme ?? 'money', audiences: a.audiences ?? ['adults'], nl, en: a.en ?? nl };
}

export function testFaq(question: string, answer: string, theme: LibraryTheme = 'money'): FaqDefinition {
  return { theme, nl: { question, answer }, en: { question, answer } };
}

/** Installs library content through the same code as the demo seed, at the test clock's time. */
export function installLibrary(
  t: TestApp,
  content: Parameters<typeof installLibraryContent>[1],
  options: Partial<InstallLibraryOptions> = {},
): ReturnType<typeof installLibraryContent> {
  return t.dataSource.transaction((db) => installLibraryContent(db, content, { now: t.clock.now(), ...options }));
}
