/** Every language of the portal. Dutch leads; English is complete everywhere. */
export const LANGUAGES = ['nl', 'en', 'ar', 'tr', 'pl'] as const;
export type Lang = (typeof LANGUAGES)[number];

/** Staff screens (worker, trainer, team lead, admin) are Dutch and English only. */
export const STAFF_LANGUAGES = ['nl', 'en'] as const satisfies readonly Lang[];

/**
 * Client languages beyond Dutch and English. Their texts live in a file per lib and language
 * (`foo.i18n.ar.ts`) that is loaded only when someone reads that language, so a Dutch reader
 * never downloads Arabic.
 */
export const EXTRA_LANGUAGES = ['ar', 'tr', 'pl'] as const satisfies readonly Lang[];
export type ExtraLang = (typeof EXTRA_LANGUAGES)[number];

/** Each language in its own words, as the picker shows it (with `lang` set, so it is read out right). */
export const LANGUAGE_NAMES: Readonly<Record<Lang, string>> = {
  nl: 'Nederlands',
  en: 'English',
  ar: 'العربية',
  tr: 'Türkçe',
  pl: 'Polski',
};

/** Languages written right to left: the document gets `dir="rtl"`. */
export const RTL_LANGUAGES: readonly Lang[] = ['ar'];

export type TextMap = Readonly<Record<string, string>>;

/** Loads one extra language of a lib's texts: `() => import('./foo.i18n.ar')`; the module's default export is the map. */
export type TranslationLoader = () => Promise<{ default: TextMap }>;

/** One lib's UI strings: Dutch is leading, English must have exactly the same keys. */
export interface Texts {
  nl: TextMap;
  en: TextMap;
  /**
   * Client-facing texts name a loader per extra language. A translation has exactly Dutch's keys
   * and placeholders (`translations.spec.ts` in the portal app loads each one and checks); a key a
   * translation lacks would show in Dutch.
   */
  more?: Partial<Record<ExtraLang, TranslationLoader>>;
}

/**
 * Declares a lib's texts. The type makes a missing English key a compile error, so no
 * screen falls back to a bare key in one language.
 */
export function defineTexts<const N extends Record<string, string>>(texts: {
  nl: N;
  en: { readonly [K in keyof N]: string };
  more?: Partial<Record<ExtraLang, TranslationLoader>>;
}): Texts {
  return texts;
}

export type TextParams = Readonly<Record<string, string | number>>;
