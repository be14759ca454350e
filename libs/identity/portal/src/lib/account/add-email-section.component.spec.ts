import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import type { CurrentUser } from '@nabij/identity/contracts';
import { AuthStore } from '@nabij/platform/portal';
import { AddEmailSectionComponent } from './add-email-section.component';

const USER: CurrentUser = {
  id: 'u1',
  email: null,
  loginName: 'zwolle-h4k7p',
  name: 'Dennis Groen',
  role: 'client',
  organisation: { id: 'o1', name: 'Welzijn IJsseldelta' },
  financier: { id: 'f1', name: 'Zwolle' },
  team: null,
  language: 'nl',
};

describe('AddEmailSectionComponent (/account)', () => {
  let http: HttpTestingController;

  async function render(user: CurrentUser) {
    localStorage.clear();
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    http = TestBed.inject(HttpTestingController);
    TestBed.inject(AuthStore).begin({ accessToken: 't', expiresIn: 900, user });
    const fixture = TestBed.createComponent(AddEmailSectionComponent);
    fixture.detectChanges();
    await fixture.whenStable();
    return { fixture, el: fixture.nativeElement as HTMLElement };
  }
  const settle = async (fixture: { whenStable(): Promise<unknown>; detectChanges(): void }) => {
    for (let i = 0; i < 3; i++) {
      await new Promise((resolve) => setTimeout(resolve));
      fixture.detectChanges();
      await fixture.whenStable();
    }
  };
  function type(el: HTMLElement, value: string): void {
    const input = el.querySelector<HTMLInputElement>('#add-email')!;
    input.value = value;
    input.dispatchEvent(new Event('input'));
  }
  afterEach(() => http.verify());

  it('is there only for an account with a login name and no e-mail address', async () => {
    const { el } = await render({ ...USER, email: 'client@demo.nabij.nl', loginName: null });
    expect(el.querySelector('section')).toBeNull();
  });

  it('sends the address and says a link must be opened first', async () => {
    const { fixture, el } = await render(USER);
    expect(el.querySelector('h2')?.textContent).toContain('E-mailadres toevoegen');
    expect(el.textContent).toContain('Je logt in met je gebruikersnaam zwolle-h4k7p');
    expect(el.querySelector('label[for="add-email"]')?.textContent).toContain('Je e-mailadres');
    type(el, ' dennis@example.nl ');
    el.querySelector('form')!.dispatchEvent(new Event('submit'));
    const req = http.expectOne({ method: 'POST', url: '/api/auth/email' });
    expect(req.request.body).toEqual({ email: 'dennis@example.nl' });
    req.flush({ status: 'check_your_mail', email: 'dennis@example.nl' }, { status: 202, statusText: 'Accepted' });
    await settle(fixture);
    expect(el.querySelector('[aria-live="polite"]')?.textContent).toContain('We hebben een mail gestuurd naar dennis@example.nl');
  });

  it('checks the address first and names a taken one on the field', async () => {
    const { fixture, el } = await render(USER);
    type(el, 'geen adres');
    el.querySelector('form')!.dispatchEvent(new Event('submit'));
    await settle(fixture);
    expect(el.querySelector('#add-email')?.getAttribute('aria-invalid')).toBe('true');
    type(el, 'bezet@example.nl');
    el.querySelector('form')!.dispatchEvent(new Event('submit'));
    http
      .expectOne('/api/auth/email')
      .flush(
        { statusCode: 409, error: 'Conflict', message: 'x', fields: { email: ['already has an account'] } },
        { status: 409, statusText: 'Conflict' },
      );
    await settle(fixture);
    expect(el.textContent).toContain('Er is al een account met dit e-mailadres.');
  });
});
