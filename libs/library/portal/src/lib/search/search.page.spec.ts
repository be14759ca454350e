import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { HIGHLIGHT_END as E, HIGHLIGHT_START as S, SearchResponse } from '@nabij/library/contracts';
import { SearchPage } from './search.page';

describe('SearchPage', () => {
  let http: HttpTestingController;

  async function open(url: string, lang = 'nl'): Promise<{ harness: RouterTestingHarness; el: HTMLElement }> {
    localStorage.clear();
    localStorage.setItem('nabij.lang', lang);
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([{ path: 'bibliotheek/zoeken', component: SearchPage }], withComponentInputBinding()),
      ],
    });
    http = TestBed.inject(HttpTestingController);
    const harness = await RouterTestingHarness.create(url);
    return { harness, el: harness.routeNativeElement as HTMLElement };
  }

  function answer(body: SearchResponse, q: string): void {
    const req = http.expectOne((r) => r.url.startsWith('/api/library/search'));
    expect(req.request.urlWithParams).toBe(`/api/library/search?q=${encodeURIComponent(q)}&lang=nl`);
    req.flush(body);
  }

  it('shows the hits with the matched words in <mark>, and any markup in a snippet as text', async () => {
    const { harness, el } = await open('/bibliotheek/zoeken?q=schulden');
    answer(
      {
        query: 'schulden',
        suggestion: null,
        hits: [
          {
            kind: 'article',
            ref: 'schulden-wat-kun-je-zelf-doen',
            theme: 'money',
            title: 'Schulden: wat kun je zelf doen?',
            snippet: `Heb je een ${S}schuld${E}? <b>Open</b> je post.`,
            shownIn: 'nl',
          },
          {
            kind: 'faq',
            ref: '6f1c1c5e-0000-4000-8000-000000000000',
            theme: 'money',
            title: 'Wat doet een deurwaarder?',
            snippet: `Bij ${S}schulden${E}.`,
            shownIn: 'nl',
          },
        ],
      },
      'schulden',
    );
    harness.detectChanges();
    expect(el.querySelector('h2')?.textContent).toContain('2 resultaten voor "schulden"');
    expect([...el.querySelectorAll('mark')].map((m) => m.textContent)).toEqual(['schuld', 'schulden']);
    expect(el.querySelector('.hit-list b')).toBeNull();
    expect(el.querySelector('.hit-list p')?.textContent).toBe('Heb je een schuld? <b>Open</b> je post.');
    const links = [...el.querySelectorAll<HTMLAnchorElement>('.hit-list a')].map((a) => a.getAttribute('href'));
    expect(links).toEqual(['/bibliotheek/schulden-wat-kun-je-zelf-doen', '/vragen#vraag-6f1c1c5e-0000-4000-8000-000000000000']);
  });

  it('offers the suggestion as a link when nothing is found', async () => {
    const { harness, el } = await open('/bibliotheek/zoeken?q=shulden');
    answer({ query: 'shulden', hits: [], suggestion: 'schulden' }, 'shulden');
    harness.detectChanges();
    expect(el.textContent).toContain('We vonden niets voor "shulden".');
    const suggestion = [...el.querySelectorAll<HTMLAnchorElement>('a')].find((a) => a.textContent === 'schulden');
    expect(suggestion?.getAttribute('href')).toBe('/bibliotheek/zoeken?q=schulden');
    // Still somewhere to go: the themes.
    expect(el.querySelectorAll('.theme-list a').length).toBe(8);
  });

  it('asks for a word instead of searching for nothing', async () => {
    const { harness, el } = await open('/bibliotheek/zoeken');
    http.expectNone((r) => r.url.startsWith('/api/library/search'));
    el.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
    harness.detectChanges();
    expect(el.querySelector('.field-error')?.textContent).toContain('Typ een woord om te zoeken.');
    expect(el.querySelector('input')?.getAttribute('aria-invalid')).toBe('true');
  });

  it('searches the English texts when English is chosen', async () => {
    const { harness, el } = await open('/bibliotheek/zoeken?q=debt', 'en');
    http.expectOne('/api/library/search?q=debt&lang=en').flush({ query: 'debt', hits: [], suggestion: null });
    harness.detectChanges();
    expect(el.textContent).toContain('We found nothing for "debt".');
    localStorage.clear();
  });
});
