import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { ActivatePage } from './activate.page';

describe('ActivatePage (/activeren)', () => {
  let http: HttpTestingController;
  let harness: RouterTestingHarness;
  let el: HTMLElement;

  async function settle(): Promise<void> {
    for (let i = 0; i < 3; i++) {
      await new Promise((resolve) => setTimeout(resolve));
      await harness.fixture.whenStable();
    }
  }
  function type(id: string, value: string): void {
    const input = el.querySelector<HTMLInputElement>(`#${id}`)!;
    input.value = value;
    input.dispatchEvent(new Event('input'));
  }
  const submit = () => el.querySelector<HTMLFormElement>('form')!.dispatchEvent(new Event('submit'));
  const text = () => el.textContent!.replace(/\s+/g, ' ');
  const fill = () => {
    type('activate-loginName', ' Zwolle-H4K7P ');
    type('activate-code', 'k7m4 q2xa 9rtd');
    type('activate-password', 'Eigen-sleutel-2026!');
  };

  beforeEach(async () => {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([{ path: 'activeren', component: ActivatePage }], withComponentInputBinding()),
      ],
    });
    http = TestBed.inject(HttpTestingController);
    harness = await RouterTestingHarness.create();
    await harness.navigateByUrl('/activeren');
    el = harness.routeNativeElement!;
  });
  afterEach(() => http.verify());

  it('labels the three fields and sends the login name in lower case with the code as typed', async () => {
    for (const [id, label] of [
      ['activate-loginName', 'Gebruikersnaam'],
      ['activate-code', 'Code'],
      ['activate-password', 'Kies een wachtwoord'],
    ]) {
      expect(el.querySelector(`label[for="${id}"]`)?.textContent).toContain(label);
    }
    expect(el.querySelector('#activate-password')?.getAttribute('type')).toBe('password');
    expect(text()).toContain('Minstens 10 tekens');
    fill();
    submit();
    const req = http.expectOne({ method: 'POST', url: '/api/auth/activate' });
    expect(req.request.body).toEqual({ loginName: 'zwolle-h4k7p', code: 'k7m4 q2xa 9rtd', password: 'Eigen-sleutel-2026!' });
    req.flush({ loginName: 'zwolle-h4k7p' });
    await settle();
    expect(text()).toContain('Je account is klaar. Log nu in met je gebruikersnaam zwolle-h4k7p');
    expect(el.querySelector('[aria-live="polite"] a[href="/login"]')).not.toBeNull();
    expect(el.querySelector('form')).toBeNull();
  });

  it('checks the fields before calling the API and marks each wrong one', async () => {
    type('activate-loginName', 'jan@example.nl');
    type('activate-code', 'ABC');
    type('activate-password', 'kort');
    submit();
    await settle();
    expect(http.match(() => true)).toEqual([]);
    for (const id of ['activate-loginName', 'activate-code', 'activate-password']) {
      expect(el.querySelector(`#${id}`)?.getAttribute('aria-invalid')).toBe('true');
    }
    expect(text()).toContain('Vul de gebruikersnaam van de brief in, zoals leiden-k7m4q.');
    expect(text()).toContain('Vul de code van de brief in.');
    expect(document.activeElement?.id).toBe('activate-loginName');
  });

  it('says the name and code do not work, in one message, when the API refuses the code', async () => {
    fill();
    submit();
    http
      .expectOne('/api/auth/activate')
      .flush(
        { statusCode: 400, error: 'Bad Request', message: 'x', code: 'activation_code_invalid', fields: { code: ['x'] } },
        { status: 400, statusText: 'Bad Request' },
      );
    await settle();
    expect(text()).toContain('Deze gebruikersnaam en code werken niet.');
    expect(el.querySelector('form')).not.toBeNull();
  });

  it('shows the password rule message when the API finds the password too easy, and the wait after too many tries', async () => {
    fill();
    submit();
    http
      .expectOne('/api/auth/activate')
      .flush(
        { statusCode: 400, error: 'Bad Request', message: 'x', code: 'password_too_weak', fields: { password: ['x'] } },
        { status: 400, statusText: 'Bad Request' },
      );
    await settle();
    expect(el.querySelector('#activate-password')?.getAttribute('aria-invalid')).toBe('true');
    expect(text()).toContain('Dit wachtwoord is te makkelijk te raden');

    submit();
    http
      .expectOne('/api/auth/activate')
      .flush(
        { statusCode: 429, error: 'Too Many Requests', message: 'x', code: 'login_throttled' },
        { status: 429, statusText: 'Too Many Requests', headers: { 'Retry-After': '42' } },
      );
    await settle();
    expect(text()).toContain('Te veel pogingen. Probeer het over 42 seconden opnieuw.');
  });
});
