import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import type { FaqEntry } from '@nabij/library/contracts';
import { I18n } from '@nabij/platform/portal';
import { FaqPage } from './faq.page';

const ENTRIES: FaqEntry[] = [
  {
    id: 'a1',
    theme: 'money',
    question: 'Kost de hulp van Nabij geld?',
    answer: 'Nee. De hulp is **gratis**.',
    html: '<p>Nee. De hulp is <strong>gratis</strong>.</p>',
    shownIn: 'nl',
  },
  {
    id: 'b2',
    theme: 'violence',
    question: 'Wat is Veilig Thuis?',
    answer: 'Bel gratis 0800 2000.',
    html: '<p>Bel gratis 0800 2000.</p>',
    shownIn: 'nl',
  },
];

describe('FaqPage', () => {
  async function open(url: string): Promise<{ harness: RouterTestingHarness; el: HTMLElement }> {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([{ path: 'vragen', component: FaqPage }])],
    });
    const harness = await RouterTestingHarness.create(url);
    TestBed.inject(HttpTestingController).expectOne('/api/library/faq?lang=nl').flush(ENTRIES);
    harness.detectChanges();
    return { harness, el: harness.routeNativeElement as HTMLElement };
  }

  it('groups the questions per theme as buttons that open and close their answer', async () => {
    const { harness, el } = await open('/vragen');
    expect([...el.querySelectorAll('section:not(.card) h2')].map((h) => h.textContent?.trim())).toEqual([
      'Geld en schulden',
      'Geweld in huis',
    ]);
    const button = el.querySelector<HTMLButtonElement>('#vraag-knop-a1')!;
    const answer = el.querySelector<HTMLElement>('#antwoord-a1')!;
    expect(button.tagName).toBe('BUTTON');
    expect(button.getAttribute('aria-controls')).toBe('antwoord-a1');
    expect(button.getAttribute('aria-expanded')).toBe('false');
    expect(answer.hidden).toBe(true);
    button.click();
    harness.detectChanges();
    expect(button.getAttribute('aria-expanded')).toBe('true');
    expect(answer.hidden).toBe(false);
    expect(answer.querySelector('strong')?.textContent).toBe('gratis');
    button.click();
    harness.detectChanges();
    expect(button.getAttribute('aria-expanded')).toBe('false');
  });

  it('opens the answer a search hit links to (#vraag-<id>)', async () => {
    const { el } = await open('/vragen#vraag-b2');
    expect(el.querySelector('#vraag-knop-b2')?.getAttribute('aria-expanded')).toBe('true');
    expect(el.querySelector<HTMLElement>('#antwoord-b2')!.hidden).toBe(false);
    expect(el.querySelector('#vraag-knop-a1')?.getAttribute('aria-expanded')).toBe('false');
  });
});

/** Issue 17: the FAQ in the reader's language; an entry without a translation is Dutch, and says so. */
describe('FaqPage languages', () => {
  async function openIn(lang: string, entries: FaqEntry[]): Promise<HTMLElement> {
    localStorage.clear();
    localStorage.setItem('nabij.lang', lang);
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([{ path: 'vragen', component: FaqPage }])],
    });
    const harness = await RouterTestingHarness.create('/vragen');
    const http = TestBed.inject(HttpTestingController);
    http.expectOne(`/api/library/faq?lang=${lang}`).flush(entries);
    await TestBed.inject(I18n).ready();
    await harness.fixture.whenStable();
    harness.detectChanges();
    http.verify();
    return harness.routeNativeElement as HTMLElement;
  }

  const arabic: FaqEntry = {
    id: 'a1',
    theme: 'money',
    question: 'هل تكلّف مساعدة Nabij مالًا؟',
    answer: 'لا. المساعدة مجانية.',
    html: '<p>لا. المساعدة مجانية.</p>',
    shownIn: 'ar',
  };

  it('asks an Arabic reader for Arabic, and marks only the entry without a translation as Dutch, left to right', async () => {
    const el = await openIn('ar', [arabic, ENTRIES[1]]);
    const translated = el.querySelector('#vraag-a1')!;
    const dutch = el.querySelector('#vraag-b2')!;
    expect(translated.getAttribute('lang')).toBeNull();
    expect(translated.querySelector('.kind')).toBeNull();
    expect(el.querySelector('#vraag-knop-a1')?.textContent?.trim()).toBe('هل تكلّف مساعدة Nabij مالًا؟');
    expect(dutch.getAttribute('lang')).toBe('nl');
    expect(dutch.getAttribute('dir')).toBe('ltr');
    // The mark is in the reader's language, inside the button: part of its accessible name.
    const mark = el.querySelector('#vraag-knop-b2 .kind')!;
    expect(mark.getAttribute('lang')).toBe('ar');
    expect(mark.getAttribute('dir')).toBe('rtl');
    expect(mark.textContent?.trim()).toBe('(باللغة الهولندية)');
    expect(el.querySelector('[role="note"]')).toBeNull();
  });

  it('gives a Turkish reader of an all-Dutch FAQ one note in Turkish, and every entry lang="nl"', async () => {
    const el = await openIn('tr', ENTRIES);
    const note = el.querySelector('[role="note"]');
    expect(note?.textContent?.trim()).toBe('Bu sorular ve cevaplar henüz Türkçe değil. Hollandaca metni okuyorsunuz.');
    expect([...el.querySelectorAll('.faq-item')].map((item) => item.getAttribute('lang'))).toEqual(['nl', 'nl']);
    expect(el.querySelector('.faq-item .kind')).toBeNull();
  });

  it('shows a Dutch reader no note and no language marks', async () => {
    const el = await openIn('nl', ENTRIES);
    expect(el.querySelector('[role="note"]')).toBeNull();
    expect([...el.querySelectorAll('.faq-item')].map((item) => item.getAttribute('lang'))).toEqual([null, null]);
  });
});
