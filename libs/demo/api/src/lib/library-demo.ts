import { installLibraryContent, LIBRARY_ARTICLES, LIBRARY_FAQ } from '@nabij/library/api';
import type { EntityManager } from 'typeorm';

/** Nabij's public library: the theme articles and FAQ, published, shared by every organisation. */
export async function seedLibraryDemo(db: EntityManager): Promise<void> {
  await installLibraryContent(db, { articles: LIBRARY_ARTICLES, faq: LIBRARY_FAQ }, { now: new Date() });
}
