import { createTestApp, HOUR, makeOrganisation, TestApp } from '@nabij/platform/testing';
import { IdentityModule } from '../../index';
import { makeClient } from '../testing';
import { ExpiredRowsCleanupJob } from './expired-rows-cleanup.job';

const PASSWORD = 'Test-wachtwoord-2026!';
const DAY = 24 * HOUR;

jest.setTimeout(90_000);

/** The nightly housekeeping removes logins, failed logins and links that have done their work, and nothing live. */
describe('identity housekeeping', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp({ imports: [IdentityModule] });
  });
  afterAll(() => t?.close());

  // Every test its own client address (the per-address request limits are never shared) and its own accounts.
  const from = () => `10.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`;
  const run = () => t.app.get(ExpiredRowsCleanupJob).run();

  async function client(): Promise<{ id: string; email: string }> {
    const org = await makeOrganisation(t);
    return makeClient(t, { organisationId: org.organisationId, financierId: org.financierId, password: PASSWORD });
  }

  async function login(email: string): Promise<{ cookie: string; accessToken: string }> {
    const res = await t.http().post('/api/auth/login').set('X-Forwarded-For', from()).send({ email, password: PASSWORD });
    expect(res.status).toBe(200);
    const cookie = (res.headers['set-cookie'] as unknown as string[]).find((c) => c.startsWith('nabij_refresh='))!.split(';')[0];
    return { cookie, accessToken: res.body.accessToken };
  }

  const rowsOf = async (accountId: string) => {
    const [row] = await t.dataSource.query(
      `SELECT (SELECT count(*)::int FROM auth_session WHERE account_id = $1) AS sessions,
              (SELECT count(*)::int FROM refresh_token WHERE account_id = $1) AS tokens,
              (SELECT count(*)::int FROM password_reset WHERE account_id = $1) AS resets`,
      [accountId],
    );
    return row as { sessions: number; tokens: number; resets: number };
  };

  it('forgets a logged-out login 30 days after it ended (session and refresh tokens together); its cookie stays refused', async () => {
    const c = await client();
    const session = await login(c.email);
    expect((await t.http().post('/api/auth/logout').set('Cookie', session.cookie)).status).toBe(204);
    expect(await rowsOf(c.id)).toMatchObject({ sessions: 1, tokens: 1 });

    t.clock.advance(29 * DAY);
    await run();
    expect(await rowsOf(c.id)).toMatchObject({ sessions: 1, tokens: 1 });

    t.clock.advance(2 * DAY);
    expect((await run()).logins).toBeGreaterThanOrEqual(1);
    expect(await rowsOf(c.id)).toMatchObject({ sessions: 0, tokens: 0 });
    const refresh = await t.http().post('/api/auth/refresh').set('Cookie', session.cookie);
    expect(refresh.status).toBe(401);
  });

  it('keeps a live login, and forgets it only 30 days after its refresh tokens expired', async () => {
    const c = await client();
    const session = await login(c.email);
    const refreshed = await t.http().post('/api/auth/refresh').set('Cookie', session.cookie);
    expect(refreshed.status).toBe(200);
    expect(await rowsOf(c.id)).toMatchObject({ sessions: 1, tokens: 2 });

    // Refresh tokens work 14 days (REFRESH_TOKEN_DAYS); 14 + 29 days later the rows are still kept.
    t.clock.advance(43 * DAY);
    await run();
    expect(await rowsOf(c.id)).toMatchObject({ sessions: 1, tokens: 2 });

    t.clock.advance(2 * DAY);
    await run();
    expect(await rowsOf(c.id)).toMatchObject({ sessions: 0, tokens: 0 });
  });

  it('removes failed logins after a day and reset links 30 days after they expired; younger ones stay', async () => {
    const c = await client();
    const fail = await t
      .http()
      .post('/api/auth/login')
      .set('X-Forwarded-For', from())
      .send({ email: c.email, password: 'wrong-password-1' });
    expect(fail.status).toBe(401);
    expect((await t.http().post('/api/auth/password-reset').set('X-Forwarded-For', from()).send({ email: c.email })).status).toBe(202);
    const failures = async () =>
      (await t.dataSource.query(`SELECT count(*)::int AS n FROM login_failure WHERE lower(email) = lower($1)`, [c.email]))[0].n as number;
    expect(await failures()).toBe(1);
    expect((await rowsOf(c.id)).resets).toBe(1);

    t.clock.advance(23 * HOUR);
    await run();
    expect(await failures()).toBe(1);

    t.clock.advance(2 * HOUR);
    const removed = await run();
    expect(removed.loginFailures).toBeGreaterThanOrEqual(1);
    expect(await failures()).toBe(0);
    expect((await rowsOf(c.id)).resets).toBe(1);

    // The link worked an hour; 30 days after that it goes.
    t.clock.advance(30 * DAY);
    await run();
    expect((await rowsOf(c.id)).resets).toBe(0);
  });
});
