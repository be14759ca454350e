import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import type { CaseSummary, Dossier } from '@nabij/dossier/contracts';
import { CasePage } from './case.page';

const summary = (worker: { id: string; name: string }): CaseSummary => ({
  id: 'case-1',
  client: { id: 'k1', name: 'Sanne de Vries' },
  financier: { id: 'f1', name: 'Leiden' },
  kindOfWork: 'algemeen_mw',
  problemAreas: [],
  usesOnlineDossier: true,
  openedOn: '2026-03-02',
  closedOn: null,
  closeReason: null,
  assignedWorker: worker,
});
const dossier: Dossier = { case: summary({ id: 'w1', name: 'Youssef Amrani' }), readOnly: false, goals: [], reports: [], appointments: [], actions: [], documents: [] };

async function settle(harness: RouterTestingHarness): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve));
  await harness.fixture.whenStable();
}

describe('CasePage hand-over', () => {
  let harness: RouterTestingHarness;
  let http: HttpTestingController;
  let page: HTMLElement;
  const form = () => page.querySelector<HTMLFormElement>('form.handover')!;

  beforeEach(async () => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([{ path: 'caseload/:caseId', component: CasePage }], withComponentInputBinding())],
    });
    harness = await RouterTestingHarness.create('/caseload/case-1');
    http = TestBed.inject(HttpTestingController);
    http.expectOne('/api/dossier/colleagues').flush([{ id: 'w2', name: 'Fatima El Idrissi' }, { id: 'w3', name: 'Daan Visser' }]);
    http.expectOne('/api/dossier/cases/case-1').flush(dossier);
    await settle(harness);
    page = harness.routeNativeElement as HTMLElement;
  });
  afterEach(() => http.verify());

  it('asks for a colleague first, then for confirmation, and only then hands over', async () => {
    const options = [...form().querySelectorAll('option')].map((o) => o.textContent?.trim());
    expect(options).toEqual(['Kies een collega', 'Fatima El Idrissi', 'Daan Visser']);

    form().dispatchEvent(new Event('submit'));
    await settle(harness);
    expect(page.textContent).toContain('Kies eerst een collega.');
    http.expectNone('/api/dossier/cases/case-1/handover');

    const select = form().querySelector('select')!;
    select.value = 'w2';
    select.dispatchEvent(new Event('change'));
    const note = form().querySelector('textarea')!;
    note.value = '  Ik ga met verlof  ';
    note.dispatchEvent(new Event('input'));
    form().dispatchEvent(new Event('submit'));
    await settle(harness);
    expect(form().querySelector('[role="alert"]')?.textContent).toContain('Fatima El Idrissi wordt de hulpverlener van deze cliënt');
    http.expectNone('/api/dossier/cases/case-1/handover');

    const [yes] = [...form().querySelectorAll<HTMLButtonElement>('[role="alert"] button')];
    yes.click();
    const req = http.expectOne('/api/dossier/cases/case-1/handover');
    expect(req.request.method).toBe('POST');
    expect(req.request.body).toEqual({ toWorkerId: 'w2', note: 'Ik ga met verlof' });
    req.flush(summary({ id: 'w2', name: 'Fatima El Idrissi' }));
    await settle(harness);

    // The case is no longer ours: no reload (it would be 404), the page says where it went.
    http.expectNone('/api/dossier/cases/case-1');
    expect(page.querySelector('h1')).toBeNull();
    expect(page.querySelector('form.handover')).toBeNull();
    expect(page.textContent).toContain('De casus is overgedragen aan Fatima El Idrissi. Hij staat niet meer in je caseload.');
    expect(page.querySelector('a[href="/caseload"]')).not.toBeNull();
  });

  it('lets the worker cancel the confirmation without handing over', async () => {
    const select = form().querySelector('select')!;
    select.value = 'w3';
    select.dispatchEvent(new Event('change'));
    form().dispatchEvent(new Event('submit'));
    await settle(harness);
    const [, cancel] = [...form().querySelectorAll<HTMLButtonElement>('[role="alert"] button')];
    cancel.click();
    await settle(harness);
    expect(form().querySelector('[role="alert"]')).toBeNull();
    http.expectNone('/api/dossier/cases/case-1/handover');
    expect(page.querySelector('h1')?.textContent).toContain('Sanne de Vries');
  });

  it('shows the API’s message and keeps the case when the hand-over is refused', async () => {
    const select = form().querySelector('select')!;
    select.value = 'w2';
    select.dispatchEvent(new Event('change'));
    form().dispatchEvent(new Event('submit'));
    await settle(harness);
    form().querySelector<HTMLButtonElement>('[role="alert"] button')!.click();
    http.expectOne('/api/dossier/cases/case-1/handover').flush({ statusCode: 400, message: 'Choose a colleague, not yourself.' }, { status: 400, statusText: 'Bad Request' });
    await settle(harness);
    expect(page.textContent).toContain('Choose a colleague, not yourself.');
    expect(page.querySelector('h1')?.textContent).toContain('Sanne de Vries');
  });
});
