import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { OpenAppointmentRequest } from '@nabij/dossier/contracts';
import { AppointmentRequestsPage } from './appointment-requests.page';

const request: OpenAppointmentRequest = {
  id: 'r1',
  caseId: 'case-1',
  appointmentId: 'a1',
  client: { id: 'k1', name: 'Sanne de Vries' },
  startsAt: '2026-11-26T13:00:00.000Z',
  requestedAt: '2026-11-24T08:00:00.000Z',
  reason: 'Ik moet dan werken.',
};

describe('AppointmentRequestsPage', () => {
  let http: HttpTestingController;

  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([])] });
    http = TestBed.inject(HttpTestingController);
  });
  afterEach(() => http.verify());

  async function render(answer: (req: ReturnType<HttpTestingController['expectOne']>) => void) {
    const fixture = TestBed.createComponent(AppointmentRequestsPage);
    answer(http.expectOne('/api/dossier/appointment-requests'));
    await new Promise((resolve) => setTimeout(resolve));
    await fixture.whenStable();
    return fixture.nativeElement as HTMLElement;
  }

  it('lists each request with its time, reason and a link to the case where the worker answers', async () => {
    const el = await render((req) => req.flush([request]));
    const item = el.querySelector('li')!;
    expect(item.textContent).toContain('Afspraak van donderdag 26 november 14:00');
    expect(item.textContent).toContain('Reden: Ik moet dan werken.');
    const link = item.querySelector('a')!;
    expect(link.getAttribute('href')).toBe('/caseload/case-1');
    expect(link.textContent?.trim()).toBe('Open casus van Sanne de Vries');
  });

  it('says when nothing waits', async () => {
    expect((await render((req) => req.flush([]))).textContent).toContain('Er wachten geen verzoeken.');
  });

  it('says when the list could not be loaded', async () => {
    const el = await render((req) => req.flush({}, { status: 500, statusText: 'Server Error' }));
    expect(el.querySelector('[role="alert"]')?.textContent).toContain('De verzoeken konden niet geladen worden.');
  });
});
