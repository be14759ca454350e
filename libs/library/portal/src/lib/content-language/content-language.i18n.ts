import { defineTexts } from '@nabij/platform/portal';

/**
 * Issue 17: what a reader sees when library content is not in their language yet. Only shown to
 * readers of a translation language (Arabic, Turkish, Polish); each translation names its own
 * language, where the Dutch text (never shown to Dutch readers) says "jouw taal".
 */
export const contentLanguageTexts = defineTexts({
  more: {
    ar: () => import('./content-language.i18n.ar'),
    tr: () => import('./content-language.i18n.tr'),
    pl: () => import('./content-language.i18n.pl'),
  },
  nl: {
    'contentLang.articleNote': 'Dit artikel is er nog niet in jouw taal. Je leest de Nederlandse tekst.',
    'contentLang.faqNote': 'Deze vragen en antwoorden zijn er nog niet in jouw taal. Je leest de Nederlandse tekst.',
    'contentLang.selfTestNote': 'Deze test is er nog niet in jouw taal. Je doet de test in het Nederlands.',
    'contentLang.exerciseNote': 'Deze oefening is er nog niet in jouw taal. Je leest de Nederlandse tekst.',
    'contentLang.inDutch': 'In het Nederlands',
  },
  en: {
    'contentLang.articleNote': 'This article is not in your language yet. You are reading the Dutch text.',
    'contentLang.faqNote': 'These questions and answers are not in your language yet. You are reading the Dutch text.',
    'contentLang.selfTestNote': 'This test is not in your language yet. You take the test in Dutch.',
    'contentLang.exerciseNote': 'This exercise is not in your language yet. You are reading the Dutch text.',
    'contentLang.inDutch': 'In Dutch',
  },
});
