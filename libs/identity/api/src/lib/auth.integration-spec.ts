import { createTestApp, makeOrganisation, MINUTE, TestAccount, TestApp } from '@nabij/platform/testing';
import { IdentityModule } from '../index';
import { makeAdmin, makeClient, makeTeamLead, makeWorker } from './testing';

const PASSWORD = 'Test-wachtwoord-2026!';

function refreshCookie(res: { headers: Record<string, unknown> }): string {
  const cookies = res.headers['set-cookie'] as string[] | undefined;
  const cookie = cookies?.find((c) => c.startsWith('nabij_refresh='));
  if (!cookie) throw new Error('no refresh cookie set');
  return cookie.split(';')[0];
}

describe('login, refresh and logout', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp({ imports: [IdentityModule] });
  });
  afterAll(() => t.close());

  // Every test logs in with accounts of its own (with a password: login is what is tested), so no
  // test sees another's refresh tokens, throttle counts or audit entries.
  async function account(role: 'client' | 'worker' | 'team_lead' | 'admin'): Promise<TestAccount> {
    const org = await makeOrganisation(t);
    const staff = { organisationId: org.organisationId, teamId: org.teamId, password: PASSWORD };
    if (role === 'client') return makeClient(t, { organisationId: org.organisationId, financierId: org.financierId, password: PASSWORD });
    if (role === 'worker') return makeWorker(t, staff);
    if (role === 'team_lead') return makeTeamLead(t, staff);
    return makeAdmin(t, staff);
  }

  it('logs in with an access token and an httpOnly refresh cookie', async () => {
    const client = await account('client');
    const res = await t.http().post('/api/auth/login').send({ email: client.email, password: PASSWORD });
    expect(res.status).toBe(200);
    expect(res.body.accessToken).toEqual(expect.any(String));
    expect(res.body.user).toMatchObject({ email: client.email, role: 'client', financier: { name: 'Leiden' } });
    const cookie = (res.headers['set-cookie'] as unknown as string[]).find((c) => c.startsWith('nabij_refresh='))!;
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
    expect(cookie).toMatch(/Path=\/api\/auth/);

    const me = await t.http().get('/api/auth/me').set('Authorization', `Bearer ${res.body.accessToken}`);
    expect(me.status).toBe(200);
    expect(me.body.email).toBe(client.email);
  });

  it('gives the same 401 message for a wrong password and an unknown e-mail', async () => {
    const worker = await account('worker');
    const wrong = await t.http().post('/api/auth/login').send({ email: worker.email, password: 'wrong-password-1' });
    const unknown = await t.http().post('/api/auth/login').send({ email: 'nobody@example.nl', password: 'wrong-password-1' });
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(wrong.body).toEqual(unknown.body);
  });

  it('rejects a missing or malformed body with 400 naming the fields', async () => {
    const res = await t.http().post('/api/auth/login').send({ email: 'x' });
    expect(res.status).toBe(400);
    expect(Object.keys(res.body.fields).sort()).toEqual(['email', 'password']);
  });

  it('answers the 6th wrong password for one account from one address with 429, and lets it in again later', async () => {
    const { email } = await account('admin');
    for (let i = 0; i < 5; i++) {
      expect(
        (
          await t
            .http()
            .post('/api/auth/login')
            .send({ email, password: `wrong-${i}-password` })
        ).status,
      ).toBe(401);
    }
    expect((await t.http().post('/api/auth/login').send({ email, password: 'wrong-6-password' })).status).toBe(429);
    // Even the right password waits, from this address.
    expect((await t.http().post('/api/auth/login').send({ email, password: PASSWORD })).status).toBe(429);
    // The window is 15 minutes per (account, address); see login-throttle.service.ts.
    t.clock.advance(15 * MINUTE + 1000);
    expect((await t.http().post('/api/auth/login').send({ email, password: PASSWORD })).status).toBe(200);
  }, 60_000);

  it('rotates the refresh token, and a reused old token ends the whole session family', async () => {
    const teamLead = await account('team_lead');
    // Staff log in in two steps (password, then the code); signIn makes both.
    const login = await t.signIn(teamLead.email, PASSWORD);
    const first = refreshCookie(login);
    const refreshed = await t.http().post('/api/auth/refresh').set('Cookie', first);
    expect(refreshed.status).toBe(200);
    expect(refreshed.body.user.role).toBe('team_lead');
    const second = refreshCookie(refreshed);
    expect(second).not.toEqual(first);

    const replay = await t.http().post('/api/auth/refresh').set('Cookie', first);
    expect(replay.status).toBe(401);
    // The copied token made the newest one invalid too.
    expect((await t.http().post('/api/auth/refresh').set('Cookie', second)).status).toBe(401);
  });

  it('logs out: the refresh cookie no longer works', async () => {
    const worker = await account('worker');
    // Staff log in in two steps (password, then the code); signIn makes both.
    const login = await t.signIn(worker.email, PASSWORD);
    const cookie = refreshCookie(login);
    const out = await t.http().post('/api/auth/logout').set('Cookie', cookie);
    expect(out.status).toBe(204);
    expect((await t.http().post('/api/auth/refresh').set('Cookie', cookie)).status).toBe(401);
  });

  it('refuses refresh without a cookie, and expired refresh tokens', async () => {
    expect((await t.http().post('/api/auth/refresh')).status).toBe(401);
    const client = await account('client');
    const login = await t.http().post('/api/auth/login').send({ email: client.email, password: PASSWORD });
    t.clock.advance(15 * 24 * 60 * MINUTE);
    expect((await t.http().post('/api/auth/refresh').set('Cookie', refreshCookie(login))).status).toBe(401);
  });

  it('refuses /me without a token or with a forged token', async () => {
    expect((await t.http().get('/api/auth/me')).status).toBe(401);
    const forged = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4Iiwicm9sZSI6ImFkbWluIn0.c2lnbmF0dXJl';
    expect((await t.http().get('/api/auth/me').set('Authorization', `Bearer ${forged}`)).status).toBe(401);
  });

  it('writes a login audit entry for a client', async () => {
    const client = await account('client');
    const logins = async () =>
      (
        await t.dataSource.query(
          `SELECT count(*)::int AS count FROM audit_entry e JOIN account a ON a.id = e.actor_id WHERE a.email = $1 AND e.action = 'login'`,
          [client.email],
        )
      )[0].count;
    const before = await logins();
    // Its own login, so the test does not lean on an earlier test having logged in.
    expect((await t.http().post('/api/auth/login').send({ email: client.email, password: PASSWORD })).status).toBe(200);
    expect(await logins()).toBe(before + 1);
  });
});
