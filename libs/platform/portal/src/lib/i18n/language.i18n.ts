import { defineTexts } from './texts';

/**
 * The language picker. A visitor who reads no Dutch must find it on the first page, so the
 * heading names the choice in Dutch and English at once; each language's own name is data
 * (`LANGUAGE_NAMES`), the same in every language.
 */
export const languageTexts = defineTexts({
  more: {
    ar: () => import('./language.i18n.ar'),
    tr: () => import('./language.i18n.tr'),
    pl: () => import('./language.i18n.pl'),
  },
  nl: {
    'language.label': 'Taal',
    'language.choice.title': 'Taal / Language',
  },
  en: {
    'language.label': 'Language',
    'language.choice.title': 'Language / Taal',
  },
});
