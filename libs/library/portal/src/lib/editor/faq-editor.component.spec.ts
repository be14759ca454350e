import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import type { EditorFaq, EditorFaqSummary } from '@nabij/library/contracts';
import { FaqEditorComponent } from './faq-editor.component';

const SUMMARY: EditorFaqSummary = {
  id: 'f1',
  theme: 'money',
  status: 'published',
  question: 'Kost de hulp geld?',
  hasDraft: false,
  updatedAt: '2026-11-30T09:00:00.000Z',
};
const TEXTS = {
  theme: 'money' as const,
  nl: { question: 'Kost de hulp geld?', answer: 'Nee, de hulp is **gratis**.' },
  en: { question: 'Does help cost money?', answer: 'No, help is **free**.' },
};
const ENTRY: EditorFaq = {
  id: 'f1',
  status: 'published',
  published: TEXTS,
  draft: null,
  updatedAt: SUMMARY.updatedAt,
  publishedAt: SUMMARY.updatedAt,
};

describe('FaqEditorComponent', () => {
  let http: HttpTestingController;

  async function setup() {
    localStorage.clear();
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    http = TestBed.inject(HttpTestingController);
    const fixture = TestBed.createComponent(FaqEditorComponent);
    const el = fixture.nativeElement as HTMLElement;
    const settle = async () => {
      for (let i = 0; i < 3; i++) {
        await new Promise((r) => setTimeout(r));
        await fixture.whenStable();
      }
    };
    http.expectOne('/api/library/editor/faq').flush([SUMMARY, { ...SUMMARY, id: 'f2', question: 'Wat is Veilig Thuis?', hasDraft: true }]);
    await settle();
    return { el, settle };
  }
  const button = (el: HTMLElement, text: string) =>
    [...el.querySelectorAll<HTMLButtonElement>('button')].find((b) => b.textContent?.trim() === text)!;

  it('lists the questions with their status and whether a draft waits', async () => {
    const { el } = await setup();
    const items = [...el.querySelectorAll('.editor-list li')].map((li) => li.textContent?.replace(/\s+/g, ' ').trim());
    expect(items[0]).toContain('Gepubliceerd');
    expect(items[0]).not.toContain('met concept');
    expect(items[1]).toContain('met concept');
    expect(el.querySelector('.editor-list button')?.getAttribute('aria-label')).toBe('Bewerken: Kost de hulp geld?');
  });

  it('saves a change of a published question as a draft and says visitors still see the published one', async () => {
    const { el, settle } = await setup();
    (el.querySelector('.editor-list button') as HTMLButtonElement).click();
    http.expectOne('/api/library/editor/faq/f1').flush(ENTRY);
    await settle();
    const question = el.querySelector<HTMLInputElement>('#faq-nl-question')!;
    expect(question.value).toBe('Kost de hulp geld?');
    question.value = 'Moet ik betalen voor hulp?';
    question.dispatchEvent(new Event('input'));
    button(el, 'Concept opslaan').click();
    const req = http.expectOne((r) => r.method === 'PUT' && r.url === '/api/library/editor/faq/f1');
    expect(req.request.body).toEqual({ ...TEXTS, nl: { ...TEXTS.nl, question: 'Moet ik betalen voor hulp?' } });
    req.flush({ ...ENTRY, draft: req.request.body });
    await settle();
    expect(el.textContent).toContain('Bezoekers zien nog de gepubliceerde versie');
    button(el, 'Publiceren').click();
    http
      .expectOne((r) => r.method === 'POST' && r.url === '/api/library/editor/faq/f1/publish')
      .flush({ ...ENTRY, published: req.request.body });
    await settle();
    expect(el.querySelector('[role=status]')?.textContent).toContain('Iedereen ziet deze vraag nu');
  });

  it('previews the Dutch answer as the public FAQ renders it (the API renderer)', async () => {
    const { el, settle } = await setup();
    (el.querySelector('.editor-list button') as HTMLButtonElement).click();
    http.expectOne('/api/library/editor/faq/f1').flush(ENTRY);
    await settle();
    button(el, 'Voorbeeld van de Nederlandse tekst').click();
    const req = http.expectOne('/api/library/editor/preview');
    expect(req.request.body).toEqual({ markdown: TEXTS.nl.answer });
    req.flush({ html: '<p><strong>Nee</strong>, de hulp is gratis.</p>' });
    await settle();
    expect(el.querySelector('.editor-preview strong')?.textContent).toBe('Nee');
    expect(el.querySelector('.editor-preview')?.getAttribute('aria-live')).toBe('polite');
  });

  it('names the empty fields of a new question and sends nothing; a 400 from the API marks the field it names', async () => {
    const { el, settle } = await setup();
    button(el, 'Nieuwe vraag').click();
    await settle();
    button(el, 'Concept opslaan').click();
    await settle();
    expect(el.querySelector('#faq-nl-question')?.getAttribute('aria-invalid')).toBe('true');
    expect(el.querySelector('#faq-en-answer')?.getAttribute('aria-invalid')).toBe('true');
    http.expectNone((r) => r.method === 'POST');
    for (const id of ['#faq-nl-question', '#faq-nl-answer', '#faq-en-question', '#faq-en-answer']) {
      const field = el.querySelector<HTMLInputElement>(id)!;
      field.value = 'Tekst ⟦';
      field.dispatchEvent(new Event('input'));
    }
    button(el, 'Concept opslaan').click();
    http
      .expectOne((r) => r.method === 'POST' && r.url === '/api/library/editor/faq')
      .flush({ statusCode: 400, message: 'x', fields: { 'nl.answer': ['reserved'] } }, { status: 400, statusText: 'Bad Request' });
    await settle();
    expect(el.querySelector('#faq-nl-answer')?.getAttribute('aria-invalid')).toBe('true');
    expect(el.querySelector('#faq-nl-question')?.getAttribute('aria-invalid')).not.toBe('true');
    expect(el.textContent).toContain('Controleer de velden');
  });
});
