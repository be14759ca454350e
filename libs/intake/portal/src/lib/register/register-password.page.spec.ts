import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { IntakeStore } from '../intake.store';
import { RegisterPage } from './register.page';

/** The API refuses easily guessed passwords (zxcvbn, server side); the page explains it at the field. */
describe('RegisterPage: a password the API finds easy to guess', () => {
  let http: HttpTestingController;
  let harness: RouterTestingHarness;
  let el: HTMLElement;

  afterEach(() => http.verify());

  async function openAndSubmit(): Promise<void> {
    sessionStorage.clear();
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([{ path: 'register', component: RegisterPage }])],
    });
    http = TestBed.inject(HttpTestingController);
    const check = TestBed.inject(IntakeStore).checkPostcode('2312 AB');
    http.expectOne('/api/postcode-check').flush({
      served: true,
      postcode: '2312 AB',
      checkId: '1b9d6bcd-bbfd-4b2d-9b5d-ab8dfbbd4bed',
      expiresAt: '2030-01-01T00:00:00Z',
      financier: 'Leiden',
      financierId: 'f1',
      organisation: 'Kwadraad',
      organisationSlug: 'kwadraad',
    });
    await check;
    harness = await RouterTestingHarness.create('/register');
    el = harness.routeNativeElement as HTMLElement;
    for (const [id, value] of [
      ['email', 'sanne@example.nl'],
      ['password', 'Welkom1234'],
      ['birthDate', '1990-01-31'],
    ]) {
      const input = el.querySelector<HTMLInputElement>(`#${id}`)!;
      input.value = value;
      input.dispatchEvent(new Event('input'));
    }
    el.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
    await harness.fixture.whenStable();
  }

  async function settle(): Promise<void> {
    for (let i = 0; i < 3; i++) {
      await new Promise((resolve) => setTimeout(resolve));
      await harness.fixture.whenStable();
    }
  }

  it('shows "te makkelijk te raden" with advice at the password field for code password_too_weak', async () => {
    await openAndSubmit();
    http.expectOne('/api/registrations').flush(
      {
        statusCode: 400,
        error: 'Bad Request',
        message: 'This password is too easy to guess.',
        code: 'password_too_weak',
        fields: { password: ['This password is too easy to guess.'] },
      },
      { status: 400, statusText: 'Bad Request' },
    );
    await settle();
    expect(el.querySelector('#password-error')?.textContent).toContain('te makkelijk te raden');
    expect(el.querySelector('#password')?.getAttribute('aria-invalid')).toBe('true');
  });

  it('keeps the length advice for other password refusals', async () => {
    await openAndSubmit();
    http.expectOne('/api/registrations').flush(
      {
        statusCode: 400,
        error: 'Bad Request',
        message: 'Check these fields: password',
        fields: { password: ['password must have at least 10 characters'] },
      },
      { status: 400, statusText: 'Bad Request' },
    );
    await settle();
    expect(el.querySelector('#password-error')?.textContent).toContain('te zwak');
  });
});
