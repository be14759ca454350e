import type { FaqText, LibraryAudience, LibraryTheme, TranslationLang } from '@nabij/library/contracts';
import { MONEY_ARTICLES } from './articles/money';
import { RELATIONSHIP_ARTICLES } from './articles/relationships';
import { PARENTING_ARTICLES } from './articles/parenting';
import { STRESS_ARTICLES } from './articles/stress';
import { LONELINESS_ARTICLES } from './articles/loneliness';
import { HOUSING_ARTICLES } from './articles/housing';
import { WORK_ARTICLES } from './articles/work';
import { VIOLENCE_ARTICLES } from './articles/violence';
import { FAQ } from './faq';
import { FAQ_TRANSLATIONS } from './faq-translations';
import { ARTICLE_TRANSLATIONS } from './articles/translations';

export interface ArticleText {
  title: string;
  /** One or two sentences for the theme page and under the title. */
  summary: string;
  /** Markdown: headings from ##, lists, links. */
  body: string;
}

export interface ArticleDefinition {
  slug: string;
  theme: LibraryTheme;
  audiences: LibraryAudience[];
  nl: ArticleText;
  en: ArticleText;
  /** Translations into client languages (issue 17), installed with the article's status. */
  translations?: Partial<Record<TranslationLang, ArticleText>>;
}

export interface FaqDefinition {
  theme: LibraryTheme;
  nl: FaqText;
  en: FaqText;
  /** Translations into client languages (issue 17), read whenever the entry is published. */
  translations?: Partial<Record<TranslationLang, FaqText>>;
}

/** Nabij's own library: written for this project in B1 Dutch, with an English version. */
export const LIBRARY_ARTICLES: ArticleDefinition[] = [
  ...MONEY_ARTICLES,
  ...RELATIONSHIP_ARTICLES,
  ...PARENTING_ARTICLES,
  ...STRESS_ARTICLES,
  ...LONELINESS_ARTICLES,
  ...HOUSING_ARTICLES,
  ...WORK_ARTICLES,
  ...VIOLENCE_ARTICLES,
].map((article) => (ARTICLE_TRANSLATIONS[article.slug] ? { ...article, translations: ARTICLE_TRANSLATIONS[article.slug] } : article));

/** Each entry with its Arabic, Turkish and Polish translation, found by the Dutch question. */
export const LIBRARY_FAQ: FaqDefinition[] = FAQ.map((entry) =>
  FAQ_TRANSLATIONS[entry.nl.question] ? { ...entry, translations: FAQ_TRANSLATIONS[entry.nl.question] } : entry,
);
