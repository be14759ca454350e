import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { LoginPage } from './login.page';

/** After a 429 the page says how long to wait, from the API's Retry-After header. */
describe('LoginPage: throttled login', () => {
  let http: HttpTestingController;
  let harness: RouterTestingHarness;
  let el: HTMLElement;

  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([{ path: 'login', component: LoginPage }])],
    });
    http = TestBed.inject(HttpTestingController);
  });
  afterEach(() => http.verify());

  async function refusedWith(retryAfter: string): Promise<string> {
    harness = await RouterTestingHarness.create('/login');
    el = harness.routeNativeElement as HTMLElement;
    for (const [id, value] of [
      ['email', 'client@demo.nabij.nl'],
      ['password', 'fout-wachtwoord'],
    ]) {
      const input = el.querySelector<HTMLInputElement>(`#${id}`)!;
      input.value = value;
      input.dispatchEvent(new Event('input'));
    }
    el.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
    await harness.fixture.whenStable();
    http
      .expectOne({ method: 'POST', url: '/api/auth/login' })
      .flush(
        { statusCode: 429, error: 'Too Many Requests', message: 'Too many attempts.', code: 'login_throttled' },
        { status: 429, statusText: 'Too Many Requests', headers: { 'Retry-After': retryAfter } },
      );
    for (let i = 0; i < 3; i++) {
      await new Promise((resolve) => setTimeout(resolve));
      await harness.fixture.whenStable();
    }
    return el.querySelector('[role=alert]')?.textContent ?? '';
  }

  it('says to wait 15 minutes when this address tried too often', async () => {
    expect(await refusedWith('900')).toContain('Wacht 15 minuten');
  });

  it('says to wait some seconds when the account is being slowed down', async () => {
    expect(await refusedWith('32')).toContain('Wacht 32 seconden');
  });
});
