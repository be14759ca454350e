import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import type { TwoFactorStatus } from '@nabij/identity/contracts';
import { TwoFactorSectionComponent } from './two-factor-section.component';

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

/** "Tweestapsverificatie" on /account. */
describe('TwoFactorSectionComponent', () => {
  let http: HttpTestingController;
  let fixture: ComponentFixture<TwoFactorSectionComponent>;
  let el: HTMLElement;

  async function settle(): Promise<void> {
    for (let i = 0; i < 3; i++) {
      await new Promise((resolve) => setTimeout(resolve));
      fixture.detectChanges();
      await fixture.whenStable();
    }
  }
  const text = () => el.textContent!.replace(/\s+/g, ' ');
  const button = (label: string) => Array.from(el.querySelectorAll('button')).find((b) => b.textContent?.includes(label));
  function type(selector: string, value: string): void {
    const input = el.querySelector<HTMLInputElement>(selector)!;
    input.value = value;
    input.dispatchEvent(new Event('input'));
  }
  const submit = () => el.querySelector('form')!.dispatchEvent(new Event('submit', { cancelable: true }));

  async function open(status: TwoFactorStatus): Promise<void> {
    fixture = TestBed.createComponent(TwoFactorSectionComponent);
    el = fixture.nativeElement;
    document.body.appendChild(el);
    fixture.detectChanges();
    http.expectOne({ method: 'GET', url: '/api/auth/two-factor' }).flush(status);
    await settle();
  }

  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    http = TestBed.inject(HttpTestingController);
  });
  afterEach(() => {
    http.verify();
    el?.remove();
  });

  it('shows staff that it is on and required, how many recovery codes are left, and no way to turn it off', async () => {
    await open({ enabled: true, required: true, recoveryCodesLeft: 2 });
    expect(el.querySelector('h2')?.textContent).toContain('Tweestapsverificatie');
    expect(text()).toContain('Aan. Je logt in met je wachtwoord en een code uit je app.');
    expect(text()).toContain('Voor medewerkers staat dit altijd aan');
    expect(text()).toContain('Je hebt nog 2 van de 10 herstelcodes.');
    expect(text()).toContain('Je hebt bijna geen herstelcodes meer.');
    expect(button('uitzetten')).toBeUndefined();
    expect(button('aanzetten')).toBeUndefined();
  });

  it('makes new recovery codes after a code from the app, and shows them once', async () => {
    await open({ enabled: true, required: true, recoveryCodesLeft: 9 });
    button('Nieuwe herstelcodes maken')!.click();
    await settle();
    expect(document.activeElement).toBe(el.querySelector('#two-factor-confirm-code'));
    submit();
    await settle();
    expect(el.querySelector('#two-factor-confirm-code')?.getAttribute('aria-invalid')).toBe('true');
    type('#two-factor-confirm-code', '123456');
    submit();
    const wrong = http.expectOne({ method: 'POST', url: '/api/auth/two-factor/recovery-codes' });
    wrong.flush({ statusCode: 401, code: 'two_factor_code_wrong', message: 'x' }, { status: 401, statusText: 'Unauthorized' });
    await settle();
    expect(el.querySelector('[role=alert]')?.textContent).toContain('Deze code klopt niet');

    type('#two-factor-confirm-code', '654321');
    submit();
    const req = http.expectOne({ method: 'POST', url: '/api/auth/two-factor/recovery-codes' });
    expect(req.request.body).toEqual({ code: '654321' });
    req.flush({ recoveryCodes: CODES });
    await settle();
    http.expectOne('/api/auth/two-factor').flush({ enabled: true, required: true, recoveryCodesLeft: 10 });
    await settle();
    expect(Array.from(el.querySelectorAll('ol li')).map((li) => li.textContent?.trim())).toEqual(CODES);
    expect(el.querySelector('[role=status]')?.textContent).toContain('De oude werken niet meer.');
    expect(text()).toContain('Je hebt nog 10 van de 10 herstelcodes.');
  });

  it('lets a client turn it on with the QR code and a first code', async () => {
    await open({ enabled: false, required: false, recoveryCodesLeft: 0 });
    expect(text()).toContain('Uit. Je logt in met alleen je wachtwoord.');
    button('Tweestapsverificatie aanzetten')!.click();
    http.expectOne({ method: 'POST', url: '/api/auth/two-factor/setup' }).flush({
      secret: 'JBSWY3DPEHPK3PXP',
      otpauthUri: 'otpauth://totp/Nabij:x?secret=JBSWY3DPEHPK3PXP',
      qrSvg: '<svg xmlns="http://www.w3.org/2000/svg"></svg>',
    });
    await settle();
    expect(text()).toContain('Met een tweede stap kan niemand anders in je account');
    expect(el.querySelector('[data-testid=secret]')?.textContent?.trim()).toBe('JBSW Y3DP EHPK 3PXP');
    type('#setup-code', '112233');
    submit();
    const req = http.expectOne({ method: 'POST', url: '/api/auth/two-factor/setup/confirm' });
    expect(req.request.body).toEqual({ code: '112233' });
    req.flush({ recoveryCodes: CODES });
    await settle();
    http.expectOne('/api/auth/two-factor').flush({ enabled: true, required: false, recoveryCodesLeft: 10 });
    await settle();
    expect(el.querySelector('[role=status]')?.textContent).toContain('Tweestapsverificatie staat aan.');
    expect(el.querySelectorAll('ol li')).toHaveLength(10);
  });

  it('lets a client turn it off with a code', async () => {
    await open({ enabled: true, required: false, recoveryCodesLeft: 10 });
    button('Tweestapsverificatie uitzetten')!.click();
    await settle();
    type('#two-factor-confirm-code', 'abcde-fghjk');
    submit();
    const req = http.expectOne({ method: 'DELETE', url: '/api/auth/two-factor' });
    expect(req.request.body).toEqual({ code: 'abcde-fghjk' });
    req.flush(null, { status: 204, statusText: 'No Content' });
    await settle();
    http.expectOne('/api/auth/two-factor').flush({ enabled: false, required: false, recoveryCodesLeft: 0 });
    await settle();
    expect(el.querySelector('[role=status]')?.textContent).toContain('Tweestapsverificatie staat uit.');
    expect(text()).toContain('Uit. Je logt in met alleen je wachtwoord.');
  });
});
