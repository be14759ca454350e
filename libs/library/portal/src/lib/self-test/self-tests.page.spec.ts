import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import type { SelfTestSummary } from '@nabij/library/contracts';
import { I18n } from '@nabij/platform/portal';
import { SelfTestsPage } from './self-tests.page';

/** Issue 17: the list asks in the reader's language and marks a test that is only in Dutch. */
describe('SelfTestsPage languages', () => {
  it('shows a Polish reader the Polish tests as they are and a test without Polish as Dutch', async () => {
    localStorage.clear();
    localStorage.setItem('nabij.lang', 'pl');
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([{ path: 'zelftesten', component: SelfTestsPage }])],
    });
    const http = TestBed.inject(HttpTestingController);
    const harness = await RouterTestingHarness.create('/zelftesten');
    const tests: SelfTestSummary[] = [
      {
        slug: 'stresstest',
        theme: 'stress',
        title: 'Test stresu: ile masz stresu?',
        intro: 'Osiem krótkich pytań.',
        questionCount: 8,
        shownIn: 'pl',
        requested: 'pl',
      },
      {
        slug: 'slaaptest',
        theme: 'stress',
        title: 'Slaaptest',
        intro: 'Vijf vragen over je slaap.',
        questionCount: 5,
        shownIn: 'nl',
        requested: 'pl',
      },
    ];
    http.expectOne('/api/library/self-tests?lang=pl').flush(tests);
    await TestBed.inject(I18n).ready();
    await harness.fixture.whenStable();
    harness.detectChanges();
    const [polish, dutch] = [...(harness.routeNativeElement as HTMLElement).querySelectorAll('.test-list li')];
    expect(polish.querySelector('a')?.hasAttribute('lang')).toBe(false);
    expect(polish.querySelector('.kind')?.textContent).not.toContain('niderlandzku');
    expect(dutch.querySelector('a')?.getAttribute('lang')).toBe('nl');
    expect(dutch.querySelector('p')?.getAttribute('lang')).toBe('nl');
    expect(dutch.textContent).toContain('(Po niderlandzku)');
    http.verify();
  });
});
