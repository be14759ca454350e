import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import type { FaqEntry } from '@nabij/library/contracts';
import { FaqPage } from './faq.page';

const ENTRIES: FaqEntry[] = [
  {
    id: 'a1',
    theme: 'money',
    question: 'Kost de hulp van Nabij geld?',
    answer: 'Nee. De hulp is **gratis**.',
    html: '<p>Nee. De hulp is <strong>gratis</strong>.</p>',
  },
  { id: 'b2', theme: 'violence', question: 'Wat is Veilig Thuis?', answer: 'Bel gratis 0800 2000.', html: '<p>Bel gratis 0800 2000.</p>' },
];

describe('FaqPage', () => {
  async function open(url: string, lang = 'nl'): Promise<{ harness: RouterTestingHarness; el: HTMLElement }> {
    localStorage.clear();
    localStorage.setItem('nabij.lang', lang);
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

  it('marks the Dutch answers lang="nl" on an Arabic page, and the theme names as the page language', async () => {
    const { el } = await open('/vragen', 'ar');
    const section = el.querySelector<HTMLElement>('section[aria-labelledby="faq-money"]')!;
    expect([section.lang, section.dir]).toEqual(['nl', 'ltr']);
    const heading = section.querySelector<HTMLElement>('h2')!;
    expect([heading.lang, heading.dir]).toEqual(['ar', 'rtl']);
    expect(section.querySelector('#vraag-knop-a1')?.closest('[lang]')?.getAttribute('lang')).toBe('nl');
  });

  it('opens the answer a search hit links to (#vraag-<id>)', async () => {
    const { el } = await open('/vragen#vraag-b2');
    expect(el.querySelector('#vraag-knop-b2')?.getAttribute('aria-expanded')).toBe('true');
    expect(el.querySelector<HTMLElement>('#antwoord-b2')!.hidden).toBe(false);
    expect(el.querySelector('#vraag-knop-a1')?.getAttribute('aria-expanded')).toBe('false');
  });
});
