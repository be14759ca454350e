import { HttpClient, HttpErrorResponse, provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { firstValueFrom } from 'rxjs';
import { session } from '../auth/session.fixture';
import { AuthStore } from '../auth/auth.store';
import { authInterceptor } from './auth.interceptor';

describe('authInterceptor', () => {
  let http: HttpTestingController;
  let client: HttpClient;
  let auth: AuthStore;

  beforeEach(async () => {
    localStorage.clear();
    TestBed.configureTestingModule({ providers: [provideHttpClient(withInterceptors([authInterceptor])), provideHttpClientTesting()] });
    http = TestBed.inject(HttpTestingController);
    client = TestBed.inject(HttpClient);
    auth = TestBed.inject(AuthStore);
    const login = firstValueFrom(auth.login({ email: 'a@b.nl', password: 'x' }));
    http.expectOne('/api/auth/login').flush(session('client', 'old-token'));
    await login;
  });
  afterEach(() => http.verify());

  it('adds the Bearer token to API calls only', () => {
    void firstValueFrom(client.get('/api/auth/me'));
    expect(http.expectOne('/api/auth/me').request.headers.get('Authorization')).toBe('Bearer old-token');
    void firstValueFrom(client.get('https://example.org/x'));
    expect(http.expectOne('https://example.org/x').request.headers.has('Authorization')).toBe(false);
  });

  it('refreshes once after a 401 and repeats the call with the new token', async () => {
    const me = firstValueFrom(client.get<{ ok: boolean }>('/api/auth/me'));
    http.expectOne('/api/auth/me').flush({ statusCode: 401 }, { status: 401, statusText: 'Unauthorized' });
    http.expectOne({ method: 'POST', url: '/api/auth/refresh' }).flush(session('client', 'new-token'));
    const retry = http.expectOne('/api/auth/me');
    expect(retry.request.headers.get('Authorization')).toBe('Bearer new-token');
    retry.flush({ ok: true });
    await expect(me).resolves.toEqual({ ok: true });
  });

  it('gives up after one retry and passes the 401 on', async () => {
    const me = firstValueFrom(client.get('/api/auth/me'));
    http.expectOne('/api/auth/me').flush({ statusCode: 401 }, { status: 401, statusText: 'Unauthorized' });
    http.expectOne('/api/auth/refresh').flush(session('client', 'new-token'));
    http.expectOne('/api/auth/me').flush({ statusCode: 401 }, { status: 401, statusText: 'Unauthorized' });
    await expect(me).rejects.toBeInstanceOf(HttpErrorResponse);
    http.expectNone('/api/auth/refresh');
  });

  it('ends the session when the refresh is refused', async () => {
    const me = firstValueFrom(client.get('/api/auth/me'));
    http.expectOne('/api/auth/me').flush({ statusCode: 401 }, { status: 401, statusText: 'Unauthorized' });
    http.expectOne('/api/auth/refresh').flush({ statusCode: 401 }, { status: 401, statusText: 'Unauthorized' });
    await expect(me).rejects.toMatchObject({ status: 401 });
    expect(auth.isLoggedIn()).toBe(false);
    expect(auth.lastEnd()).toBe('expired');
  });

  it('never retries the login call itself', async () => {
    const login = firstValueFrom(auth.login({ email: 'a@b.nl', password: 'wrong' }));
    http.expectOne('/api/auth/login').flush({ statusCode: 401 }, { status: 401, statusText: 'Unauthorized' });
    await expect(login).rejects.toMatchObject({ status: 401 });
    http.expectNone('/api/auth/refresh');
  });
});
