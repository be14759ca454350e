import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import type { Article, ContentLang } from '@nabij/library/contracts';
import { I18n } from '@nabij/platform/portal';
import { ArticlePage } from './article.page';

/** Issue 17: the article page asks in the reader's language and says so when it shows Dutch instead. */
describe('ArticlePage languages', () => {
  let http: HttpTestingController;

  async function open(lang: string): Promise<{ harness: RouterTestingHarness; el: HTMLElement }> {
    localStorage.clear();
    localStorage.setItem('nabij.lang', lang);
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([{ path: 'bibliotheek/:slug', component: ArticlePage }], withComponentInputBinding()),
      ],
    });
    http = TestBed.inject(HttpTestingController);
    const harness = await RouterTestingHarness.create('/bibliotheek/schulden-wat-kun-je-zelf-doen');
    return { harness, el: harness.routeNativeElement as HTMLElement };
  }

  function article(shownIn: ContentLang, requested: ContentLang, title: string): Article {
    return {
      slug: 'schulden-wat-kun-je-zelf-doen',
      theme: 'money',
      audiences: ['adults'],
      title,
      summary: 'Samenvatting.',
      html: '<p>Tekst.</p>',
      updatedAt: '2026-11-30T09:00:00.000Z',
      shownIn,
      requested,
    };
  }

  async function answer(harness: RouterTestingHarness, lang: string, body: Article): Promise<void> {
    const req = http.expectOne((r) => r.url.startsWith('/api/library/articles/'));
    expect(req.request.urlWithParams).toBe(`/api/library/articles/schulden-wat-kun-je-zelf-doen?lang=${lang}`);
    req.flush(body);
    await TestBed.inject(I18n).ready();
    await harness.fixture.whenStable();
    harness.detectChanges();
  }

  afterEach(() => http.verify());

  it('tells a Polish reader, in Polish, that the article is shown in Dutch, and marks the text as Dutch', async () => {
    const { harness, el } = await open('pl');
    await answer(harness, 'pl', article('nl', 'pl', 'Schulden: wat kun je zelf doen?'));
    const note = el.querySelector('[role="note"]');
    expect(note?.textContent?.trim()).toBe('Tego artykułu nie ma jeszcze po polsku. Czytasz tekst po niderlandzku.');
    const body = el.querySelector('article');
    expect(body?.getAttribute('lang')).toBe('nl');
    expect(body?.getAttribute('dir')).toBe('ltr');
  });

  it('shows an Arabic reader a Dutch article left to right on the right-to-left page, with the note in Arabic', async () => {
    const { harness, el } = await open('ar');
    await answer(harness, 'ar', article('nl', 'ar', 'Schulden: wat kun je zelf doen?'));
    expect(document.documentElement.dir).toBe('rtl');
    expect(el.querySelector('[role="note"]')?.textContent).toContain('غير متوفر بالعربية');
    expect(el.querySelector('article')?.getAttribute('dir')).toBe('ltr');
  });

  it('shows a translated article without a note, right to left for Arabic', async () => {
    const { harness, el } = await open('ar');
    await answer(harness, 'ar', article('ar', 'ar', 'الديون: ماذا يمكنك أن تفعل بنفسك؟'));
    expect(el.querySelector('[role="note"]')).toBeNull();
    expect(el.querySelector('h1')?.textContent).toBe('الديون: ماذا يمكنك أن تفعل بنفسك؟');
    expect(el.querySelector('article')?.getAttribute('dir')).toBe('rtl');
  });

  it('shows a Dutch reader no note', async () => {
    const { harness, el } = await open('nl');
    await answer(harness, 'nl', article('nl', 'nl', 'Schulden: wat kun je zelf doen?'));
    expect(el.querySelector('[role="note"]')).toBeNull();
  });
});
