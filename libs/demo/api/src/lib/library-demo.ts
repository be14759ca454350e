import { installLibraryContent, LIBRARY_ARTICLES, LIBRARY_EXERCISES, LIBRARY_FAQ, LIBRARY_SELF_TESTS } from '@nabij/library/api';
import type { EntityManager } from 'typeorm';

/** Nabij's public library: the theme articles, FAQ, self-tests and printable exercises, published, shared by every organisation. */
export async function seedLibraryDemo(db: EntityManager): Promise<void> {
  await installLibraryContent(
    db,
    { articles: LIBRARY_ARTICLES, faq: LIBRARY_FAQ, selfTests: LIBRARY_SELF_TESTS, exercises: LIBRARY_EXERCISES },
    { now: new Date() },
  );
}
