import { DOCUMENT, Injectable, effect, inject, signal } from '@angular/core';
import { platformTexts } from './platform.i18n';
import { LANGUAGES, Lang, TextParams, Texts } from './texts';

export const LANG_STORAGE_KEY = 'nabij.lang';

/**
 * The portal's language. Dutch by default; the choice is remembered on this device and set on
 * `<html lang>` so screen readers pronounce the page right. Texts are plain maps (not signals):
 * each lib registers its own when its first page is created, before anything renders them.
 */
@Injectable({ providedIn: 'root' })
export class I18n {
  private readonly document = inject(DOCUMENT);
  private readonly _lang = signal<Lang>(readStoredLang(this.document));
  private readonly registered = new Set<Texts>();
  private readonly dictionary: Record<Lang, Map<string, string>> = { nl: new Map(), en: new Map() };

  readonly lang = this._lang.asReadonly();

  constructor() {
    this.register(platformTexts);
    effect(() => {
      const lang = this._lang();
      this.document.documentElement.lang = lang;
      try {
        this.document.defaultView?.localStorage.setItem(LANG_STORAGE_KEY, lang);
      } catch {
        // Private mode or storage disabled: the choice then lasts until the page closes.
      }
    });
  }

  setLang(lang: Lang): void {
    this._lang.set(lang);
  }

  toggle(): void {
    this._lang.update((l) => (l === 'nl' ? 'en' : 'nl'));
  }

  register(texts: Texts): void {
    if (this.registered.has(texts)) return;
    this.registered.add(texts);
    for (const lang of LANGUAGES) {
      for (const [key, value] of Object.entries(texts[lang])) this.dictionary[lang].set(key, value);
    }
  }

  /** The text for `key` in the current language; `{name}` placeholders are filled from params. */
  t(key: string, params?: TextParams): string {
    const lang = this._lang();
    const text = this.dictionary[lang].get(key) ?? this.dictionary.nl.get(key) ?? key;
    if (!params) return text;
    return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
  }

  /** Locale for Intl formatting of dates and numbers. */
  locale(): string {
    return this._lang() === 'nl' ? 'nl-NL' : 'en-GB';
  }
}

/** Call in a field initializer of a page or component so its lib's texts exist before rendering. */
export function useTexts(texts: Texts): I18n {
  const i18n = inject(I18n);
  i18n.register(texts);
  return i18n;
}

function readStoredLang(document: Document): Lang {
  try {
    const stored = document.defaultView?.localStorage.getItem(LANG_STORAGE_KEY);
    return (LANGUAGES as readonly string[]).includes(stored ?? '') ? (stored as Lang) : 'nl';
  } catch {
    return 'nl';
  }
}
