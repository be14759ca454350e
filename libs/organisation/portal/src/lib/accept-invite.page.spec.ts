import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { AcceptInvitePage } from './accept-invite.page';

const preview = {
  name: 'Samira Haddou',
  email: 'samira@mw.nl',
  organisationName: 'MW Holland Rijnland',
  role: 'worker',
  invitedByName: 'Anna de Vries',
};

/** Lets the awaited HTTP response resolve, then renders. */
async function settle(fixture: { whenStable(): Promise<unknown> }): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve));
  await fixture.whenStable();
}

async function setup(token: string | null = 'tok-123') {
  TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([])] });
  const http = TestBed.inject(HttpTestingController);
  const router = TestBed.inject(Router);
  const navigate = jest.spyOn(router, 'navigate').mockResolvedValue(true);
  const fixture = TestBed.createComponent(AcceptInvitePage);
  if (token !== null) fixture.componentRef.setInput('token', token);
  const el = fixture.nativeElement as HTMLElement;
  fixture.detectChanges();
  await settle(fixture);
  const choose = (password: string) => {
    const input = el.querySelector('#password') as HTMLInputElement;
    input.value = password;
    input.dispatchEvent(new Event('input'));
    el.querySelector('form')!.dispatchEvent(new Event('submit'));
  };
  return { http, fixture, el, navigate, choose };
}

describe('AcceptInvitePage', () => {
  it('shows who invited you to which organisation and as what, then makes the account and goes to login with a message', async () => {
    const { http, fixture, el, navigate, choose } = await setup();
    http.expectOne((r) => r.url === '/api/auth/invite' && r.params.get('token') === 'tok-123').flush(preview);
    await settle(fixture);
    expect(el.textContent).toContain(
      'Anna de Vries nodigt je uit om met Nabij te werken bij MW Holland Rijnland. Je rol: Maatschappelijk werker.',
    );
    expect(el.textContent).toContain('Je logt straks in met dit e-mailadres: samira@mw.nl');
    expect(el.querySelector('label[for=password]')?.textContent).toContain('Kies een wachtwoord');
    expect(el.querySelector('#password')?.getAttribute('autocomplete')).toBe('new-password');

    choose('groene kikker springt hoog');
    const req = http.expectOne((r) => r.method === 'POST' && r.url === '/api/auth/invite/accept');
    expect(req.request.body).toEqual({ token: 'tok-123', password: 'groene kikker springt hoog' });
    req.flush({ email: 'samira@mw.nl' });
    await settle(fixture);
    expect(navigate).toHaveBeenCalledWith(['/login'], { queryParams: { uitgenodigd: 'samira@mw.nl' } });
  });

  it('asks for a password before sending, and explains a weak one at the field with the focus there', async () => {
    const { http, fixture, el, navigate, choose } = await setup();
    http.expectOne((r) => r.url === '/api/auth/invite').flush(preview);
    await settle(fixture);
    choose('');
    await settle(fixture);
    http.expectNone((r) => r.method === 'POST');
    expect(el.querySelector('#password-error')?.textContent?.trim()).not.toBe('');

    choose('Welkom1234');
    http
      .expectOne((r) => r.method === 'POST')
      .flush(
        { statusCode: 400, error: 'Bad Request', message: 'weak', code: 'password_too_weak', fields: { password: ['weak'] } },
        { status: 400, statusText: 'Bad Request' },
      );
    await settle(fixture);
    expect(el.querySelector('#password-error')?.textContent).toContain('te makkelijk te raden');
    expect(document.activeElement?.id).toBe('password');
    expect(navigate).not.toHaveBeenCalled();
  });

  it('says the invite no longer works for a used, withdrawn, expired or unknown link, with no form', async () => {
    const { http, fixture, el } = await setup();
    http
      .expectOne((r) => r.url === '/api/auth/invite')
      .flush(
        { statusCode: 400, error: 'Bad Request', message: 'invalid', code: 'invite_link_invalid', fields: { token: ['invalid'] } },
        { status: 400, statusText: 'Bad Request' },
      );
    await settle(fixture);
    expect(el.querySelector('[role=alert]')?.textContent).toContain('Deze uitnodiging werkt niet meer');
    expect(el.querySelector('form')).toBeNull();
    expect(el.querySelector('a[href="/login"]')).not.toBeNull();
  });

  it('without a token in the link asks nothing of the API and says the link does not work', async () => {
    const { http, el } = await setup(null);
    http.expectNone((r) => r.url === '/api/auth/invite');
    expect(el.textContent).toContain('Deze uitnodiging werkt niet meer');
  });
});
