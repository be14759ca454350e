import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import type { ClientSearchResult } from '@nabij/dossier/contracts';
import { CaseloadPage } from './caseload.page';
import { CLIENT_SEARCH_DEBOUNCE_MS } from './open-case.component';

const sander: ClientSearchResult = {
  id: 'k2',
  name: 'Sander Bakker',
  email: 'sander@example.nl',
  birthDate: null,
  financierName: null,
  hasOpenCase: true,
};
const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Issue 9, finding 4: a client in care with a colleague gets no second case; the form says what to do instead. */
describe('CaseloadPage: Nieuwe casus for a client in care with a colleague', () => {
  let harness: RouterTestingHarness;
  let http: HttpTestingController;
  let page: HTMLElement;

  const settle = async () => {
    await wait(0);
    await harness.fixture.whenStable();
  };
  const form = () => page.querySelector<HTMLFormElement>('form.open-case')!;

  beforeEach(async () => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([{ path: 'caseload', component: CaseloadPage }])],
    });
    harness = await RouterTestingHarness.create('/caseload');
    http = TestBed.inject(HttpTestingController);
    http.expectOne('/api/dossier/cases?status=open').flush([]);
    http.expectOne('/api/financiers').flush([]);
    await settle();
    page = harness.routeNativeElement as HTMLElement;
  });
  afterEach(() => http.verify());

  /** Opens the form, picks Sander (who has an open case), chooses a kind of work and submits. */
  async function submitForSander(): Promise<void> {
    [...page.querySelectorAll('button')].find((b) => b.textContent?.trim() === 'Nieuwe casus')!.click();
    await settle();
    const search = form().querySelector<HTMLInputElement>('input[type="search"]')!;
    search.value = 'Sander';
    search.dispatchEvent(new Event('input'));
    await wait(CLIENT_SEARCH_DEBOUNCE_MS + 50);
    http.expectOne('/api/dossier/clients?query=Sander').flush([sander]);
    await settle();
    form().querySelector<HTMLButtonElement>('.client-result')!.click();
    await settle();
    const kind = form().querySelector<HTMLSelectElement>('select[name="kindOfWork"]')!;
    kind.value = 'algemeen_mw';
    kind.dispatchEvent(new Event('change'));
    const channel = form().querySelector<HTMLSelectElement>('select[name="intakeChannel"]')!;
    channel.value = 'phone';
    channel.dispatchEvent(new Event('change'));
    await settle();
    form().dispatchEvent(new Event('submit'));
  }

  it('explains in plain Dutch that a hand-over is the way, and stays on the page', async () => {
    await submitForSander();
    http.expectOne('/api/dossier/cases').flush(
      {
        statusCode: 409,
        error: 'Conflict',
        code: 'client_in_care',
        message:
          'This client already has an open case with a colleague. Ask that colleague, or your team lead, to hand the case over to you.',
      },
      { status: 409, statusText: 'Conflict' },
    );
    await settle();
    const shown = form().querySelector('nb-message')?.textContent ?? '';
    expect(shown).toContain('Deze cliënt heeft al een open casus bij een collega.');
    expect(shown).toContain('Vraag die collega of je teamleider om de casus aan jou over te dragen.');
    expect(shown).not.toContain('hand the case over');
    expect(TestBed.inject(Router).url).toBe('/caseload');
  });

  it("shows its own Dutch words for another 409, never the API's English message", async () => {
    await submitForSander();
    http
      .expectOne('/api/dossier/cases')
      .flush({ statusCode: 409, error: 'Conflict', message: 'Something else is in the way.' }, { status: 409, statusText: 'Conflict' });
    await settle();
    const text = form().querySelector('nb-message')?.textContent ?? '';
    expect(text).not.toContain('Something else is in the way.');
    expect(text).toContain('Probeer het over een paar minuten opnieuw.');
  });
});
