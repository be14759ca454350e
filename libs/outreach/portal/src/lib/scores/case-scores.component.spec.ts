import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import type { CaseScores } from '@nabij/outreach/contracts';
import { CaseScoresComponent } from './case-scores.component';

const SCORES: CaseScores = {
  series: [
    {
      key: 'cijfer_ouders',
      text: 'Welk cijfer geef je aan hoe het nu met jou gaat?',
      min: 1,
      max: 10,
      points: [
        { on: '2026-11-02', value: 4 },
        { on: '2026-11-16', value: 6 },
        { on: '2026-11-30', value: 7 },
      ],
    },
  ],
};

describe('CaseScoresComponent', () => {
  let http: HttpTestingController;

  async function render(answer: CaseScores | 'error'): Promise<HTMLElement> {
    localStorage.clear();
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    http = TestBed.inject(HttpTestingController);
    const fixture = TestBed.createComponent(CaseScoresComponent);
    fixture.componentRef.setInput('caseId', 'case-1');
    fixture.detectChanges();
    const req = http.expectOne('/api/outreach/cases/case-1/scores');
    if (answer === 'error') req.flush({ message: 'x' }, { status: 500, statusText: 'Server Error' });
    else req.flush(answer);
    await fixture.whenStable();
    fixture.detectChanges();
    return fixture.nativeElement as HTMLElement;
  }

  afterEach(() => http.verify());

  it('draws each answer as a point and gives the same figures in a table with a caption', async () => {
    const el = await render(SCORES);
    expect(el.querySelector('h2')?.textContent).toBe('Cijfers uit belgesprekken');
    expect(el.querySelectorAll('circle')).toHaveLength(3);
    // Oldest left, newest right; a 4 sits lower than a 7.
    const [first, , last] = [...el.querySelectorAll('circle')].map((c) => ({
      x: Number(c.getAttribute('cx')),
      y: Number(c.getAttribute('cy')),
    }));
    expect(first.x).toBeLessThan(last.x);
    expect(first.y).toBeGreaterThan(last.y);
    expect(el.querySelector('svg')?.getAttribute('role')).toBe('img');
    expect(el.querySelector('svg')?.getAttribute('aria-label')).toBe(
      'Welk cijfer geef je aan hoe het nu met jou gaat?: 3 antwoorden, van 4 op 2 november 2026 naar 7 op 30 november 2026.',
    );
    expect(el.querySelector('caption')?.textContent).toBe('Welk cijfer geef je aan hoe het nu met jou gaat?');
    expect([...el.querySelectorAll('th')].map((th) => th.textContent?.trim())).toEqual(['Datum', 'Cijfer (1 tot 10)']);
    expect([...el.querySelectorAll('tbody tr')].map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent?.trim()))).toEqual([
      ['2 november 2026', '4'],
      ['16 november 2026', '6'],
      ['30 november 2026', '7'],
    ]);
  });

  it('shows nothing for a client who was never called', async () => {
    const el = await render({ series: [] });
    expect(el.textContent?.trim()).toBe('');
  });

  it('says so when the scores could not be loaded', async () => {
    const el = await render('error');
    expect(el.textContent).toContain('De cijfers uit belgesprekken konden niet worden geladen.');
  });
});
