import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import type { ContentLang, Exercise } from '@nabij/library/contracts';
import { I18n } from '@nabij/platform/portal';
import { ExercisePage } from './exercise.page';

/** Issue 17: a printable exercise is asked in the reader's language; shown in Dutch, it says so and is marked Dutch. */
describe('ExercisePage languages', () => {
  let http: HttpTestingController;

  async function open(lang: string, shownIn: ContentLang, title: string): Promise<HTMLElement> {
    localStorage.clear();
    localStorage.setItem('nabij.lang', lang);
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([{ path: 'oefeningen/:slug', component: ExercisePage }], withComponentInputBinding()),
      ],
    });
    http = TestBed.inject(HttpTestingController);
    const harness = await RouterTestingHarness.create('/oefeningen/energiemeter');
    const req = http.expectOne((r) => r.url.startsWith('/api/library/exercises/'));
    expect(req.request.urlWithParams).toBe(`/api/library/exercises/energiemeter?lang=${lang}`);
    const body: Exercise = {
      slug: 'energiemeter',
      theme: 'stress',
      title,
      summary: 'Samenvatting.',
      html: '<table><tr><td>Maandag</td></tr></table>',
      shownIn,
      requested: lang as ContentLang,
    };
    req.flush(body);
    await TestBed.inject(I18n).ready();
    await harness.fixture.whenStable();
    harness.detectChanges();
    return harness.routeNativeElement as HTMLElement;
  }

  afterEach(() => http.verify());

  it('tells a Turkish reader the exercise is shown in Dutch, and marks the sheet as Dutch, left to right', async () => {
    const el = await open('tr', 'nl', 'Energiemeter: wat geeft je energie en wat kost het?');
    const note = el.querySelector('[role="note"]');
    expect(note?.textContent?.trim()).toBe(TestBed.inject(I18n).t('contentLang.exerciseNote'));
    expect(note?.textContent?.trim()).not.toBe('');
    const sheet = el.querySelector('article');
    expect(sheet?.getAttribute('lang')).toBe('nl');
    expect(sheet?.getAttribute('dir')).toBe('ltr');
    expect(sheet?.querySelector('table')).not.toBeNull();
  });

  it('gives an Arabic reader a Dutch sheet left to right on the right-to-left page, with the note', async () => {
    const el = await open('ar', 'nl', 'Energiemeter: wat geeft je energie en wat kost het?');
    expect(document.documentElement.dir).toBe('rtl');
    expect(el.querySelector('[role="note"]')).not.toBeNull();
    expect(el.querySelector('article')?.getAttribute('dir')).toBe('ltr');
    // The page's own texts on the Dutch sheet stay in the page's language.
    expect(el.querySelector('article button')?.getAttribute('lang')).toBe('ar');
  });

  it('shows a translated exercise without a note, right to left for Arabic', async () => {
    const el = await open('ar', 'ar', 'مقياس الطاقة: ما الذي يعطيك طاقة، وما الذي يأخذها منك؟');
    expect(el.querySelector('[role="note"]')).toBeNull();
    expect(el.querySelector('h1')?.textContent).toBe('مقياس الطاقة: ما الذي يعطيك طاقة، وما الذي يأخذها منك؟');
    expect(el.querySelector('article')?.getAttribute('lang')).toBe('ar');
    expect(el.querySelector('article')?.getAttribute('dir')).toBe('rtl');
  });

  it('shows a Dutch reader no note', async () => {
    const el = await open('nl', 'nl', 'Energiemeter: wat geeft je energie en wat kost het?');
    expect(el.querySelector('[role="note"]')).toBeNull();
    expect(el.querySelector('article')?.getAttribute('lang')).toBe('nl');
  });
});
