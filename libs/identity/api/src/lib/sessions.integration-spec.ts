import { JwtService } from '@nestjs/jwt';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, DemoModule, DemoSeedService } from '@nabij/demo/api';
import { SessionRegistry } from '@nabij/platform/api';
import { createTestApp, TestApp } from '@nabij/platform/testing';
import { IdentityModule, SessionsService } from '../index';

jest.setTimeout(60_000);

interface Login {
  accessToken: string;
  cookie: string;
  userId: string;
}

/** Logout, sign out everywhere and revocation end the access token too, not only the refresh cookie. */
describe('sessions end with logout', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp({ imports: [IdentityModule, DemoModule] });
    await t.app.get(DemoSeedService).seedOnce();
  });
  afterAll(() => t?.close());

  async function login(email: string): Promise<Login> {
    const res = await t.http().post('/api/auth/login').send({ email, password: DEMO_PASSWORD });
    expect(res.status).toBe(200);
    const cookie = (res.headers['set-cookie'] as unknown as string[]).find((c) => c.startsWith('nabij_refresh='))!.split(';')[0];
    return { accessToken: res.body.accessToken, cookie, userId: res.body.user.id };
  }
  const me = (token: string) => t.http().get('/api/auth/me').set('Authorization', `Bearer ${token}`);

  it('refuses the access token of a logged-out session at once', async () => {
    const session = await login(DEMO_ACCOUNTS.client);
    expect((await me(session.accessToken)).status).toBe(200);
    expect((await t.http().post('/api/auth/logout').set('Cookie', session.cookie)).status).toBe(204);
    const after = await me(session.accessToken);
    expect(after.status).toBe(401);
    expect(after.body.message).toMatch(/session has ended/);
  });

  it('signs out everywhere: every session of the account ends, other accounts keep theirs', async () => {
    const laptop = await login(DEMO_ACCOUNTS.worker);
    const phone = await login(DEMO_ACCOUNTS.worker);
    const colleague = await login(DEMO_ACCOUNTS.teamLead);

    const out = await t.http().post('/api/auth/logout-all').set('Authorization', `Bearer ${phone.accessToken}`);
    expect(out.status).toBe(204);

    for (const s of [laptop, phone]) {
      expect((await me(s.accessToken)).status).toBe(401);
      expect((await t.http().post('/api/auth/refresh').set('Cookie', s.cookie)).status).toBe(401);
    }
    expect((await me(colleague.accessToken)).status).toBe(200);
    // A new login works as before.
    expect((await me((await login(DEMO_ACCOUNTS.worker)).accessToken)).status).toBe(200);
  });

  it('needs a logged-in user to sign out everywhere', async () => {
    expect((await t.http().post('/api/auth/logout-all')).status).toBe(401);
  });

  it('ends every session through the service that account deactivation will call', async () => {
    const session = await login(DEMO_ACCOUNTS.admin);
    expect(await t.app.get(SessionsService).revokeAll(session.userId)).toBeGreaterThanOrEqual(1);
    expect((await me(session.accessToken)).status).toBe(401);
  });

  it('refuses a session ended by another API instance once the 2-second cache window has passed', async () => {
    const session = await login(DEMO_ACCOUNTS.client);
    expect((await me(session.accessToken)).status).toBe(200);
    // Another instance shares the database, not this process's cache.
    await t.dataSource.query(`UPDATE auth_session SET revoked_at = now() WHERE account_id = $1`, [session.userId]);
    t.app.get(SessionRegistry).forgetCached();
    expect((await me(session.accessToken)).status).toBe(401);
  });

  it('ends the access token too when a rotated refresh token comes back (a stolen copy)', async () => {
    const session = await login(DEMO_ACCOUNTS.teamLead);
    const refreshed = await t.http().post('/api/auth/refresh').set('Cookie', session.cookie);
    expect(refreshed.status).toBe(200);
    expect((await t.http().post('/api/auth/refresh').set('Cookie', session.cookie)).status).toBe(401);
    expect((await me(refreshed.body.accessToken)).status).toBe(401);
  });

  it('refuses a correctly signed token that names no session', async () => {
    const session = await login(DEMO_ACCOUNTS.client);
    const jwt = t.app.get(JwtService);
    const payload = jwt.decode<{ sub: string; role: string; org: string | null }>(session.accessToken);
    const withoutSid = jwt.sign({ sub: payload.sub, role: payload.role, org: payload.org });
    expect((await me(withoutSid)).status).toBe(401);
  });
});
