export const LANGUAGES = ['nl', 'en'] as const;
export type Lang = (typeof LANGUAGES)[number];

/** One lib's UI strings: Dutch is leading, English must have exactly the same keys. */
export interface Texts {
  nl: Readonly<Record<string, string>>;
  en: Readonly<Record<string, string>>;
}

/**
 * Declares a lib's texts. The type makes a missing English key a compile error, so no
 * screen falls back to a bare key in one language.
 */
export function defineTexts<const N extends Record<string, string>>(texts: { nl: N; en: { readonly [K in keyof N]: string } }): Texts {
  return texts;
}

export type TextParams = Readonly<Record<string, string | number>>;
