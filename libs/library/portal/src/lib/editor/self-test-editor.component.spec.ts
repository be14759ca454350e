import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import type { EditorSelfTest, SelfTestContent } from '@nabij/library/contracts';
import { SelfTestEditorComponent } from './self-test-editor.component';

const t = (nl: string) => ({ nl, en: `${nl} (en)` });
const CONTENT: SelfTestContent = {
  title: t('Stresstest'),
  intro: t('Vijf vragen.'),
  questions: [
    {
      key: 'slaap',
      text: t('Slaap je goed?'),
      options: [
        { points: 0, label: t('Ja') },
        { points: 2, label: t('Nee') },
      ],
    },
  ],
  bands: [
    { key: 'laag', min: 0, max: 1, title: t('Rustig'), text: t('Goed zo.'), steps: [{ kind: 'chat' }] },
    { key: 'hoog', min: 2, max: 2, title: t('Druk'), text: t('Praat erover.'), steps: [{ kind: 'chat' }] },
  ],
};
const TEST: EditorSelfTest = { slug: 'stresstest', theme: 'stress', published: { version: 1, content: CONTENT }, draft: null };

describe('SelfTestEditorComponent', () => {
  let http: HttpTestingController;

  async function openTest(test: EditorSelfTest = TEST) {
    localStorage.clear();
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    http = TestBed.inject(HttpTestingController);
    const fixture = TestBed.createComponent(SelfTestEditorComponent);
    const el = fixture.nativeElement as HTMLElement;
    const settle = async () => {
      for (let i = 0; i < 3; i++) {
        await new Promise((r) => setTimeout(r));
        await fixture.whenStable();
      }
    };
    http
      .expectOne('/api/library/editor/self-tests')
      .flush([{ slug: 'stresstest', theme: 'stress', title: 'Stresstest', publishedVersion: 1, draftVersion: null }]);
    await settle();
    expect(el.querySelector('.editor-list li')?.textContent).toContain('versie 1');
    (el.querySelector('.editor-list button') as HTMLButtonElement).click();
    http.expectOne('/api/library/editor/self-tests/stresstest').flush(test);
    await settle();
    return { el, settle };
  }
  const button = (el: HTMLElement, text: string) =>
    [...el.querySelectorAll<HTMLButtonElement>('button')].find((b) => b.textContent?.trim() === text)!;
  const change = (el: HTMLElement, id: string, value: string) => {
    const input = el.querySelector<HTMLInputElement>(id)!;
    input.value = value;
    input.dispatchEvent(new Event('change'));
  };

  it('shows every text with a label, and saves the changed words and points as the next version’s draft', async () => {
    const { el, settle } = await openTest();
    expect(el.querySelector('label[for="st-q0-nl"]')?.textContent).toContain('Vraag 1 (nl)');
    expect(el.querySelector<HTMLInputElement>('#st-q0o1-nl')!.value).toBe('Nee');
    change(el, '#st-q0-nl', 'Slaap je de laatste tijd goed?');
    change(el, '#st-q0o1-points', '1');
    change(el, '#st-b0-max', '0');
    change(el, '#st-b1-min', '1');
    button(el, 'Concept opslaan').click();
    const req = http.expectOne((r) => r.method === 'PUT' && r.url === '/api/library/editor/self-tests/stresstest/draft');
    const sent = req.request.body.content as SelfTestContent;
    expect(sent.questions[0].text.nl).toBe('Slaap je de laatste tijd goed?');
    expect(sent.questions[0].options[1].points).toBe(1);
    expect(sent.bands.map((b) => [b.min, b.max])).toEqual([
      [0, 0],
      [1, 2],
    ]);
    // The published version the page got is not changed by editing the copy.
    expect(TEST.published!.content.questions[0].text.nl).toBe('Slaap je goed?');
    req.flush({ ...TEST, draft: { version: 2, content: sent } });
    await settle();
    expect(el.textContent).toContain('Je werkt aan versie 2. Bezoekers doen nog versie 1.');
    button(el, 'Publiceren').click();
    http.expectOne('/api/library/editor/self-tests/stresstest/publish').flush({ ...TEST, published: { version: 2, content: sent } });
    await settle();
    expect(el.querySelector('[role=status]')?.textContent).toContain('Gepubliceerd als versie 2');
  });

  it('adds an Arabic translation: a right-to-left field for every text, empty fields left out of the draft', async () => {
    const { el, settle } = await openTest();
    expect(el.querySelector('#st-title-ar')).toBeNull();
    button(el, 'Arabisch toevoegen').click();
    await settle();
    const title = el.querySelector<HTMLInputElement>('#st-title-ar')!;
    expect(el.querySelector('label[for="st-title-ar"]')?.textContent).toContain('Titel (ar)');
    expect([title.getAttribute('lang'), title.getAttribute('dir')]).toEqual(['ar', 'rtl']);
    expect(el.querySelector('#st-b1-text-ar')).not.toBeNull();
    expect(el.querySelector('#st-q0o1-tr')).toBeNull();
    change(el, '#st-title-ar', 'اختبار الضغط');
    change(el, '#st-q0-ar', '   ');
    button(el, 'Concept opslaan').click();
    const sent = http.expectOne((r) => r.method === 'PUT').request.body.content as SelfTestContent;
    expect(sent.title).toEqual({ nl: 'Stresstest', en: 'Stresstest (en)', ar: 'اختبار الضغط' });
    expect(sent.questions[0].text).toEqual({ nl: 'Slaap je goed?', en: 'Slaap je goed? (en)' });
  });

  it('shows the translations a version has, and removes one from every text', async () => {
    const withPolish = JSON.parse(JSON.stringify(CONTENT), (_key, value) =>
      value && typeof value === 'object' && typeof value.nl === 'string' ? { ...value, pl: `${value.nl} (pl)` } : value,
    ) as SelfTestContent;
    const { el, settle } = await openTest({ ...TEST, published: { version: 1, content: withPolish } });
    expect(el.querySelector<HTMLInputElement>('#st-q0o1-pl')!.value).toBe('Nee (pl)');
    expect(el.querySelector('#st-q0o1-pl')?.getAttribute('dir')).toBe('ltr');
    button(el, 'Pools weghalen').click();
    await settle();
    expect(el.querySelector('#st-q0o1-pl')).toBeNull();
    expect(button(el, 'Pools toevoegen')).toBeDefined();
    button(el, 'Concept opslaan').click();
    const sent = http.expectOne((r) => r.method === 'PUT').request.body.content as SelfTestContent;
    expect(sent).toEqual(CONTENT);
    // The version the API sent keeps its Polish.
    expect(withPolish.title.pl).toBe('Stresstest (pl)');
  });

  it('lists what the API found wrong (a score without a result) and keeps the form', async () => {
    const { el, settle } = await openTest();
    change(el, '#st-b1-min', '3');
    button(el, 'Concept opslaan').click();
    http
      .expectOne((r) => r.method === 'PUT')
      .flush(
        { statusCode: 400, message: 'x', fields: { content: ['score 2 falls in 0 bands'] } },
        { status: 400, statusText: 'Bad Request' },
      );
    await settle();
    const alert = el.querySelector('#st-problems');
    expect(alert?.getAttribute('role')).toBe('alert');
    expect(alert?.textContent).toContain('score 2 falls in 0 bands');
    expect(el.querySelector<HTMLInputElement>('#st-b1-min')!.value).toBe('3');
  });

  const byLabel = (el: HTMLElement, label: string) => el.querySelector<HTMLButtonElement>(`button[aria-label="${label}"]`)!;

  it('adds, moves and removes questions and answers, and saves them in that order', async () => {
    const { el, settle } = await openTest();
    button(el, 'Vraag toevoegen').click();
    await settle();
    change(el, '#st-q1-nl', 'Pieker je veel?');
    change(el, '#st-q1-en', 'Do you worry a lot?');
    byLabel(el, 'Antwoord toevoegen aan vraag 2').click();
    await settle();
    expect(el.querySelector<HTMLInputElement>('#st-q1o2-points')!.value).toBe('2');
    byLabel(el, 'Antwoord 1 van vraag 2 weghalen').click();
    await settle();
    byLabel(el, 'Vraag 2 omhoog').click();
    await settle();
    expect(el.querySelector<HTMLInputElement>('#st-q0-nl')!.value).toBe('Pieker je veel?');
    expect(byLabel(el, 'Vraag 1 omhoog').disabled).toBe(true);
    expect(el.textContent).toContain('Met deze vragen kan iemand 1 tot en met 4 punten halen.');
    button(el, 'Concept opslaan').click();
    const sent = http.expectOne((r) => r.method === 'PUT').request.body.content as SelfTestContent;
    expect(sent.questions.map((q) => q.key)).toEqual(['vraag-2', 'slaap']);
    expect(sent.questions[0].options.map((o) => o.points)).toEqual([1, 2]);
    expect(sent.questions[0].text).toEqual({ nl: 'Pieker je veel?', en: 'Do you worry a lot?' });
  });

  it('makes a new self-test with an address and a theme, its content starting with one question', async () => {
    localStorage.clear();
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    http = TestBed.inject(HttpTestingController);
    const fixture = TestBed.createComponent(SelfTestEditorComponent);
    const el = fixture.nativeElement as HTMLElement;
    http.expectOne('/api/library/editor/self-tests').flush([]);
    await fixture.whenStable();
    button(el, 'Nieuwe zelftest').click();
    await fixture.whenStable();
    expect(el.querySelector('#st-form-title')?.textContent).toContain('Nieuwe zelftest');
    change(el, '#st-slug', 'werkdruk-test');
    const theme = el.querySelector<HTMLSelectElement>('#st-theme')!;
    theme.value = 'work';
    theme.dispatchEvent(new Event('change'));
    change(el, '#st-title-nl', 'Werkdruk-test');
    button(el, 'Concept opslaan').click();
    const req = http.expectOne((r) => r.method === 'POST' && r.url === '/api/library/editor/self-tests');
    expect(req.request.body).toMatchObject({
      slug: 'werkdruk-test',
      theme: 'work',
      content: { title: { nl: 'Werkdruk-test' }, questions: [{ key: 'vraag-1' }], bands: [{ min: 0, max: 1, steps: [{ kind: 'chat' }] }] },
    });
  });

  it('discards a draft: the form shows the published version again', async () => {
    const { el, settle } = await openTest();
    change(el, '#st-title-nl', 'Stresstest nieuw');
    button(el, 'Concept opslaan').click();
    const put = http.expectOne((r) => r.method === 'PUT');
    put.flush({ ...TEST, draft: { version: 2, content: put.request.body.content } });
    await settle();
    button(el, 'Concept weggooien').click();
    const del = http.expectOne('/api/library/editor/self-tests/stresstest/draft');
    expect(del.request.method).toBe('DELETE');
    del.flush(TEST);
    await settle();
    expect(el.textContent).toContain('Het concept is weggegooid. Bezoekers doen versie 1.');
    expect(el.querySelector<HTMLInputElement>('#st-title-nl')!.value).toBe('Stresstest');
    expect(button(el, 'Concept weggooien')).toBeUndefined();
  });
});
