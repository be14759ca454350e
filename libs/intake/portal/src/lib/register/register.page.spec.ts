import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { IntakeStore } from '../intake.store';
import { RegisterPage } from './register.page';

const CHECK_ID = '1b9d6bcd-bbfd-4b2d-9b5d-ab8dfbbd4bed';

describe('RegisterPage', () => {
  let http: HttpTestingController;
  let harness: RouterTestingHarness;
  let el: HTMLElement;

  async function settle(): Promise<void> {
    for (let i = 0; i < 3; i++) {
      await new Promise((resolve) => setTimeout(resolve));
      await harness.fixture.whenStable();
    }
  }

  function fill(id: string, value: string): void {
    const input = el.querySelector<HTMLInputElement>(`#${id}`)!;
    input.value = value;
    input.dispatchEvent(new Event('input'));
  }

  async function open(withServedCheck: boolean): Promise<void> {
    sessionStorage.clear();
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([{ path: 'register', component: RegisterPage }])],
    });
    http = TestBed.inject(HttpTestingController);
    if (withServedCheck) {
      const check = TestBed.inject(IntakeStore).checkPostcode('2312 AB');
      http.expectOne('/api/postcode-check').flush({
        served: true,
        postcode: '2312 AB',
        checkId: CHECK_ID,
        expiresAt: '2030-01-01T00:00:00Z',
        financier: 'Leiden',
        financierId: 'f1',
        organisation: 'Kwadraad',
        organisationSlug: 'kwadraad',
      });
      await check;
    }
    harness = await RouterTestingHarness.create('/register');
    el = harness.routeNativeElement as HTMLElement;
  }

  async function submitValidForm(): Promise<void> {
    fill('email', 'sanne@example.nl');
    fill('password', 'lang-genoeg-1');
    fill('birthDate', '1990-01-31');
    el.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
    await harness.fixture.whenStable();
  }

  afterEach(() => http.verify());

  it('without a postcode check, sends the visitor to the postcode check first', async () => {
    await open(false);
    expect(el.querySelector('h1')?.textContent).toContain('Eerst je postcode');
    expect(el.querySelector('a[href="/"]')).not.toBeNull();
  });

  it('names the municipality and organisation and shows the password rules up front', async () => {
    await open(true);
    expect(el.textContent).toContain('Je woont in de gemeente Leiden. Je kunt je aanmelden bij Kwadraad.');
    expect(el.querySelector('#password-hint')?.textContent).toContain('Minstens 10 tekens');
    expect(el.querySelector('#password')?.getAttribute('aria-describedby')).toBe('password-hint');
  });

  it('after 202 shows "Kijk in je mail" with the address and a resend button', async () => {
    await open(true);
    await submitValidForm();
    const req = http.expectOne('/api/registrations');
    expect(req.request.body).toEqual({ checkId: CHECK_ID, email: 'sanne@example.nl', password: 'lang-genoeg-1', birthDate: '1990-01-31' });
    req.flush({ status: 'check_your_mail', email: 'sanne@example.nl' }, { status: 202, statusText: 'Accepted' });
    await settle();
    http.expectOne('/api/dev/outbox').flush({ statusCode: 404 }, { status: 404, statusText: 'Not Found' });
    await settle();
    expect(el.querySelector('h1')?.textContent).toContain('Kijk in je mail');
    expect(el.textContent).toContain('sanne@example.nl');
    expect(el.textContent).toContain('Spam');

    Array.from(el.querySelectorAll('button'))
      .find((b) => b.textContent?.includes('Stuur de mail opnieuw'))!
      .click();
    http
      .expectOne('/api/registrations/resend')
      .flush({ status: 'check_your_mail', email: 'sanne@example.nl' }, { status: 202, statusText: 'Accepted' });
    await settle();
    expect(el.textContent).toContain('We hebben de mail opnieuw gestuurd');
  });

  it('an expired check asks to do the postcode check again', async () => {
    await open(true);
    await submitValidForm();
    http.expectOne('/api/registrations').flush(
      {
        statusCode: 400,
        error: 'Bad Request',
        message: 'This postcode check has expired.',
        fields: { checkId: ['This postcode check has expired. Please do it again.'] },
      },
      { status: 400, statusText: 'Bad Request' },
    );
    await settle();
    expect(el.querySelector('[role=alert]')?.textContent).toContain('Vul je postcode opnieuw in');
    expect(el.querySelector('a[href="/"]')).not.toBeNull();
  });

  it('shows a field error from the API at that field', async () => {
    await open(true);
    await submitValidForm();
    http.expectOne('/api/registrations').flush(
      {
        statusCode: 400,
        error: 'Bad Request',
        message: 'Check these fields: birthDate',
        fields: { birthDate: ['birthDate must be a date in the past'] },
      },
      { status: 400, statusText: 'Bad Request' },
    );
    await settle();
    expect(el.querySelector('#birthDate-error')?.textContent).toContain('echte datum');
    expect(el.querySelector('#birthDate')?.getAttribute('aria-invalid')).toBe('true');
  });
});
