import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { AuthStore } from '@nabij/platform/portal';
import { LoginPage } from './login.page';

@Component({ template: '<h1>home</h1>' })
class Home {}

const SESSION = {
  accessToken: 't',
  expiresIn: 900,
  user: {
    id: 'u1',
    email: 'worker@demo.nabij.nl',
    loginName: null,
    name: 'Bram',
    role: 'worker',
    organisation: null,
    financier: null,
    team: null,
  },
};
const CODES = [
  'abcde-fghjk',
  'mnpqr-stuvw',
  'xyz23-45678',
  '9abcd-efghj',
  'kmnpq-rstuv',
  'wxyz2-34567',
  '89abc-defgh',
  'jkmnp-qrstu',
  'vwxyz-23456',
  '789ab-cdefg',
];

/** The second login step: the code from the app, a recovery code, and setting up the app at a first login. */
describe('LoginPage second step', () => {
  let http: HttpTestingController;
  let harness: RouterTestingHarness;
  let el: HTMLElement;

  async function settle(): Promise<void> {
    for (let i = 0; i < 3; i++) {
      await new Promise((resolve) => setTimeout(resolve));
      await harness.fixture.whenStable();
    }
  }

  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter(
          [
            { path: 'login', component: LoginPage },
            { path: 'home', component: Home },
          ],
          withComponentInputBinding(),
        ),
      ],
    });
    http = TestBed.inject(HttpTestingController);
  });
  afterEach(() => http.verify());

  function type(id: string, value: string): void {
    const input = el.querySelector<HTMLInputElement>(`#${id}`)!;
    input.value = value;
    input.dispatchEvent(new Event('input'));
  }

  async function submit(): Promise<void> {
    el.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
    await harness.fixture.whenStable();
  }

  /** The password step, answered with a challenge of `kind`. */
  async function passwordStep(kind: 'totp' | 'setup'): Promise<void> {
    harness = await RouterTestingHarness.create('/login');
    el = harness.routeNativeElement as HTMLElement;
    type('email', 'worker@demo.nabij.nl');
    type('password', 'Nabij-demo-2026!');
    await submit();
    http.expectOne({ method: 'POST', url: '/api/auth/login' }).flush({ secondFactor: kind, challenge: 'ch-1', expiresIn: 300 });
    await settle();
  }

  it('asks for the code from the app after the password, with the heading focused, and logs in with it', async () => {
    await passwordStep('totp');
    expect(el.querySelector('h1')?.textContent).toContain('Vul de code uit je app in');
    expect(document.activeElement).toBe(el.querySelector('h1'));
    const field = el.querySelector<HTMLInputElement>('#totp-code')!;
    expect(field.getAttribute('autocomplete')).toBe('one-time-code');
    expect(field.getAttribute('inputmode')).toBe('numeric');
    expect(el.querySelector('label[for="totp-code"]')?.textContent).toContain('Code uit je app');
    expect(TestBed.inject(AuthStore).isLoggedIn()).toBe(false);

    type('totp-code', '123 456');
    await submit();
    const req = http.expectOne({ method: 'POST', url: '/api/auth/login/second-factor' });
    expect(req.request.body).toEqual({ challenge: 'ch-1', code: '123456' });
    req.flush(SESSION);
    await settle();
    expect(TestBed.inject(Router).url).toBe('/home');
    expect(TestBed.inject(AuthStore).isLoggedIn()).toBe(true);
  });

  it('checks the code before sending it: empty or not six digits names the problem at the field', async () => {
    await passwordStep('totp');
    await submit();
    expect(el.querySelector('#totp-code')?.getAttribute('aria-invalid')).toBe('true');
    expect(el.textContent).toContain('Vul de 6 cijfers uit je app in.');
    type('totp-code', '12345');
    await submit();
    expect(el.textContent).toContain('De code heeft 6 cijfers, zoals 123456.');
    expect(http.match(() => true)).toEqual([]);
  });

  it('says a wrong code in an alert and lets the person try again', async () => {
    await passwordStep('totp');
    type('totp-code', '000000');
    await submit();
    http
      .expectOne('/api/auth/login/second-factor')
      .flush({ statusCode: 401, code: 'two_factor_code_wrong', message: 'x' }, { status: 401, statusText: 'Unauthorized' });
    await settle();
    expect(el.querySelector('[role=alert]')?.textContent).toContain('Deze code klopt niet, of is al gebruikt.');
    expect(el.querySelector<HTMLInputElement>('#totp-code')!.value).toBe('');
    expect(el.querySelector('button[type=submit]')).not.toBeNull();
  });

  it('sends the person back to the password when the step has ended', async () => {
    await passwordStep('totp');
    type('totp-code', '111111');
    await submit();
    http
      .expectOne('/api/auth/login/second-factor')
      .flush({ statusCode: 401, code: 'login_challenge_ended', message: 'x' }, { status: 401, statusText: 'Unauthorized' });
    await settle();
    expect(el.querySelector('[role=alert]')?.textContent).toContain('Log opnieuw in met je wachtwoord');
    Array.from(el.querySelectorAll('button'))
      .find((b) => b.textContent?.includes('Opnieuw inloggen'))!
      .click();
    await settle();
    expect(el.querySelector('h1')?.textContent).toContain('Inloggen');
    expect(el.querySelector('#password')).not.toBeNull();
  });

  it('switches to a recovery code without the phone, and back', async () => {
    await passwordStep('totp');
    Array.from(el.querySelectorAll('button'))
      .find((b) => b.textContent?.includes('Ik heb mijn telefoon niet: gebruik een herstelcode'))!
      .click();
    await settle();
    expect(el.querySelector('h1')?.textContent).toContain('Vul een herstelcode in');
    expect(document.activeElement).toBe(el.querySelector('#recovery-code'));
    expect(el.textContent).toContain('Vraag een beheerder van je organisatie');
    type('recovery-code', ' abcde-fghjk ');
    await submit();
    const req = http.expectOne('/api/auth/login/second-factor');
    expect(req.request.body).toEqual({ challenge: 'ch-1', code: 'abcde-fghjk' });
    req.flush(SESSION);
    await settle();
    expect(TestBed.inject(Router).url).toBe('/home');
  });

  it('sets up the app at a staff member’s first login: why, QR code with a text, the key in groups of four, then the recovery codes', async () => {
    await passwordStep('setup');
    expect(el.querySelector('h1')?.textContent).toContain('Beveilig je account met een tweede stap');
    const secret = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';
    const setup = http.expectOne({ method: 'POST', url: '/api/auth/login/setup' });
    expect(setup.request.body).toEqual({ challenge: 'ch-1' });
    setup.flush({
      secret,
      otpauthUri: `otpauth://totp/Nabij:worker?secret=${secret}`,
      qrSvg: '<svg xmlns="http://www.w3.org/2000/svg"></svg>',
    });
    await settle();
    expect(el.textContent).toContain('Je werkt in Nabij met gegevens van cliënten.');
    const qr = el.querySelector<HTMLImageElement>('img.qr')!;
    expect(qr.getAttribute('alt')).toContain('QR-code om Nabij aan je app te koppelen');
    expect(qr.getAttribute('src')).toMatch(/^data:image\/svg\+xml;base64,/);
    expect(el.querySelector('[data-testid=secret]')?.textContent?.trim()).toBe('JBSW Y3DP EHPK 3PXP JBSW Y3DP EHPK 3PXP');

    type('setup-code', '654321');
    await submit();
    const confirm = http.expectOne({ method: 'POST', url: '/api/auth/login/setup/confirm' });
    expect(confirm.request.body).toEqual({ challenge: 'ch-1', code: '654321' });
    confirm.flush({ ...SESSION, recoveryCodes: CODES });
    await settle();
    expect(el.querySelector('h1')?.textContent).toContain('Bewaar je herstelcodes');
    expect(Array.from(el.querySelectorAll('ol li')).map((li) => li.textContent?.trim())).toEqual(CODES);
    expect(Array.from(el.querySelectorAll('button')).some((b) => b.textContent?.includes('Download als tekstbestand'))).toBe(true);
    // Not logged in until the codes are kept.
    expect(TestBed.inject(AuthStore).isLoggedIn()).toBe(false);
    Array.from(el.querySelectorAll('button'))
      .find((b) => b.textContent?.includes('Ik heb de codes bewaard'))!
      .click();
    await settle();
    expect(TestBed.inject(AuthStore).isLoggedIn()).toBe(true);
    expect(TestBed.inject(Router).url).toBe('/home');
  });
});
