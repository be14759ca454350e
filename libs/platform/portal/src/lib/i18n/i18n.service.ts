import { DOCUMENT, Injectable, effect, inject, signal } from '@angular/core';
import { errorTexts } from '../http/errors.i18n';
import { platformTexts } from './platform.i18n';
import { EXTRA_LANGUAGES, ExtraLang, LANGUAGES, Lang, RTL_LANGUAGES, TextParams, Texts } from './texts';

export const LANG_STORAGE_KEY = 'nabij.lang';
/** Set once a language was picked on this device (rather than Dutch by default or the account's). */
export const LANG_CHOSEN_KEY = 'nabij.lang.chosen';

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
  private readonly dictionary: Record<Lang, Map<string, string>> = {
    nl: new Map(),
    en: new Map(),
    ar: new Map(),
    tr: new Map(),
    pl: new Map(),
  };
  /** Bumped when a translation file arrives, so every `t` re-renders with it. */
  private readonly arrived = signal(0);
  /** Translation files asked for, per text set and language, so each loads once. */
  private readonly loading = new Map<Texts, Map<ExtraLang, Promise<void>>>();

  private readonly _chosen = signal(readChosen(this.document));

  readonly lang = this._lang.asReadonly();
  /**
   * True once someone picked a language in a picker on this device (not when it is only Dutch by
   * default, or was taken from an account): that choice then wins over the one remembered on the
   * account when they sign in, and is saved there.
   */
  readonly chosen = this._chosen.asReadonly();

  constructor() {
    this.register(platformTexts);
    this.register(errorTexts);
    // The staff set arrives when someone with a staff role signs in (`loadStaffErrorTexts`).
    effect(() => {
      const lang = this._lang();
      this.document.documentElement.lang = lang;
      this.document.documentElement.dir = RTL_LANGUAGES.includes(lang) ? 'rtl' : 'ltr';
      for (const texts of this.registered) this.load(texts, lang);
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

  /** The visitor picked `lang` in a language picker. */
  choose(lang: Lang): void {
    this._chosen.set(true);
    this._lang.set(lang);
    try {
      this.document.defaultView?.localStorage.setItem(LANG_CHOSEN_KEY, '1');
    } catch {
      // Storage disabled: the choice counts for this visit only.
    }
  }

  register(texts: Texts): void {
    if (this.registered.has(texts)) return;
    this.registered.add(texts);
    for (const lang of ['nl', 'en'] as const) {
      for (const [key, value] of Object.entries(texts[lang])) this.dictionary[lang].set(key, value);
    }
    this.load(texts, this._lang());
  }

  /** Resolves when every registered text set's file for the current language has arrived (or failed). */
  async ready(): Promise<void> {
    const lang = this._lang();
    await Promise.all([...this.registered].map((texts) => this.load(texts, lang)));
  }

  /**
   * For content that exists in Dutch and English only (library articles, fixed rule texts): English
   * readers get English, everyone else Dutch — the rule "else Dutch" for untranslated content.
   */
  dutchOrEnglish(): 'nl' | 'en' {
    return this._lang() === 'en' ? 'en' : 'nl';
  }

  /** Right to left for Arabic. */
  dir(): 'ltr' | 'rtl' {
    return RTL_LANGUAGES.includes(this._lang()) ? 'rtl' : 'ltr';
  }

  private load(texts: Texts, lang: Lang): Promise<void> {
    if (!isExtra(lang)) return Promise.resolve();
    const loader = texts.more?.[lang];
    if (!loader) return Promise.resolve();
    let perLang = this.loading.get(texts);
    if (!perLang) this.loading.set(texts, (perLang = new Map()));
    let done = perLang.get(lang);
    if (!done) {
      done = loader().then(
        (module) => {
          for (const [key, value] of Object.entries(module.default)) this.dictionary[lang].set(key, value);
          this.arrived.update((n) => n + 1);
        },
        // A file that does not arrive (offline) leaves the Dutch text; the next page asks again.
        () => void perLang.delete(lang),
      );
      perLang.set(lang, done);
    }
    return done;
  }

  /**
   * The text for `key` in the current language; `{name}` placeholders are filled from params.
   * In right-to-left text each filled-in value is isolated (Unicode FSI … PDI), so a phone number,
   * postcode, e-mail address or time keeps its own order ("071 516 6000" does not turn into
   * "6000 516 071") and a Dutch name does not reorder the Arabic sentence around it.
   */
  t(key: string, params?: TextParams): string {
    const lang = this._lang();
    this.arrived();
    const text = this.dictionary[lang].get(key) ?? this.dictionary.nl.get(key) ?? key;
    if (!params) return text;
    const isolate = RTL_LANGUAGES.includes(lang);
    return text.replace(/\{(\w+)\}/g, (whole, name: string) => {
      if (!(name in params)) return whole;
      return isolate ? `${FIRST_STRONG_ISOLATE}${String(params[name])}${POP_DIRECTIONAL_ISOLATE}` : String(params[name]);
    });
  }

  /** Locale for Intl formatting of dates and numbers. */
  locale(): string {
    return LOCALES[this._lang()];
  }
}

/** Call in a field initializer of a page or component so its lib's texts exist before rendering. */
export function useTexts(texts: Texts): I18n {
  const i18n = inject(I18n);
  i18n.register(texts);
  return i18n;
}

/** Unicode bidi isolates: the text between takes its direction from its own first letter (left to right for digits only). */
const FIRST_STRONG_ISOLATE = '\u2068';
const POP_DIRECTIONAL_ISOLATE = '\u2069';

/**
 * Arabic with Western digits: most Arabic readers in the Netherlands write Moroccan Arabic, and
 * postcodes, phone numbers and times elsewhere in Nabij are in Western digits too.
 */
const LOCALES: Record<Lang, string> = { nl: 'nl-NL', en: 'en-GB', ar: 'ar-u-nu-latn', tr: 'tr-TR', pl: 'pl-PL' };

function isExtra(lang: Lang): lang is ExtraLang {
  return (EXTRA_LANGUAGES as readonly string[]).includes(lang);
}

function readChosen(document: Document): boolean {
  try {
    return document.defaultView?.localStorage.getItem(LANG_CHOSEN_KEY) === '1';
  } catch {
    return false;
  }
}

function readStoredLang(document: Document): Lang {
  try {
    const stored = document.defaultView?.localStorage.getItem(LANG_STORAGE_KEY);
    return (LANGUAGES as readonly string[]).includes(stored ?? '') ? (stored as Lang) : 'nl';
  } catch {
    return 'nl';
  }
}
