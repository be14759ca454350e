import { createTestApp, makeOrganisation, MINUTE, TestApp } from '@nabij/platform/testing';
import { IdentityModule, PasswordService } from '../../index';
import { makeClient, makeTeamLead, makeWorker } from '../testing';
import { ACCOUNT_FREE_FAILURES, PAIR_MAX_FAILURES } from './login-throttle.service';

/**
 * Login throttling per (account, client address) with an account-wide slowdown. Addresses are
 * varied with X-Forwarded-For (express trusts it from loopback, as behind our proxy). Each test
 * makes its own account and uses its own addresses, so each runs alone.
 */
// Every attempt that gets through costs an argon2 verification: seconds on a busy machine.
jest.setTimeout(60_000);

describe('login throttling', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp({ imports: [IdentityModule] });
  });
  afterAll(() => t?.close());
  afterEach(() => jest.restoreAllMocks());

  const PASSWORD = 'Test-wachtwoord-2026!';
  /** An account with a password of a fresh organisation: the throttle counts per account. */
  async function account(role: 'client' | 'worker' | 'team_lead'): Promise<string> {
    const org = await makeOrganisation(t);
    const staff = { organisationId: org.organisationId, teamId: org.teamId, password: PASSWORD };
    if (role === 'client')
      return (await makeClient(t, { organisationId: org.organisationId, financierId: org.financierId, password: PASSWORD })).email;
    return (role === 'worker' ? await makeWorker(t, staff) : await makeTeamLead(t, staff)).email;
  }

  const login = (email: string, password: string, address: string) =>
    t.http().post('/api/auth/login').set('X-Forwarded-For', address).send({ email, password });

  it('checks at most the allowed number of passwords when 20 logins for one account arrive at once', async () => {
    const email = await account('client');
    const verify = jest.spyOn(t.app.get(PasswordService), 'verify');
    const attempts = Array.from({ length: 20 }, (_, i) => login(email, i === 13 ? PASSWORD : `wrong-guess-${i}-x`, '198.51.100.20'));
    const statuses = (await Promise.all(attempts)).map((r) => r.status);

    expect(verify.mock.calls.length).toBeLessThanOrEqual(PAIR_MAX_FAILURES);
    expect(statuses.filter((s) => s === 200 || s === 401).length).toBe(verify.mock.calls.length);
    expect(statuses.filter((s) => s === 429).length).toBe(20 - verify.mock.calls.length);
  });

  it('blocks an attacker address after 5 wrong passwords, while the owner logs in from another address', async () => {
    const email = await account('worker');
    for (let i = 0; i < PAIR_MAX_FAILURES; i++) expect((await login(email, `wrong-${i}-password`, '203.0.113.7')).status).toBe(401);

    const blocked = await login(email, 'wrong-6-password', '203.0.113.7');
    expect(blocked.status).toBe(429);
    expect(blocked.body).toMatchObject({ statusCode: 429, code: 'login_throttled' });
    expect(Number(blocked.headers['retry-after'])).toBe(15 * 60);
    // From that address even the right password is not checked.
    expect((await login(email, PASSWORD, '203.0.113.7')).status).toBe(429);

    expect((await login(email, PASSWORD, '192.0.2.44')).status).toBe(200);

    t.clock.advance(15 * MINUTE + 1000);
    expect((await login(email, 'wrong-7-password', '203.0.113.7')).status).toBe(401);
  });

  it('slows a distributed attack down account-wide with a growing wait, without locking the owner out', async () => {
    const email = await account('team_lead');
    for (let i = 0; i < ACCOUNT_FREE_FAILURES; i++)
      expect((await login(email, `wrong-${i}-password`, `198.51.100.${100 + i}`)).status).toBe(401);

    const slowed = await login(email, 'wrong-x-password', '198.51.100.150');
    expect(slowed.status).toBe(429);
    expect(slowed.headers['retry-after']).toBe('1');
    // The owner, from an address of their own, waits as well: a second, not a lock-out.
    const owner = await login(email, PASSWORD, '192.0.2.80');
    expect(owner.status).toBe(429);
    t.clock.advance(1000);
    expect((await login(email, PASSWORD, '192.0.2.80')).status).toBe(200);

    // Every further wrong password doubles the wait.
    expect((await login(email, 'wrong-y-password', '198.51.100.151')).status).toBe(401);
    const longer = await login(email, 'wrong-z-password', '198.51.100.152');
    expect(longer.status).toBe(429);
    expect(longer.headers['retry-after']).toBe('2');
  });

  it('throttles an unknown e-mail address exactly like a known one', async () => {
    for (let i = 0; i < PAIR_MAX_FAILURES; i++)
      expect((await login('nobody-here@example.nl', `wrong-${i}-password`, '203.0.113.99')).status).toBe(401);
    const blocked = await login('nobody-here@example.nl', 'wrong-6-password', '203.0.113.99');
    expect(blocked.status).toBe(429);
    expect(blocked.body.code).toBe('login_throttled');
  });
});
