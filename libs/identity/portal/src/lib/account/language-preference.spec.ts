import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import type { SessionResponse } from '@nabij/identity/contracts';
import { AuthStore, I18n, LANG_CHOSEN_KEY, LANG_STORAGE_KEY } from '@nabij/platform/portal';
import { firstValueFrom } from 'rxjs';
import { LanguagePreference } from './language-preference';

function sessionOf(role: SessionResponse['user']['role'], language?: string): SessionResponse {
  const user = {
    id: `${role}-1`,
    email: `${role}@demo.nabij.nl`,
    loginName: null,
    name: 'Sanne',
    role,
    organisation: { id: 'o1', name: 'Kwadraad' },
    financier: null,
    team: null,
    ...(language ? { language } : {}),
  };
  // A session from before the API sent the account's language has none: `as` allows leaving it out.
  return { accessToken: 't', expiresIn: 900, user: user as SessionResponse['user'] };
}

describe('LanguagePreference', () => {
  let http: HttpTestingController;
  let i18n: I18n;

  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    http = TestBed.inject(HttpTestingController);
    i18n = TestBed.inject(I18n);
    TestBed.inject(LanguagePreference);
  });

  async function signIn(answer: SessionResponse) {
    const login = firstValueFrom(TestBed.inject(AuthStore).login({ email: 'a@b.nl', password: 'x' }));
    http.expectOne('/api/auth/login').flush(answer);
    await login;
    TestBed.tick();
  }

  const saves = () => http.match((r) => r.url === '/api/account/language');

  it('sends nothing for a visitor who is not signed in', () => {
    i18n.choose('ar');
    TestBed.tick();
    expect(saves()).toEqual([]);
  });

  it('saves the language a client picked before signing in, once, with PATCH /api/account/language', async () => {
    i18n.choose('ar');
    TestBed.tick();
    await signIn(sessionOf('client', 'nl'));
    const sent = saves();
    expect(sent.map((r) => [r.request.method, r.request.body])).toEqual([['PATCH', { language: 'ar' }]]);
    sent[0].flush(null);
    TestBed.tick();
    expect(saves()).toEqual([]);
    expect(i18n.lang()).toBe('ar');
  });

  it('saves each later change of a signed-in client once', async () => {
    await signIn(sessionOf('client', 'nl'));
    expect(saves()).toEqual([]);
    i18n.choose('tr');
    TestBed.tick();
    i18n.choose('tr');
    TestBed.tick();
    const sent = saves();
    expect(sent.map((r) => r.request.body)).toEqual([{ language: 'tr' }]);
    sent[0].flush(null);
    i18n.choose('pl');
    TestBed.tick();
    expect(saves().map((r) => r.request.body)).toEqual([{ language: 'pl' }]);
  });

  it("takes the account's language on sign-in when none was picked on this device, without saving it back", async () => {
    localStorage.setItem(LANG_STORAGE_KEY, 'en');
    await signIn(sessionOf('client', 'ar'));
    expect(i18n.lang()).toBe('ar');
    expect(document.documentElement.dir).toBe('rtl');
    expect(saves()).toEqual([]);
  });

  it("keeps a language picked on this device before a reload over the account's, and saves it", async () => {
    TestBed.resetTestingModule();
    localStorage.setItem(LANG_STORAGE_KEY, 'ar');
    localStorage.setItem(LANG_CHOSEN_KEY, '1');
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    http = TestBed.inject(HttpTestingController);
    i18n = TestBed.inject(I18n);
    TestBed.inject(LanguagePreference);
    await signIn(sessionOf('client', 'nl'));
    expect(i18n.lang()).toBe('ar');
    expect(saves().map((r) => r.request.body)).toEqual([{ language: 'ar' }]);
  });

  it('saves the current language when the session answer has none', async () => {
    i18n.setLang('en');
    TestBed.tick();
    await signIn(sessionOf('client'));
    expect(saves().map((r) => r.request.body)).toEqual([{ language: 'en' }]);
  });

  it('never saves a language staff screens do not have', async () => {
    i18n.choose('ar');
    TestBed.tick();
    await signIn(sessionOf('worker', 'nl'));
    expect(saves()).toEqual([]);
    i18n.choose('en');
    TestBed.tick();
    expect(saves().map((r) => r.request.body)).toEqual([{ language: 'en' }]);
  });

  it('tries again on the next change when saving failed', async () => {
    await signIn(sessionOf('client', 'nl'));
    i18n.choose('ar');
    TestBed.tick();
    saves()[0].flush(null, { status: 503, statusText: 'Unavailable' });
    await Promise.resolve();
    i18n.choose('nl');
    TestBed.tick();
    // The account still says Dutch: nothing to save.
    expect(saves()).toEqual([]);
    i18n.choose('ar');
    TestBed.tick();
    expect(saves().map((r) => r.request.body)).toEqual([{ language: 'ar' }]);
  });
});
