import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import type { CaseSummary, ClientSearchResult } from '@nabij/dossier/contracts';
import { CaseloadPage } from './caseload.page';
import { CLIENT_SEARCH_DEBOUNCE_MS } from './open-case.component';

@Component({ template: 'case page' })
class FakeCasePage {}

const sanne: ClientSearchResult = {
  id: 'k1',
  name: 'Sanne de Vries',
  email: 'sanne@example.nl',
  birthDate: '1994-03-12',
  financierName: 'Leiden',
  hasOpenCase: false,
};
const sander: ClientSearchResult = {
  id: 'k2',
  name: 'Sander Bakker',
  email: 'sander@example.nl',
  birthDate: null,
  financierName: null,
  hasOpenCase: true,
};
const opened: CaseSummary = {
  id: 'case-9',
  client: { id: 'k1', name: 'Sanne de Vries' },
  financier: { id: 'f1', name: 'Leiden' },
  kindOfWork: 'hulp_online',
  problemAreas: ['materiele_problematiek', 'huisvesting'],
  usesOnlineDossier: false,
  openedOn: '2026-03-02',
  closedOn: null,
  closeReason: null,
  assignedWorker: { id: 'w1', name: 'Youssef Amrani' },
  interpreterLanguage: null,
};

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('CaseloadPage: Nieuwe casus', () => {
  let harness: RouterTestingHarness;
  let http: HttpTestingController;
  let page: HTMLElement;

  async function settle(): Promise<void> {
    await wait(0);
    await harness.fixture.whenStable();
  }
  const form = () => page.querySelector<HTMLFormElement>('form.open-case')!;
  const searchField = () => form().querySelector<HTMLInputElement>('input[type="search"]')!;
  const type = (value: string) => {
    searchField().value = value;
    searchField().dispatchEvent(new Event('input'));
  };
  const results = () => [...form().querySelectorAll<HTMLButtonElement>('.client-result')];
  const change = (el: HTMLInputElement | HTMLSelectElement, value?: string) => {
    if (value !== undefined) el.value = value;
    if (el instanceof HTMLInputElement && (el.type === 'checkbox' || el.type === 'radio')) el.click();
    else el.dispatchEvent(new Event('change'));
  };

  beforeEach(async () => {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([
          { path: 'caseload', component: CaseloadPage },
          { path: 'caseload/:caseId', component: FakeCasePage },
        ]),
      ],
    });
    harness = await RouterTestingHarness.create('/caseload');
    http = TestBed.inject(HttpTestingController);
    http.expectOne('/api/dossier/cases?status=open').flush([]);
    http.expectOne('/api/financiers').flush([
      { id: 'f1', name: 'Leiden' },
      { id: 'f2', name: 'Gouda' },
    ]);
    await settle();
    page = harness.routeNativeElement as HTMLElement;
  });
  afterEach(() => http.verify());

  async function openForm(): Promise<void> {
    const button = [...page.querySelectorAll('button')].find((b) => b.textContent?.trim() === 'Nieuwe casus')!;
    expect(button.getAttribute('aria-expanded')).toBe('false');
    button.click();
    await settle();
    expect(button.getAttribute('aria-expanded')).toBe('true');
    expect(form()).not.toBeNull();
  }

  async function searchAndPick(): Promise<void> {
    type('s');
    await wait(CLIENT_SEARCH_DEBOUNCE_MS + 50);
    http.expectNone((r) => r.url.startsWith('/api/dossier/clients'));
    type('San');
    type('Sann');
    await wait(CLIENT_SEARCH_DEBOUNCE_MS + 50);
    // Debounced: one request for the last text only.
    http.expectOne('/api/dossier/clients?query=Sann').flush([sanne, sander]);
    await settle();
    expect(results().map((b) => b.textContent?.replace(/\s+/g, ' ').trim())).toEqual([
      'Sanne de Vries, sanne@example.nl · geboren 12 maart 1994',
      'Sander Bakker, sander@example.nl, heeft al een open casus',
    ]);
    expect(form().textContent).toContain('2 cliënten gevonden');

    // Keyboard: arrow down from the search field, down again, up, then Enter (a button click) picks.
    searchField().dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true }));
    expect(document.activeElement).toBe(results()[0]);
    results()[0].dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true }));
    expect(document.activeElement).toBe(results()[1]);
    results()[1].dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowUp', bubbles: true }));
    expect(document.activeElement).toBe(results()[0]);
    results()[0].click();
    await settle();
    expect(form().querySelector('.open-case__chosen')?.textContent).toContain('Sanne de Vries');
    expect(results()).toHaveLength(0);
    expect(document.activeElement).toBe(form().querySelector('select[name="kindOfWork"]'));
  }

  it('searches (debounced), picks a client, sends the right body and goes to the new case', async () => {
    await openForm();
    await searchAndPick();

    const labels = [...form().querySelectorAll('fieldset')[0].querySelectorAll('label')].map((l) => l.textContent?.trim());
    expect(labels).toContain('Materiële problematiek');
    expect(form().querySelector<HTMLInputElement>('input[name="usesOnlineDossier"][value="yes"]')!.checked).toBe(true);

    change(form().querySelector('select[name="kindOfWork"]')!, 'hulp_online');

    change(form().querySelector('select[name="intakeChannel"]')!, 'walk_in');
    change(form().querySelector('input[value="huisvesting"]')!);
    change(form().querySelector('input[value="materiele_problematiek"]')!);
    change(form().querySelector('input[name="usesOnlineDossier"][value="no"]')!);
    await settle();
    form().dispatchEvent(new Event('submit'));
    const req = http.expectOne('/api/dossier/cases');
    expect(req.request.method).toBe('POST');
    // Problem areas in the list's order, not the order of clicking; no financier unless one is chosen.
    expect(req.request.body).toEqual({
      clientId: 'k1',
      kindOfWork: 'hulp_online',
      intakeChannel: 'walk_in',
      problemAreas: ['materiele_problematiek', 'huisvesting'],
      usesOnlineDossier: false,
    });
    req.flush(opened);
    await settle();
    expect(TestBed.inject(Router).url).toBe('/caseload/case-9');
  });

  it('asks for a client, a kind of work and how the client came in before sending anything', async () => {
    await openForm();
    form().dispatchEvent(new Event('submit'));
    await settle();
    expect(form().textContent).toContain('Kies eerst een cliënt.');
    expect(form().textContent).toContain('Kies een werksoort.');
    expect(form().textContent).toContain('Kies hoe de cliënt binnenkwam.');
    http.expectNone('/api/dossier/cases');
  });

  it('says in Dutch which field the API refused, never its English message, and stays on the page', async () => {
    await openForm();
    await searchAndPick();
    change(form().querySelector('select[name="kindOfWork"]')!, 'algemeen_mw');
    change(form().querySelector('select[name="intakeChannel"]')!, 'walk_in');
    change(form().querySelector('select[name="financierId"]')!, 'f2');
    await settle();
    form().dispatchEvent(new Event('submit'));
    const req = http.expectOne('/api/dossier/cases');
    expect(req.request.body).toEqual({
      clientId: 'k1',
      kindOfWork: 'algemeen_mw',
      intakeChannel: 'walk_in',
      problemAreas: [],
      usesOnlineDossier: true,
      financierId: 'f2',
    });
    req.flush(
      {
        statusCode: 400,
        error: 'Bad Request',
        message: 'This client has no financier yet; choose one.',
        fields: { financierId: ['is required for this client'] },
        fieldCodes: { financierId: 'financierId.required' },
      },
      { status: 400, statusText: 'Bad Request' },
    );
    await settle();
    expect(form().querySelector('nb-message')?.textContent).toContain('Vul dit in.');
    expect(form().textContent).not.toContain('This client has no financier yet');
    expect(TestBed.inject(Router).url).toBe('/caseload');
  });

  it('says in Dutch that the client does not exist (404)', async () => {
    await openForm();
    await searchAndPick();
    change(form().querySelector('select[name="kindOfWork"]')!, 'school_mw');
    change(form().querySelector('select[name="intakeChannel"]')!, 'walk_in');
    await settle();
    form().dispatchEvent(new Event('submit'));
    http
      .expectOne('/api/dossier/cases')
      .flush(
        { statusCode: 404, error: 'Not Found', message: 'This client does not exist or is not a client of your organisation.' },
        { status: 404, statusText: 'Not Found' },
      );
    await settle();
    expect(form().textContent).toContain('Dit bestaat niet (meer).');
  });

  it('says when nothing is found, and cancelling closes the form', async () => {
    await openForm();
    type('zz');
    await wait(CLIENT_SEARCH_DEBOUNCE_MS + 50);
    http.expectOne('/api/dossier/clients?query=zz').flush([]);
    await settle();
    expect(form().textContent).toContain('Geen cliënten gevonden.');
    [...form().querySelectorAll('button')].find((b) => b.textContent?.trim() === 'Annuleer')!.click();
    await settle();
    expect(page.querySelector('form.open-case')).toBeNull();
  });
});
