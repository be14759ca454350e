import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import type { EditorFaqTranslation } from '@nabij/library/contracts';
import { FaqTranslationEditorComponent } from './faq-translation-editor.component';

const ARABIC: EditorFaqTranslation = {
  faqId: 'f1',
  lang: 'ar',
  question: 'هل تكلّف المساعدة مالًا؟',
  answer: 'لا. المساعدة **مجانية**.',
  updatedAt: '2026-11-30T09:00:00.000Z',
};

describe('FaqTranslationEditorComponent', () => {
  let http: HttpTestingController;

  async function setup() {
    localStorage.clear();
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    http = TestBed.inject(HttpTestingController);
    const fixture = TestBed.createComponent(FaqTranslationEditorComponent);
    fixture.componentRef.setInput('faqId', 'f1');
    const el = fixture.nativeElement as HTMLElement;
    const settle = async () => {
      for (let i = 0; i < 3; i++) {
        await new Promise((r) => setTimeout(r));
        await fixture.whenStable();
      }
    };
    await settle();
    http.expectOne('/api/library/editor/faq/f1/translations').flush([ARABIC]);
    await settle();
    return { el, settle };
  }
  const button = (el: HTMLElement, text: string) =>
    [...el.querySelectorAll<HTMLButtonElement>('button')].find((b) => b.textContent?.trim() === text)!;
  const choose = (el: HTMLElement, lang: string) => {
    const select = el.querySelector<HTMLSelectElement>('#faq-translation-lang')!;
    select.value = lang;
    select.dispatchEvent(new Event('change'));
  };

  afterEach(() => http.verify());

  it('shows the Arabic translation right to left, and an empty Turkish form when there is none', async () => {
    const { el, settle } = await setup();
    const question = el.querySelector<HTMLInputElement>('#faq-translation-question')!;
    expect(question.value).toBe(ARABIC.question);
    expect(question.getAttribute('dir')).toBe('rtl');
    expect(el.querySelector('form')?.getAttribute('lang')).toBe('ar');
    expect(el.querySelector('#faq-translation-status')?.textContent?.trim()).toBe('Er is een vertaling in deze taal');
    choose(el, 'tr');
    await settle();
    expect(el.querySelector<HTMLInputElement>('#faq-translation-question')!.value).toBe('');
    expect(el.querySelector('#faq-translation-question')?.getAttribute('dir')).toBe('auto');
    expect(el.querySelector('#faq-translation-status')?.textContent?.trim()).toBe('Nog geen vertaling in deze taal');
    expect(button(el, 'Vertaling verwijderen')).toBeUndefined();
  });

  it('saves a Turkish translation and deletes it again', async () => {
    const { el, settle } = await setup();
    choose(el, 'tr');
    await settle();
    const question = el.querySelector<HTMLInputElement>('#faq-translation-question')!;
    const answer = el.querySelector<HTMLTextAreaElement>('#faq-translation-answer')!;
    question.value = 'Yardım para ister mi?';
    question.dispatchEvent(new Event('input'));
    answer.value = 'Hayır. Yardım ücretsizdir.';
    answer.dispatchEvent(new Event('input'));
    button(el, 'Opslaan').click();
    const put = http.expectOne((r) => r.method === 'PUT' && r.url === '/api/library/editor/faq/f1/translations/tr');
    expect(put.request.body).toEqual({ question: 'Yardım para ister mi?', answer: 'Hayır. Yardım ücretsizdir.' });
    put.flush({ ...ARABIC, lang: 'tr', ...put.request.body });
    await settle();
    expect(el.textContent).toContain('De vertaling is opgeslagen.');
    button(el, 'Vertaling verwijderen').click();
    http
      .expectOne((r) => r.method === 'DELETE' && r.url === '/api/library/editor/faq/f1/translations/tr')
      .flush(null, { status: 204, statusText: 'No Content' });
    await settle();
    expect(el.textContent).toContain('Lezers zien weer de Nederlandse tekst');
    expect(el.querySelector<HTMLInputElement>('#faq-translation-question')!.value).toBe('');
  });

  it('names empty fields and sends nothing; a 400 marks the field the API names', async () => {
    const { el, settle } = await setup();
    choose(el, 'pl');
    await settle();
    button(el, 'Opslaan').click();
    await settle();
    expect(el.querySelector('#faq-translation-question')?.getAttribute('aria-invalid')).toBe('true');
    expect(el.querySelector('#faq-translation-answer')?.getAttribute('aria-invalid')).toBe('true');
    http.expectNone((r) => r.method === 'PUT');
    for (const id of ['#faq-translation-question', '#faq-translation-answer']) {
      const field = el.querySelector<HTMLInputElement>(id)!;
      field.value = 'Tekst ⟦';
      field.dispatchEvent(new Event('input'));
    }
    button(el, 'Opslaan').click();
    http
      .expectOne((r) => r.method === 'PUT' && r.url === '/api/library/editor/faq/f1/translations/pl')
      .flush({ statusCode: 400, message: 'x', fields: { question: ['reserved'] } }, { status: 400, statusText: 'Bad Request' });
    await settle();
    expect(el.querySelector('#faq-translation-question')?.getAttribute('aria-invalid')).toBe('true');
    expect(el.querySelector('#faq-translation-answer')?.getAttribute('aria-invalid')).not.toBe('true');
  });
});
