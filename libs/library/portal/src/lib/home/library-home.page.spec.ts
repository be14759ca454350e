import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { LibraryHomePage } from './library-home.page';

describe('LibraryHomePage', () => {
  it('leads to the themes, the self-tests, the FAQ and an anonymous question', async () => {
    localStorage.clear();
    TestBed.configureTestingModule({ providers: [provideRouter([{ path: 'bibliotheek', component: LibraryHomePage }])] });
    const harness = await RouterTestingHarness.create('/bibliotheek');
    const el = harness.routeNativeElement as HTMLElement;
    const links = [...el.querySelectorAll<HTMLAnchorElement>('a')].map((a) => [a.textContent?.trim(), a.getAttribute('href')]);
    expect(links).toContainEqual(['Naar de zelftesten', '/zelftesten']);
    expect(links).toContainEqual(['Stel anoniem een vraag', '/vraag-stellen']);
    expect(links).toContainEqual(['Veelgestelde vragen', '/vragen']);
    expect(el.querySelectorAll('.theme-list a').length).toBe(8);
  });
});
