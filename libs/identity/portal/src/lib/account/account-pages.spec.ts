import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import type { SessionInfo } from '@nabij/identity/contracts';
import { AccountPage } from './account.page';
import { ForgotPasswordPage } from './forgot-password.page';
import { ResetPasswordPage } from './reset-password.page';

const SESSIONS: SessionInfo[] = [
  { id: 's-here', createdAt: '2026-03-02T09:00:00Z', lastUsedAt: '2026-03-02T09:00:00Z', browser: 'Chrome', os: 'Android', current: true },
  { id: 's-laptop', createdAt: '2026-03-01T08:00:00Z', lastUsedAt: null, browser: 'Firefox', os: 'Windows', current: false },
];

describe('account pages', () => {
  let http: HttpTestingController;
  let harness: RouterTestingHarness;
  let el: HTMLElement;

  async function settle(): Promise<void> {
    for (let i = 0; i < 3; i++) {
      await new Promise((resolve) => setTimeout(resolve));
      await harness.fixture.whenStable();
    }
  }
  function type(selector: string, value: string): void {
    const input = el.querySelector<HTMLInputElement>(selector)!;
    input.value = value;
    input.dispatchEvent(new Event('input'));
  }
  const submit = (form = 'form') => el.querySelector<HTMLFormElement>(form)!.dispatchEvent(new Event('submit'));
  const text = () => el.textContent!.replace(/\s+/g, ' ');

  beforeEach(async () => {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter(
          [
            { path: 'forgot-password', component: ForgotPasswordPage },
            { path: 'reset-password', component: ResetPasswordPage },
            { path: 'account', component: AccountPage },
          ],
          withComponentInputBinding(),
        ),
      ],
    });
    http = TestBed.inject(HttpTestingController);
    harness = await RouterTestingHarness.create();
  });
  afterEach(() => http.verify());

  describe('ForgotPasswordPage', () => {
    beforeEach(async () => {
      await harness.navigateByUrl('/forgot-password');
      el = harness.routeNativeElement!;
    });

    it('asks for a link and says the same thing whatever the API knows', async () => {
      type('input[type=email]', ' sanne@example.nl ');
      submit();
      http
        .expectOne({ method: 'POST', url: '/api/auth/password-reset' })
        .flush({ status: 'check_your_mail' }, { status: 202, statusText: 'Accepted' });
      await settle();
      expect(http.match(() => true)).toEqual([]);
      expect(text()).toContain('We hebben een mail gestuurd naar sanne@example.nl, als daar een account bij hoort');
    });

    it('refuses an address that is not one, without calling the API, and labels the field', async () => {
      type('input[type=email]', 'geen adres');
      submit();
      await settle();
      const input = el.querySelector('input[type=email]')!;
      expect(input.getAttribute('aria-invalid')).toBe('true');
      expect(el.querySelector(`label[for="${input.id}"]`)?.textContent).toContain('E-mailadres');
    });
  });

  describe('ResetPasswordPage', () => {
    async function open(token = 'abc'): Promise<void> {
      await harness.navigateByUrl(`/reset-password?token=${token}`);
      el = harness.routeNativeElement!;
    }

    it('sends the token from the link with the new password and then points to the login', async () => {
      await open('tok-123');
      type('input[type=password]', 'paarse olifant fietst langzaam');
      submit();
      const req = http.expectOne({ method: 'POST', url: '/api/auth/password-reset/confirm' });
      expect(req.request.body).toEqual({ token: 'tok-123', password: 'paarse olifant fietst langzaam' });
      req.flush(null, { status: 204, statusText: 'No Content' });
      await settle();
      expect(text()).toContain('Je nieuwe wachtwoord is opgeslagen');
      expect(el.querySelector('a[href="/login"]')).not.toBeNull();
    });

    it('explains a used or expired link and offers a new one', async () => {
      await open();
      type('input[type=password]', 'paarse olifant fietst langzaam');
      submit();
      http
        .expectOne('/api/auth/password-reset/confirm')
        .flush(
          { statusCode: 400, error: 'Bad Request', message: 'x', code: 'reset_link_invalid', fields: { token: ['x'] } },
          { status: 400, statusText: 'Bad Request' },
        );
      await settle();
      expect(text()).toContain('Deze link werkt niet meer');
      expect(el.querySelector('a[href="/forgot-password"]')).not.toBeNull();
    });

    it('marks the password field when the password is too weak', async () => {
      await open();
      type('input[type=password]', 'Welkom1234');
      submit();
      http
        .expectOne('/api/auth/password-reset/confirm')
        .flush(
          { statusCode: 400, error: 'Bad Request', message: 'x', code: 'password_too_weak', fields: { password: ['x'] } },
          { status: 400, statusText: 'Bad Request' },
        );
      await settle();
      expect(el.querySelector('input[type=password]')!.getAttribute('aria-invalid')).toBe('true');
      expect(text()).toContain('te makkelijk te raden');
    });
  });

  describe('AccountPage', () => {
    beforeEach(async () => {
      await harness.navigateByUrl('/account');
      el = harness.routeNativeElement!;
      http.expectOne({ method: 'GET', url: '/api/auth/sessions' }).flush(SESSIONS);
      // The Tweestapsverificatie section (its own spec: two-factor-section.component.spec.ts).
      http.expectOne({ method: 'GET', url: '/api/auth/two-factor' }).flush({ enabled: true, required: true, recoveryCodesLeft: 10 });
      await settle();
    });

    it('lists the devices in words, marks this one, and offers to end only the others', () => {
      expect(text()).toContain('Chrome op Android (Dit apparaat)');
      expect(text()).toContain('Firefox op Windows');
      const buttons = [...el.querySelectorAll<HTMLButtonElement>('.sessions button')];
      expect(buttons.map((b) => b.getAttribute('aria-label'))).toEqual(['Firefox op Windows uitloggen']);
    });

    it('ends another session and reloads the list', async () => {
      el.querySelector<HTMLButtonElement>('.sessions button')!.click();
      http.expectOne({ method: 'DELETE', url: '/api/auth/sessions/s-laptop' }).flush(null, { status: 204, statusText: 'No Content' });
      await settle();
      http.expectOne('/api/auth/sessions').flush([SESSIONS[0]]);
      await settle();
      expect(text()).toContain('Dit apparaat is uitgelogd');
      expect(text()).not.toContain('Firefox op Windows');
    });

    it('changes the password and says other devices are logged out', async () => {
      type('#currentPassword', 'oud-wachtwoord');
      type('#password', 'paarse olifant fietst langzaam');
      submit();
      const req = http.expectOne({ method: 'POST', url: '/api/auth/password' });
      expect(req.request.body).toEqual({ currentPassword: 'oud-wachtwoord', password: 'paarse olifant fietst langzaam' });
      req.flush(null, { status: 204, statusText: 'No Content' });
      await settle();
      http.expectOne('/api/auth/sessions').flush([SESSIONS[0]]);
      await settle();
      expect(text()).toContain('Je wachtwoord is gewijzigd');
    });

    it('marks the current-password field when it is wrong', async () => {
      type('#currentPassword', 'fout');
      type('#password', 'paarse olifant fietst langzaam');
      submit();
      http
        .expectOne('/api/auth/password')
        .flush(
          { statusCode: 400, error: 'Bad Request', message: 'x', code: 'current_password_wrong', fields: { currentPassword: ['x'] } },
          { status: 400, statusText: 'Bad Request' },
        );
      await settle();
      expect(el.querySelector('#currentPassword')!.getAttribute('aria-invalid')).toBe('true');
      expect(text()).toContain('Je huidige wachtwoord klopt niet');
    });
  });
});
