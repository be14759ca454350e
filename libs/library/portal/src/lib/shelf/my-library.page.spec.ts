import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import type { ShelfItem } from '@nabij/library/contracts';
import { I18n } from '@nabij/platform/portal';
import { MyLibraryPage } from './my-library.page';

const EXERCISE: ShelfItem = {
  id: 's1',
  kind: 'exercise',
  ref: 'energiemeter',
  caseId: 'c1',
  title: 'Energiemeter',
  titleLang: 'nl',
  note: 'Vul dit een week in.',
  sharedBy: 'Youssef Amrani',
  savedByClient: false,
  sharedAt: '2026-11-30T09:00:00.000Z',
  readAt: null,
};
const SAVED: ShelfItem = {
  ...EXERCISE,
  id: 's2',
  kind: 'article',
  ref: 'schulden-wat-kun-je-zelf-doen',
  caseId: null,
  title: 'Schulden: wat kun je zelf doen?',
  note: null,
  sharedBy: null,
  savedByClient: true,
  readAt: '2026-11-30T10:00:00.000Z',
};

describe('MyLibraryPage', () => {
  let http: HttpTestingController;

  async function open() {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([{ path: 'mijn-bibliotheek', component: MyLibraryPage }])],
    });
    http = TestBed.inject(HttpTestingController);
    const harness = await RouterTestingHarness.create('/mijn-bibliotheek');
    http.expectOne('/api/library/shelf?lang=nl').flush([EXERCISE, SAVED]);
    await harness.fixture.whenStable();
    harness.detectChanges();
    return { harness, el: harness.routeNativeElement as HTMLElement };
  }

  it('shows each item with who shared it, the note and whether it is new, with a link to open it', async () => {
    const { el } = await open();
    const [first, second] = [...el.querySelectorAll('.shelf-item')] as HTMLElement[];
    expect(first.querySelector('h2')?.textContent).toBe('Energiemeter');
    expect(first.textContent).toContain('Van Youssef Amrani');
    expect(first.textContent).toContain('Briefje: Vul dit een week in.');
    expect(first.querySelector('.badge')?.textContent).toBe('Nieuw');
    expect(first.querySelector('a')?.getAttribute('href')).toBe('/oefeningen/energiemeter');
    expect(second.textContent).toContain('Zelf bewaard');
    expect(second.querySelector('.badge')).toBeNull();
    expect(second.querySelector('a')?.getAttribute('href')).toBe('/bibliotheek/schulden-wat-kun-je-zelf-doen');
  });

  it('marks an item read with a labelled button and says so; the badge goes', async () => {
    const { harness, el } = await open();
    const button = el.querySelector<HTMLButtonElement>('button[aria-label="Markeer als gelezen: Energiemeter"]')!;
    button.click();
    http
      .expectOne((r) => r.method === 'POST' && r.url === '/api/library/shelf/s1/read')
      .flush(null, { status: 204, statusText: 'No Content' });
    await harness.fixture.whenStable();
    harness.detectChanges();
    expect(el.querySelector('[role=status]')?.textContent).toContain('"Energiemeter" staat op gelezen.');
    expect(el.querySelector('.shelf-item .badge')).toBeNull();
    expect(el.querySelector('button[aria-label="Markeer als gelezen: Energiemeter"]')).toBeNull();
  });

  it('says what to do when the shelf is empty', async () => {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([{ path: 'mijn-bibliotheek', component: MyLibraryPage }])],
    });
    http = TestBed.inject(HttpTestingController);
    const harness = await RouterTestingHarness.create('/mijn-bibliotheek');
    http.expectOne('/api/library/shelf?lang=nl').flush([]);
    await harness.fixture.whenStable();
    harness.detectChanges();
    expect((harness.routeNativeElement as HTMLElement).textContent).toContain('Er staat nog niets in je bibliotheek');
  });

  it('asks the shelf in a Polish client’s language and marks a title that is still Dutch as Dutch', async () => {
    localStorage.clear();
    localStorage.setItem('nabij.lang', 'pl');
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([{ path: 'mijn-bibliotheek', component: MyLibraryPage }])],
    });
    http = TestBed.inject(HttpTestingController);
    const harness = await RouterTestingHarness.create('/mijn-bibliotheek');
    const translated: ShelfItem = { ...EXERCISE, title: 'Miernik energii: co daje ci energię, a co ją zabiera?', titleLang: 'pl' };
    const dutch: ShelfItem = { ...EXERCISE, id: 's3', ref: 'rustig-ademen', title: 'Rustig ademen', titleLang: 'nl' };
    http.expectOne('/api/library/shelf?lang=pl').flush([translated, dutch]);
    await TestBed.inject(I18n).ready();
    await harness.fixture.whenStable();
    harness.detectChanges();
    const [first, second] = [...(harness.routeNativeElement as HTMLElement).querySelectorAll('.shelf-item')] as HTMLElement[];
    expect(first.querySelector('h2')?.getAttribute('lang')).toBeNull();
    expect(first.textContent).not.toContain('Po niderlandzku');
    expect(second.querySelector('h2')?.getAttribute('lang')).toBe('nl');
    expect(second.querySelector('h2')?.getAttribute('dir')).toBe('ltr');
    expect(second.querySelector('.shelf-kind')?.textContent).toContain('Po niderlandzku');
  });
});
