import { defineTexts } from '@nabij/platform/portal';

/**
 * Issue 17: the note on a training module shown in Dutch because it has no published translation into
 * the participant's language. Only shown to readers of another language; each translation names its
 * own language, where the Dutch text (never shown to Dutch readers) says "jouw taal".
 */
export const moduleLanguageTexts = defineTexts({
  more: {
    ar: () => import('./module-language.i18n.ar'),
    tr: () => import('./module-language.i18n.tr'),
    pl: () => import('./module-language.i18n.pl'),
  },
  nl: {
    'trainingLang.moduleNote': 'Deze module is er nog niet in jouw taal. Je leest de Nederlandse tekst.',
  },
  en: {
    'trainingLang.moduleNote': 'This module is not in English yet. You are reading the Dutch text.',
  },
});
