import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { firstValueFrom } from 'rxjs';
import * as staffErrorTexts from '../http/staff-error-texts';
import { I18n } from '../i18n/i18n.service';
import { AuthStore, EARLY_RESTORE_KEY, SESSION_HINT_KEY } from './auth.store';
import { session } from './session.fixture';

describe('AuthStore', () => {
  let http: HttpTestingController;

  const page = window as unknown as Record<string, unknown>;

  beforeEach(() => {
    localStorage.clear();
    delete page[EARLY_RESTORE_KEY];
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    http = TestBed.inject(HttpTestingController);
  });
  afterEach(() => http.verify());

  it('restores the session on start with the refresh cookie', async () => {
    localStorage.setItem(SESSION_HINT_KEY, '1');
    const auth = TestBed.inject(AuthStore);
    const restored = auth.restore();
    http.expectOne({ method: 'POST', url: '/api/auth/refresh' }).flush(session('worker'));
    await restored;
    expect(auth.restored()).toBe(true);
    expect(auth.role()).toBe('worker');
    expect(auth.accessToken()).toBe('token-1');
  });

  it.each([
    ['worker', 1],
    ['team_lead', 1],
    ['admin', 1],
    ['client', 0],
    ['guardian', 0],
  ] as const)('asks for the staff error texts when someone signs in as %s: %i time(s)', async (role, times) => {
    const load = jest.spyOn(staffErrorTexts, 'loadStaffErrorTexts').mockResolvedValue(undefined);
    try {
      localStorage.setItem(SESSION_HINT_KEY, '1');
      const auth = TestBed.inject(AuthStore);
      TestBed.tick();
      expect(load).not.toHaveBeenCalled();
      const restored = auth.restore();
      http.expectOne('/api/auth/refresh').flush(session(role));
      await restored;
      TestBed.tick();
      expect(load).toHaveBeenCalledTimes(times);
      if (times) expect(load).toHaveBeenCalledWith(TestBed.inject(I18n));
    } finally {
      load.mockRestore();
    }
  });

  it('stays logged out when the refresh is refused', async () => {
    localStorage.setItem(SESSION_HINT_KEY, '1');
    const auth = TestBed.inject(AuthStore);
    const restored = auth.restore();
    http.expectOne('/api/auth/refresh').flush({ statusCode: 401 }, { status: 401, statusText: 'Unauthorized' });
    await restored;
    expect(auth.isLoggedIn()).toBe(false);
    expect(localStorage.getItem(SESSION_HINT_KEY)).toBeNull();
  });

  it('does not call refresh for a visitor who never logged in on this device', async () => {
    const auth = TestBed.inject(AuthStore);
    await auth.restore();
    http.expectNone('/api/auth/refresh');
    expect(auth.restored()).toBe(true);
  });

  it('is not logged in after the password step when a code is asked, and is after the code', async () => {
    const auth = TestBed.inject(AuthStore);
    const challenge = { secondFactor: 'totp', challenge: 'c1', expiresIn: 300 };
    const login = firstValueFrom(auth.login({ email: 'worker@demo.nabij.nl', password: 'x' }));
    http.expectOne({ method: 'POST', url: '/api/auth/login' }).flush(challenge);
    expect(await login).toEqual({ challenge });
    expect(auth.isLoggedIn()).toBe(false);
    expect(localStorage.getItem(SESSION_HINT_KEY)).toBeNull();

    const code = firstValueFrom(auth.loginSecondFactor({ challenge: 'c1', code: '123456' }));
    const req = http.expectOne({ method: 'POST', url: '/api/auth/login/second-factor' });
    expect(req.request.body).toEqual({ challenge: 'c1', code: '123456' });
    req.flush(session('worker'));
    expect((await code).role).toBe('worker');
    expect(auth.isLoggedIn()).toBe(true);
  });

  it('logs in, then clears the session and tells the API on logout', async () => {
    const auth = TestBed.inject(AuthStore);
    const login = firstValueFrom(auth.login({ email: 'client@demo.nabij.nl', password: 'x' }));
    http.expectOne({ method: 'POST', url: '/api/auth/login' }).flush(session());
    expect(await login).toEqual({ user: session().user });
    expect(localStorage.getItem(SESSION_HINT_KEY)).toBe('1');

    const logout = auth.logout();
    expect(auth.isLoggedIn()).toBe(false);
    expect(auth.lastEnd()).toBe('logout');
    http.expectOne({ method: 'POST', url: '/api/auth/logout' }).flush(null, { status: 204, statusText: 'No Content' });
    await logout;
    expect(localStorage.getItem(SESSION_HINT_KEY)).toBeNull();
  });

  it('shares one refresh between calls that need it at the same time', () => {
    const auth = TestBed.inject(AuthStore);
    const a = firstValueFrom(auth.refresh());
    const b = firstValueFrom(auth.refresh());
    http.expectOne('/api/auth/refresh').flush(session());
    return Promise.all([a, b]);
  });

  describe('with the restore the page started before the app (session-restore.js)', () => {
    it('takes that answer instead of asking the API a second time', async () => {
      localStorage.setItem(SESSION_HINT_KEY, '1');
      page[EARLY_RESTORE_KEY] = Promise.resolve(session('client'));
      const auth = TestBed.inject(AuthStore);
      await auth.restore();
      http.expectNone('/api/auth/refresh');
      expect(auth.role()).toBe('client');
      expect(auth.accessToken()).toBe('token-1');
      expect(page[EARLY_RESTORE_KEY]).toBeUndefined();
    });

    it('is logged out, without the hint, when the page was refused', async () => {
      localStorage.setItem(SESSION_HINT_KEY, '1');
      page[EARLY_RESTORE_KEY] = Promise.reject(new Error('refresh refused: 401'));
      const auth = TestBed.inject(AuthStore);
      await auth.restore();
      http.expectNone('/api/auth/refresh');
      expect(auth.restored()).toBe(true);
      expect(auth.isLoggedIn()).toBe(false);
      expect(localStorage.getItem(SESSION_HINT_KEY)).toBeNull();
    });

    it('lets a refresh needed meanwhile share it, and asks the API itself the next time', async () => {
      localStorage.setItem(SESSION_HINT_KEY, '1');
      let answer!: (value: unknown) => void;
      page[EARLY_RESTORE_KEY] = new Promise((resolve) => (answer = resolve));
      const auth = TestBed.inject(AuthStore);
      const restored = auth.restore();
      const meanwhile = firstValueFrom(auth.refresh());
      http.expectNone('/api/auth/refresh');
      answer(session('worker'));
      await Promise.all([restored, meanwhile]);
      expect(auth.role()).toBe('worker');
      const later = firstValueFrom(auth.refresh());
      http.expectOne({ method: 'POST', url: '/api/auth/refresh' }).flush(session('client'));
      await later;
      expect(auth.role()).toBe('client');
    });
  });
});
