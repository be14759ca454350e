import { TestBed } from '@angular/core/testing';
import { I18n, LANG_CHOSEN_KEY, LANG_STORAGE_KEY } from './i18n.service';
import { defineTexts } from './texts';

const texts = defineTexts({
  nl: { 'test.greeting': 'Hallo {name}' },
  en: { 'test.greeting': 'Hello {name}' },
});

describe('I18n', () => {
  beforeEach(() => {
    localStorage.clear();
    document.documentElement.lang = 'en';
  });

  it('starts in Dutch, sets <html lang> and fills in placeholders', () => {
    const i18n = TestBed.inject(I18n);
    i18n.register(texts);
    TestBed.tick();
    expect(i18n.lang()).toBe('nl');
    expect(document.documentElement.lang).toBe('nl');
    expect(i18n.t('test.greeting', { name: 'Sanne' })).toBe('Hallo Sanne');
  });

  it('switches to English, changes the text and html lang, and remembers the choice', () => {
    const i18n = TestBed.inject(I18n);
    i18n.register(texts);
    i18n.setLang('en');
    TestBed.tick();
    expect(i18n.t('test.greeting', { name: 'Sanne' })).toBe('Hello Sanne');
    expect(document.documentElement.lang).toBe('en');
    expect(localStorage.getItem(LANG_STORAGE_KEY)).toBe('en');
  });

  it('restores a remembered language on start', () => {
    localStorage.setItem(LANG_STORAGE_KEY, 'en');
    expect(TestBed.inject(I18n).lang()).toBe('en');
  });

  it('shows the key for unknown texts, so a missing text is visible rather than blank', () => {
    expect(TestBed.inject(I18n).t('nope.missing')).toBe('nope.missing');
  });

  it('loads an extra language only when it is read, re-renders with it and sets right to left for Arabic', async () => {
    let asked = 0;
    const more = defineTexts({
      nl: { 'test.bye': 'Doei', 'test.only': 'Alleen Nederlands' },
      en: { 'test.bye': 'Bye', 'test.only': 'Dutch only' },
      more: {
        ar: async () => {
          asked++;
          return { default: { 'test.bye': 'مع السلامة' } };
        },
      },
    });
    const i18n = TestBed.inject(I18n);
    i18n.register(more);
    expect(asked).toBe(0);
    i18n.setLang('ar');
    TestBed.tick();
    await i18n.ready();
    expect(asked).toBe(1);
    expect(i18n.t('test.bye')).toBe('مع السلامة');
    // A key the translation lacks shows in Dutch, never as a bare key.
    expect(i18n.t('test.only')).toBe('Alleen Nederlands');
    expect(document.documentElement.dir).toBe('rtl');
    expect(i18n.dir()).toBe('rtl');
    i18n.setLang('nl');
    TestBed.tick();
    expect(document.documentElement.dir).toBe('ltr');
    i18n.setLang('ar');
    TestBed.tick();
    await i18n.ready();
    expect(asked).toBe(1);
  });

  it('uses Western digits for Arabic dates and numbers', () => {
    localStorage.setItem(LANG_STORAGE_KEY, 'ar');
    const i18n = TestBed.inject(I18n);
    expect(new Intl.NumberFormat(i18n.locale()).format(1234)).toMatch(/1.?234/);
  });

  it('gives each language its locale for dates and numbers', () => {
    const i18n = TestBed.inject(I18n);
    const locales = (['nl', 'en', 'ar', 'tr', 'pl'] as const).map((lang) => {
      i18n.setLang(lang);
      return i18n.locale();
    });
    expect(locales).toEqual(['nl-NL', 'en-GB', 'ar-u-nu-latn', 'tr-TR', 'pl-PL']);
  });

  it('remembers on this device that a language was picked, not when it was only Dutch by default or set from an account', () => {
    localStorage.setItem(LANG_STORAGE_KEY, 'tr');
    const i18n = TestBed.inject(I18n);
    expect(i18n.lang()).toBe('tr');
    expect(i18n.chosen()).toBe(false);
    i18n.setLang('en');
    expect(i18n.chosen()).toBe(false);
    i18n.choose('pl');
    expect(i18n.lang()).toBe('pl');
    expect(i18n.chosen()).toBe(true);
    expect(localStorage.getItem(LANG_CHOSEN_KEY)).toBe('1');
  });

  it('knows after a reload that the language was picked here', () => {
    localStorage.setItem(LANG_STORAGE_KEY, 'ar');
    localStorage.setItem(LANG_CHOSEN_KEY, '1');
    expect(TestBed.inject(I18n).chosen()).toBe(true);
  });

  it('isolates filled-in values in Arabic so numbers, postcodes and addresses keep their order, and leaves other languages plain', () => {
    const i18n = TestBed.inject(I18n);
    i18n.register(
      defineTexts({
        nl: { 'test.call': 'Bel {phone} ({postcode})' },
        en: { 'test.call': 'Call {phone} ({postcode})' },
      }),
    );
    const params = { phone: '071 516 6000', postcode: '2311 AB' };
    expect(i18n.t('test.call', params)).toBe('Bel 071 516 6000 (2311 AB)');
    i18n.setLang('ar');
    expect(i18n.t('test.call', params)).toBe('Bel \u2068071 516 6000\u2069 (\u20682311 AB\u2069)');
    i18n.setLang('tr');
    expect(i18n.t('test.call', params)).toBe('Bel 071 516 6000 (2311 AB)');
  });
});
