import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import type { KeptSelfTestResult } from '@nabij/library/contracts';
import { I18n } from '@nabij/platform/portal';
import { MySelfTestsPage } from './my-self-tests.page';

const RESULTS: KeptSelfTestResult[] = [
  {
    id: 'r2',
    slug: 'stresstest',
    title: 'Stresstest: hoeveel stress heb je?',
    version: 1,
    score: 12,
    maxScore: 24,
    band: { key: 'medium', title: 'Je hebt best veel stress' },
    takenAt: '2026-11-30T09:00:00.000Z',
    shownIn: 'nl',
  },
  {
    id: 'r1',
    slug: 'quickscan-geldzorgen',
    title: 'Quickscan geldzorgen',
    version: 1,
    score: 2,
    maxScore: 16,
    band: { key: 'low', title: 'Je geldzaken lijken op orde' },
    takenAt: '2026-11-02T09:00:00.000Z',
    shownIn: 'nl',
  },
];

describe('MySelfTestsPage', () => {
  let http: HttpTestingController;

  async function open(results: KeptSelfTestResult[], lang = 'nl'): Promise<{ harness: RouterTestingHarness; el: HTMLElement }> {
    localStorage.clear();
    localStorage.setItem('nabij.lang', lang);
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([{ path: 'mijn-zelftesten', component: MySelfTestsPage }]),
      ],
    });
    http = TestBed.inject(HttpTestingController);
    const harness = await RouterTestingHarness.create('/mijn-zelftesten');
    http.expectOne(`/api/library/self-test-results?lang=${lang}`).flush(results);
    await TestBed.inject(I18n).ready();
    await harness.fixture.whenStable();
    harness.detectChanges();
    return { harness, el: harness.routeNativeElement as HTMLElement };
  }

  it('lists the kept results with their band, score and date', async () => {
    const { el } = await open(RESULTS);
    const items = [...el.querySelectorAll('.kept-list li')];
    expect(items.map((li) => li.querySelector('h2')?.textContent)).toEqual(['Stresstest: hoeveel stress heb je?', 'Quickscan geldzorgen']);
    expect(items[0].textContent).toContain('Je hebt best veel stress (Je score: 12 van de 24)');
    expect(items[0].textContent).toContain('Gedaan op 30 november 2026');
    expect(items[1].querySelector('button')?.getAttribute('aria-label')).toBe('Verwijderen: Quickscan geldzorgen, 2 november 2026');
  });

  it('deletes one and says so; the others stay', async () => {
    const { harness, el } = await open(RESULTS);
    el.querySelectorAll<HTMLButtonElement>('.kept-list button')[0].click();
    const req = http.expectOne('/api/library/self-test-results/r2');
    expect(req.request.method).toBe('DELETE');
    req.flush(null, { status: 204, statusText: 'No Content' });
    await harness.fixture.whenStable();
    harness.detectChanges();
    expect([...el.querySelectorAll('.kept-list h2')].map((h) => h.textContent)).toEqual(['Quickscan geldzorgen']);
    expect(el.querySelector('nb-message[role=status]')?.textContent).toContain('De uitslag is verwijderd.');
  });

  it('says when deleting failed and keeps the result in the list', async () => {
    const { harness, el } = await open(RESULTS);
    el.querySelectorAll<HTMLButtonElement>('.kept-list button')[1].click();
    http.expectOne('/api/library/self-test-results/r1').flush({ statusCode: 500 }, { status: 500, statusText: 'Server Error' });
    await harness.fixture.whenStable();
    harness.detectChanges();
    expect(el.querySelectorAll('.kept-list li').length).toBe(2);
    expect(el.querySelector('nb-message[role=alert]')?.textContent).toContain('Verwijderen lukte niet.');
  });

  it('says when nothing is kept yet', async () => {
    const { el } = await open([]);
    expect(el.textContent).toContain('Je hebt nog geen uitslagen bewaard.');
    expect(el.querySelector('a[href="/zelftesten"]')).not.toBeNull();
  });

  it('asks in the reader’s language and marks a result whose version has no translation as Dutch (issue 17)', async () => {
    const polish: KeptSelfTestResult = {
      ...RESULTS[0],
      title: 'Test stresu: ile masz stresu?',
      band: { key: 'medium', title: 'Masz dość dużo stresu' },
      shownIn: 'pl',
    };
    const { el } = await open([polish, RESULTS[1]], 'pl');
    const [own, dutch] = [...el.querySelectorAll('.kept-list li')];
    expect(own.querySelector('h2')?.textContent).toBe('Test stresu: ile masz stresu?');
    expect(own.querySelector('h2')?.hasAttribute('lang')).toBe(false);
    expect(own.querySelector('.kind')?.textContent).not.toBe('Po niderlandzku');
    expect(dutch.querySelector('h2')?.getAttribute('lang')).toBe('nl');
    expect(dutch.querySelector('span[lang="nl"]')?.textContent).toBe('Je geldzaken lijken op orde');
    expect([...dutch.querySelectorAll('.kind')].map((k) => k.textContent)).toContain('Po niderlandzku');
  });
});
