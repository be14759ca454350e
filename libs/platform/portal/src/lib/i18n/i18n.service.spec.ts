import { TestBed } from '@angular/core/testing';
import { I18n, LANG_STORAGE_KEY } from './i18n.service';
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
    i18n.toggle();
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
});
