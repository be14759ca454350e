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

  async function openTest() {
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
    http.expectOne('/api/library/editor/self-tests/stresstest').flush(TEST);
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
});
