import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import type { EditorArticle, EditorArticleSummary } from '@nabij/library/contracts';
import { LibraryEditorPage } from './library-editor.page';

const SUMMARY: EditorArticleSummary = {
  id: 'a1',
  slug: 'schulden-wat-kun-je-zelf-doen',
  theme: 'money',
  status: 'published',
  title: 'Schulden: wat kun je zelf doen?',
  hasDraft: false,
  updatedAt: '2026-11-30T09:00:00.000Z',
  publishedAt: '2026-11-30T09:00:00.000Z',
};
const ARTICLE: EditorArticle = {
  ...SUMMARY,
  audiences: ['adults'],
  nl: { title: SUMMARY.title, summary: 'Wat je zelf kunt doen.', body: '## Open je post' },
  en: { title: 'Debts: what can you do yourself?', summary: 'What you can do.', body: '## Open your post' },
  translations: [],
};

describe('LibraryEditorPage', () => {
  let http: HttpTestingController;

  async function start(): Promise<RouterTestingHarness> {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([{ path: 'bibliotheek/beheer', component: LibraryEditorPage }]),
      ],
    });
    http = TestBed.inject(HttpTestingController);
    return RouterTestingHarness.create('/bibliotheek/beheer');
  }

  async function open(): Promise<{ harness: RouterTestingHarness; el: HTMLElement }> {
    const harness = await start();
    http.expectOne('/api/library/editor/articles').flush([SUMMARY]);
    await harness.fixture.whenStable();
    http
      .expectOne('/api/library/editor/missed-searches')
      .flush([{ lang: 'nl', query: 'energietoeslag', count: 3, lastAt: '2026-11-30T09:00:00.000Z' }]);
    await harness.fixture.whenStable();
    http.expectOne('/api/library/editor/most-read').flush([{ slug: SUMMARY.slug, title: SUMMARY.title, theme: 'money', reads: 42 }]);
    await harness.fixture.whenStable();
    harness.detectChanges();
    return { harness, el: harness.routeNativeElement as HTMLElement };
  }

  async function settle(harness: RouterTestingHarness): Promise<void> {
    await harness.fixture.whenStable();
    harness.detectChanges();
  }

  it('lists the articles with their status, the ones read most and the searches that found nothing', async () => {
    const { el } = await open();
    expect(el.querySelector('.editor-list li')?.textContent).toContain('Gepubliceerd');
    expect(el.querySelector('.editor-list button')?.getAttribute('aria-label')).toBe('Bewerken: Schulden: wat kun je zelf doen?');
    expect([...el.querySelectorAll('#most-read td')].map((td) => td.textContent)).toEqual([SUMMARY.title, 'Geld en schulden', '42']);
    expect([...el.querySelectorAll('.editor-table:not(#most-read) td')].map((td) => td.textContent)).toEqual(['energietoeslag', 'nl', '3']);
  });

  it('names the empty fields of a new article and sends nothing', async () => {
    const { harness, el } = await open();
    [...el.querySelectorAll<HTMLButtonElement>('button')].find((b) => b.textContent?.trim() === 'Nieuw artikel')!.click();
    harness.detectChanges();
    el.querySelector<HTMLButtonElement>('form button[type=submit]')!.click();
    await settle(harness);
    expect(el.querySelector('#editor-slug')?.getAttribute('aria-invalid')).toBe('true');
    expect(el.querySelector('#editor-nl-title')?.getAttribute('aria-invalid')).toBe('true');
    expect(el.querySelector('#editor-en-body')?.getAttribute('aria-invalid')).toBe('true');
    http.expectNone('/api/library/editor/articles');
  });

  it('edits an article, shows the preview from the API and takes it offline', async () => {
    const { harness, el } = await open();
    el.querySelector<HTMLButtonElement>('.editor-list button')!.click();
    http.expectOne('/api/library/editor/articles/a1').flush(ARTICLE);
    await settle(harness);
    expect(el.querySelector<HTMLInputElement>('#editor-slug')?.value).toBe('schulden-wat-kun-je-zelf-doen');
    [...el.querySelectorAll<HTMLButtonElement>('button')].find((b) => b.textContent?.includes('Voorbeeld'))!.click();
    const preview = http.expectOne('/api/library/editor/preview');
    expect(preview.request.body).toEqual({ markdown: '## Open je post' });
    preview.flush({ html: '<h2>Open je post</h2>' });
    await settle(harness);
    expect(el.querySelector('.editor-preview h2 + div h2')?.textContent).toBe('Open je post');
    [...el.querySelectorAll<HTMLButtonElement>('button')].find((b) => b.textContent?.trim() === 'Offline halen')!.click();
    http.expectOne('/api/library/editor/articles/a1/unpublish').flush({ ...ARTICLE, status: 'draft', publishedAt: null });
    await settle(harness);
    expect(el.textContent).toContain('Offline gehaald.');
    expect([...el.querySelectorAll('button')].map((b) => b.textContent?.trim())).toContain('Publiceren');
  });

  it('saves a published article as a draft, says readers still see the published text, and discards the changes', async () => {
    const { harness, el } = await open();
    el.querySelector<HTMLButtonElement>('.editor-list button')!.click();
    http.expectOne('/api/library/editor/articles/a1').flush(ARTICLE);
    await settle(harness);
    expect(el.querySelector('#editor-draft-note')?.textContent).toContain('Wat je opslaat, blijft een concept');
    el.querySelector<HTMLButtonElement>('form button[type=submit]')!.click();
    const changed = { ...ARTICLE, hasDraft: true, nl: { ...ARTICLE.nl, title: 'Schulden: zo begin je' } };
    http.expectOne('/api/library/editor/articles/a1').flush(changed);
    await settle(harness);
    expect(el.textContent).toContain('Opgeslagen als concept. Lezers zien nog de gepubliceerde tekst.');
    expect(el.querySelector('#editor-draft-note')?.textContent).toContain('Er staan wijzigingen klaar');
    [...el.querySelectorAll<HTMLButtonElement>('button')].find((b) => b.textContent?.trim() === 'Wijzigingen weggooien')!.click();
    const discard = http.expectOne('/api/library/editor/articles/a1/draft');
    expect(discard.request.method).toBe('DELETE');
    discard.flush(ARTICLE);
    await settle(harness);
    expect(el.textContent).toContain('De wijzigingen zijn weggegooid.');
    expect(el.querySelector<HTMLInputElement>('#editor-nl-title')?.value).toBe(ARTICLE.nl.title);
    expect([...el.querySelectorAll('button')].map((b) => b.textContent?.trim())).not.toContain('Wijzigingen publiceren');
  });

  it('shows a taken address at the slug field (409)', async () => {
    const { harness, el } = await open();
    el.querySelector<HTMLButtonElement>('.editor-list button')!.click();
    http.expectOne('/api/library/editor/articles/a1').flush(ARTICLE);
    await settle(harness);
    el.querySelector<HTMLButtonElement>('form button[type=submit]')!.click();
    const req = http.expectOne('/api/library/editor/articles/a1');
    expect(req.request.method).toBe('PUT');
    expect(req.request.body).toMatchObject({ slug: ARTICLE.slug, theme: 'money', audiences: ['adults'], nl: ARTICLE.nl, en: ARTICLE.en });
    req.flush({ statusCode: 409, error: 'Conflict', message: 'x', code: 'slug_taken' }, { status: 409, statusText: 'Conflict' });
    await settle(harness);
    expect(el.querySelector('#editor-slug-error')?.textContent).toContain('Een ander artikel heeft dit adres al.');
  });

  it('tells a worker without the editor right whom to ask (403), and shows no articles', async () => {
    const harness = await start();
    http.expectOne('/api/library/editor/articles').flush({ statusCode: 403, message: 'no' }, { status: 403, statusText: 'Forbidden' });
    await settle(harness);
    const el = harness.routeNativeElement as HTMLElement;
    expect(el.textContent).toContain('Vraag het aan een beheerder van je organisatie');
    expect(el.querySelectorAll('.editor-list li').length).toBe(0);
  });

  it('writes an Arabic translation right to left as a draft, publishes it, and switches to Turkish', async () => {
    const { harness, el } = await open();
    el.querySelector<HTMLButtonElement>('.editor-list button')!.click();
    http.expectOne('/api/library/editor/articles/a1').flush(ARTICLE);
    await settle(harness);
    const none = { articleId: 'a1', text: { title: '', summary: '', body: '' }, hasDraft: false, updatedAt: null, publishedAt: null };
    http.expectOne('/api/library/editor/articles/a1/translations/ar').flush({ ...none, lang: 'ar', status: null });
    await settle(harness);
    expect(el.querySelector('#translation-status')?.textContent).toContain('Nog geen vertaling in deze taal');
    const title = el.querySelector<HTMLInputElement>('#translation-title-field')!;
    expect(title.getAttribute('dir')).toBe('rtl');
    const text = { title: 'الديون', summary: 'ماذا تفعل؟', body: '## ابدأ هنا' };
    for (const [id, value] of [
      ['#translation-title-field', text.title],
      ['#translation-summary', text.summary],
      ['#translation-body', text.body],
    ]) {
      const field = el.querySelector<HTMLInputElement | HTMLTextAreaElement>(id)!;
      field.value = value;
      field.dispatchEvent(new Event('input'));
    }
    el.querySelector<HTMLButtonElement>('.editor-translation button[type=submit]')!.click();
    const put = http.expectOne('/api/library/editor/articles/a1/translations/ar');
    expect(put.request.method).toBe('PUT');
    expect(put.request.body).toEqual(text);
    put.flush({ ...none, lang: 'ar', status: 'draft', text, updatedAt: '2026-11-30T09:00:00.000Z' });
    await settle(harness);
    expect(el.querySelector('#translation-status')?.textContent).toContain('Concept');
    [...el.querySelectorAll<HTMLButtonElement>('.editor-translation button')]
      .find((b) => b.textContent?.trim() === 'Vertaling publiceren')!
      .click();
    const publish = http.expectOne('/api/library/editor/articles/a1/translations/ar/publish');
    expect(publish.request.method).toBe('POST');
    publish.flush({ ...none, lang: 'ar', status: 'published', text, publishedAt: '2026-11-30T09:00:00.000Z' });
    await settle(harness);
    expect(el.textContent).toContain('De vertaling is gepubliceerd.');
    const select = el.querySelector<HTMLSelectElement>('#translation-lang')!;
    select.value = 'tr';
    select.dispatchEvent(new Event('change'));
    await settle(harness);
    http.expectOne('/api/library/editor/articles/a1/translations/tr').flush({ ...none, lang: 'tr', status: null });
    await settle(harness);
    expect(el.querySelector('#translation-title-field')?.getAttribute('dir')).toBe('auto');
  });
});
