import { IdentityModule } from '@nabij/identity/api';
import { makeClient, makeWorker } from '@nabij/identity/api/testing';
import { LOG_DESTINATION } from '@nabij/platform/api';
import { createTestApp, makeOrganisation, TestAccount, TestApp } from '@nabij/platform/testing';

jest.setTimeout(60_000);

/**
 * The real app with its pino destination swapped for an array, at level info (createTestApp keeps
 * tests silent), so the test reads exactly what production would write to stdout.
 */
describe('request logs', () => {
  let t: TestApp;
  let client: TestAccount;
  let worker: TestAccount;
  const password = 'Request-log-2026!';
  const lines: string[] = [];
  const http = () => t.http();
  const logged = () => lines.map((l) => JSON.parse(l) as Record<string, unknown>);

  beforeAll(async () => {
    t = await createTestApp({
      imports: [IdentityModule],
      env: { LOG_LEVEL: 'info' },
      overrides: [{ provide: LOG_DESTINATION, useValue: { write: (line: string) => lines.push(line) } }],
    });
    const org = await makeOrganisation(t);
    client = await makeClient(t, { organisationId: org.organisationId, financierId: org.financierId, password });
    worker = await makeWorker(t, { organisationId: org.organisationId, password });
  });
  afterAll(() => t?.close());

  it('gives every answer a request id and logs the request under that id', async () => {
    const res = await http().get('/api/health');
    const id = res.headers['x-request-id'];
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    const line = logged().find((l) => (l['req'] as { id?: string } | undefined)?.id === id);
    expect(line).toMatchObject({
      req: { id, method: 'GET', path: '/api/health' },
      res: { statusCode: res.status },
      msg: 'request completed',
    });
    expect((await http().get('/api/health')).headers['x-request-id']).not.toBe(id);
  });

  it('keeps the request id a proxy on this machine hands in, and ignores one that could smuggle text', async () => {
    expect((await http().get('/api/health').set('X-Request-Id', 'proxy-42.abc')).headers['x-request-id']).toBe('proxy-42.abc');
    const hostile = await http().get('/api/health').set('X-Request-Id', 'x" injected {"level":60}');
    expect(hostile.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('writes no password, token, cookie, e-mail or body of a login to the log', async () => {
    lines.length = 0;
    const login = await http()
      .post('/api/auth/login?email=' + encodeURIComponent(client.email))
      .set('Authorization', 'Bearer header-token-that-must-not-be-logged')
      .set('Cookie', 'nabij_refresh=cookie-value-that-must-not-be-logged')
      .send({ email: client.email, password });
    expect(login.status).toBe(200);
    const failed = await http().post('/api/auth/login').send({ email: worker.email, password: 'Wrong-password-in-log?' });
    expect(failed.status).toBe(401);
    const requestLines = logged().filter((l) => (l['req'] as { path?: string } | undefined)?.path === '/api/auth/login');
    expect(requestLines.map((l) => (l['res'] as { statusCode: number }).statusCode)).toEqual([200, 401]);
    const refreshToken = /nabij_refresh=([^;]+)/.exec((login.headers['set-cookie'] as unknown as string[]).join(';'))?.[1];
    const text = lines.join('');
    for (const secret of [
      password,
      'Wrong-password-in-log?',
      'header-token-that-must-not-be-logged',
      'cookie-value-that-must-not-be-logged',
      login.body.accessToken,
      refreshToken,
      client.email,
      worker.email,
      'nabij_refresh',
    ]) {
      expect(secret).toBeTruthy();
      expect(text).not.toContain(secret);
    }
  });

  it('logs client errors at warn and the rest at info', async () => {
    lines.length = 0;
    const res = await http().get('/api/auth/me');
    expect(res.status).toBe(401);
    const line = logged().find((l) => (l['req'] as { id?: string }).id === res.headers['x-request-id']);
    expect(line?.['level']).toBe(40);
  });

  it('gives an answer the body parser refused its request id and log line too', async () => {
    lines.length = 0;
    const res = await http().post('/api/auth/login').set('Content-Type', 'application/json').send('{"email": "broken');
    expect(res.status).toBe(400);
    const id = res.headers['x-request-id'];
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    expect(logged().find((l) => (l['req'] as { id?: string } | undefined)?.id === id)).toMatchObject({
      level: 40,
      req: { method: 'POST', path: '/api/auth/login' },
      res: { statusCode: 400 },
    });
  });
});
