import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { LoginNameClient } from '@nabij/intake/contracts';
import { LoginNameClientsComponent } from './login-name-clients.component';

const CLIENTS: LoginNameClient[] = [
  { id: 'c1', name: 'Dennis Groen', loginName: 'zwolle-h4k7p', activated: true, codeValidUntil: null },
  { id: 'c2', name: 'Wim Wachter', loginName: 'zwolle-m2n8q', activated: false, codeValidUntil: '2026-12-30T10:00:00.000Z' },
  { id: 'c3', name: null, loginName: 'kampen-r5t9w', activated: false, codeValidUntil: null },
];

describe('LoginNameClientsComponent (worker home)', () => {
  async function render(answer: (http: HttpTestingController) => void) {
    localStorage.clear();
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([])] });
    const fixture = TestBed.createComponent(LoginNameClientsComponent);
    fixture.detectChanges();
    const http = TestBed.inject(HttpTestingController);
    answer(http);
    await fixture.whenStable();
    fixture.detectChanges();
    http.verify();
    return fixture.nativeElement as HTMLElement;
  }

  it('shows for each client whether the account is active or until when the code works, with a link to a new code', async () => {
    const el = await render((http) => http.expectOne({ method: 'GET', url: '/api/admissions/without-email' }).flush(CLIENTS));
    const rows = [...el.querySelectorAll('li')].map((li) => li.textContent!.replace(/\s+/g, ' ').trim());
    expect(rows[0]).toContain('Dennis Groen');
    expect(rows[0]).toContain('gebruikersnaam zwolle-h4k7p');
    expect(rows[0]).toContain('Account is actief');
    expect(rows[1]).toContain('Nog niet actief, de code werkt tot en met 30 december 2026');
    expect(rows[2]).toContain('kampen-r5t9w');
    expect(rows[2]).toContain('de code werkt niet meer');
    const link = el.querySelector<HTMLAnchorElement>('li:nth-child(2) a')!;
    expect(link.getAttribute('href')).toBe('/toelating/c2/brief');
    expect(link.getAttribute('aria-label')).toBe('Nieuwe code voor Wim Wachter');
  });

  it('says so when there are none, and shows an error when the list cannot be loaded', async () => {
    const empty = await render((http) => http.expectOne('/api/admissions/without-email').flush([]));
    expect(empty.textContent).toContain('Er zijn nog geen cliënten zonder e-mailadres.');
    TestBed.resetTestingModule();
    const failed = await render((http) =>
      http
        .expectOne('/api/admissions/without-email')
        .flush({ statusCode: 500, error: 'Internal Server Error', message: 'x' }, { status: 500, statusText: 'Server Error' }),
    );
    expect(failed.querySelector('[role=alert]')).not.toBeNull();
    expect(failed.querySelector('ul')).toBeNull();
  });
});
