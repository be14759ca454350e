import { JwtService } from '@nestjs/jwt';
import { SessionRegistry } from '@nabij/platform/api';
import { createTestApp, makeOrganisation, TestApp } from '@nabij/platform/testing';
import { IdentityModule, SessionsService } from '../index';
import { makeAdmin, makeClient, makeTeamLead, makeWorker } from './testing';

const PASSWORD = 'Test-wachtwoord-2026!';

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
    t = await createTestApp({ imports: [IdentityModule] });
  });
  afterAll(() => t?.close());

  // Every test logs in as accounts of its own (with a password: the sessions come from real logins),
  // so no test ends or counts another test's sessions.
  async function account(role: 'client' | 'worker' | 'team_lead' | 'admin'): Promise<string> {
    const org = await makeOrganisation(t);
    const staff = { organisationId: org.organisationId, teamId: org.teamId, password: PASSWORD };
    if (role === 'client')
      return (await makeClient(t, { organisationId: org.organisationId, financierId: org.financierId, password: PASSWORD })).email;
    if (role === 'worker') return (await makeWorker(t, staff)).email;
    if (role === 'team_lead') return (await makeTeamLead(t, staff)).email;
    return (await makeAdmin(t, staff)).email;
  }

  async function login(email: string): Promise<Login> {
    // Staff log in in two steps (password, then the authenticator code); signIn makes both.
    const res = await t.signIn(email, PASSWORD);
    expect(res.status).toBe(200);
    const cookie = (res.headers['set-cookie'] as unknown as string[]).find((c) => c.startsWith('nabij_refresh='))!.split(';')[0];
    return { accessToken: res.body.accessToken, cookie, userId: res.body.user.id };
  }
  const me = (token: string) => t.http().get('/api/auth/me').set('Authorization', `Bearer ${token}`);

  it('refuses the access token of a logged-out session at once', async () => {
    const session = await login(await account('client'));
    expect((await me(session.accessToken)).status).toBe(200);
    expect((await t.http().post('/api/auth/logout').set('Cookie', session.cookie)).status).toBe(204);
    const after = await me(session.accessToken);
    expect(after.status).toBe(401);
    expect(after.body.message).toMatch(/session has ended/);
  });

  it('signs out everywhere: every session of the account ends, other accounts keep theirs', async () => {
    const worker = await account('worker');
    const laptop = await login(worker);
    const phone = await login(worker);
    const colleague = await login(await account('team_lead'));

    const out = await t.http().post('/api/auth/logout-all').set('Authorization', `Bearer ${phone.accessToken}`);
    expect(out.status).toBe(204);

    for (const s of [laptop, phone]) {
      expect((await me(s.accessToken)).status).toBe(401);
      expect((await t.http().post('/api/auth/refresh').set('Cookie', s.cookie)).status).toBe(401);
    }
    expect((await me(colleague.accessToken)).status).toBe(200);
    // A new login works as before.
    expect((await me((await login(worker)).accessToken)).status).toBe(200);
  });

  it('needs a logged-in user to sign out everywhere', async () => {
    expect((await t.http().post('/api/auth/logout-all')).status).toBe(401);
  });

  it('ends every session through the service that account deactivation will call', async () => {
    const session = await login(await account('admin'));
    expect(await t.app.get(SessionsService).revokeAll(session.userId)).toBeGreaterThanOrEqual(1);
    expect((await me(session.accessToken)).status).toBe(401);
  });

  it('refuses a session ended by another API instance once the 2-second cache window has passed', async () => {
    const session = await login(await account('client'));
    expect((await me(session.accessToken)).status).toBe(200);
    // Another instance shares the database, not this process's cache.
    await t.dataSource.query(`UPDATE auth_session SET revoked_at = now() WHERE account_id = $1`, [session.userId]);
    t.app.get(SessionRegistry).forgetCached();
    expect((await me(session.accessToken)).status).toBe(401);
  });

  it('does not renew a staff login made before the second step was required: it ends, and a client login is renewed as before', async () => {
    const worker = await login(await account('worker'));
    const client = await login(await account('client'));
    // Logins from before two-step verification have no `otp` in their session; no code path writes
    // such a staff session any more, so the old state is set here.
    await t.dataSource.query(`UPDATE auth_session SET amr = '{pwd}' WHERE account_id = ANY($1)`, [[worker.userId, client.userId]]);
    const refused = await t.http().post('/api/auth/refresh').set('Cookie', worker.cookie);
    expect(refused.status).toBe(401);
    expect(refused.body.code).toBe('second_factor_required');
    expect((await me(worker.accessToken)).status).toBe(401);
    expect((await t.http().post('/api/auth/refresh').set('Cookie', client.cookie)).status).toBe(200);
  });

  it('ends the access token too when a rotated refresh token comes back (a stolen copy)', async () => {
    const session = await login(await account('team_lead'));
    const refreshed = await t.http().post('/api/auth/refresh').set('Cookie', session.cookie);
    expect(refreshed.status).toBe(200);
    expect((await t.http().post('/api/auth/refresh').set('Cookie', session.cookie)).status).toBe(401);
    expect((await me(refreshed.body.accessToken)).status).toBe(401);
  });

  it('refuses a correctly signed token that names no session', async () => {
    const session = await login(await account('client'));
    const jwt = t.app.get(JwtService);
    const payload = jwt.decode<{ sub: string; role: string; org: string | null }>(session.accessToken);
    const withoutSid = jwt.sign({ sub: payload.sub, role: payload.role, org: payload.org });
    expect((await me(withoutSid)).status).toBe(401);
  });
});
