import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import type { AuthoringModule, EditorModuleTranslation } from '@nabij/trainings/contracts';
import { ModuleTranslationEditorComponent } from './module-translation-editor.component';

const MODULE: AuthoringModule = {
  id: 'm1',
  position: 1,
  title: 'Hoe gaat het nu met je geld?',
  intro: 'We beginnen bij jou.',
  requiresFeedback: false,
  steps: [
    { id: 's1', position: 1, kind: 'text', title: 'Lezen: geldzorgen', content: { body: '## Je bent niet de enige' } },
    { id: 's2', position: 2, kind: 'self_test', title: 'Test: hoe sta jij ervoor?', content: { intro: '', questions: [], bands: [] } },
    {
      id: 's3',
      position: 3,
      kind: 'video',
      title: 'Filmpje: Sanne opent haar post',
      content: { url: null, fileRef: null, captions: 'Verteller: Sanne.' },
    },
  ] as unknown as AuthoringModule['steps'],
};

/** Issue 17: translating a module's texts in the course editor. */
describe('ModuleTranslationEditorComponent', () => {
  let http: HttpTestingController;

  async function open() {
    localStorage.clear();
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    http = TestBed.inject(HttpTestingController);
    const fixture = TestBed.createComponent(ModuleTranslationEditorComponent);
    fixture.componentRef.setInput('module', MODULE);
    fixture.detectChanges();
    const el = fixture.nativeElement as HTMLElement;
    const settle = async () => {
      for (let i = 0; i < 3; i++) {
        await new Promise((resolve) => setTimeout(resolve));
        await fixture.whenStable();
        fixture.detectChanges();
      }
    };
    return { fixture, el, settle };
  }

  const none = (lang: 'ar' | 'tr' | 'pl'): EditorModuleTranslation => ({
    moduleId: 'm1',
    lang,
    status: null,
    text: null,
    hasDraft: false,
    updatedAt: null,
    publishedAt: null,
  });

  it('writes an Arabic translation right to left, sends the step texts, and switches language', async () => {
    const { el, settle } = await open();
    const toggle = el.querySelector<HTMLButtonElement>('button[aria-expanded]')!;
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    toggle.click();
    await settle();
    http.expectOne('/api/training-modules/m1/translations/ar').flush(none('ar'));
    await settle();
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(el.textContent).toContain('Nog geen vertaling in deze taal.');
    const title = el.querySelector<HTMLInputElement>('#translate-title-m1')!;
    expect(title.getAttribute('dir')).toBe('rtl');
    // A body field only for the reading step.
    expect(el.querySelector('#translate-body-s1')).not.toBeNull();
    expect(el.querySelector('#translate-body-s2')).toBeNull();
    // A written-version field only for the film.
    expect(el.querySelector('#translate-captions-s3')).not.toBeNull();
    expect(el.querySelector('#translate-captions-s1')).toBeNull();
    const fill = (selector: string, value: string) => {
      const field = el.querySelector<HTMLInputElement | HTMLTextAreaElement>(selector)!;
      field.value = value;
      field.dispatchEvent(new Event('input'));
    };
    fill('#translate-title-m1', 'كيف حال أموالك الآن؟');
    fill('#translate-intro-m1', 'نبدأ بك أنت.');
    fill('#translate-step-s1', 'قراءة');
    fill('#translate-body-s1', '## لست وحدك');
    fill('#translate-step-s3', 'فيلم: سان تفتح بريدها');
    fill('#translate-captions-s3', 'الراوي: هذه سان.');
    await settle();
    el.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
    await settle();
    const put = http.expectOne('/api/training-modules/m1/translations/ar');
    expect(put.request.method).toBe('PUT');
    expect(put.request.body).toEqual({
      title: 'كيف حال أموالك الآن؟',
      intro: 'نبدأ بك أنت.',
      steps: [
        { stepId: 's1', title: 'قراءة', body: '## لست وحدك' },
        { stepId: 's3', title: 'فيلم: سان تفتح بريدها', captions: 'الراوي: هذه سان.' },
      ],
    });
    put.flush({ ...none('ar'), status: 'draft', text: put.request.body, updatedAt: '2026-12-01T10:00:00.000Z' });
    await settle();
    expect(el.textContent).toContain('Vertaling opgeslagen.');
    expect(el.textContent).toContain('Concept: deelnemers zien het nog niet');

    const select = el.querySelector<HTMLSelectElement>('#translate-lang-m1')!;
    select.value = 'tr';
    select.dispatchEvent(new Event('change'));
    await settle();
    http.expectOne('/api/training-modules/m1/translations/tr').flush(none('tr'));
    await settle();
    expect(el.querySelector('#translate-title-m1')?.getAttribute('dir')).toBe('auto');
    http.verify();
  });

  it('sends a self-test’s translated texts back unchanged when the titles are saved, so they are not lost', async () => {
    const { el, settle } = await open();
    el.querySelector<HTMLButtonElement>('button[aria-expanded]')!.click();
    await settle();
    const selfTest = {
      intro: 'Pomyśl o ostatnich trzech miesiącach.',
      questions: [{ id: 'q4', text: 'Czy wiesz, ile pieniędzy dostajesz co miesiąc?', options: [{ id: 'a', label: 'Tak, dokładnie.' }] }],
      bands: [{ title: 'Może być lepiej', text: 'Czasem trudno ci związać koniec z końcem.' }],
    };
    http.expectOne('/api/training-modules/m1/translations/ar').flush({
      ...none('ar'),
      status: 'published',
      text: { title: 'عنوان', intro: '', steps: [{ stepId: 's2', title: 'اختبار', selfTest }] },
      updatedAt: '2026-12-01T10:00:00.000Z',
      publishedAt: '2026-12-01T10:00:00.000Z',
    });
    await settle();
    const step = el.querySelector<HTMLInputElement>('#translate-step-s2')!;
    step.value = 'اختبار: كيف هو وضعك؟';
    step.dispatchEvent(new Event('input'));
    await settle();
    el.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
    await settle();
    const put = http.expectOne('/api/training-modules/m1/translations/ar');
    expect(put.request.body.steps).toEqual([{ stepId: 's2', title: 'اختبار: كيف هو وضعك؟', selfTest }]);
    put.flush({ ...none('ar'), status: 'published', hasDraft: true, text: put.request.body, updatedAt: '2026-12-01T11:00:00.000Z' });
    await settle();
    http.verify();
  });
});
