import { JwtService } from '@nestjs/jwt';
import { bearer, createTestApp, makeOrganisation, MINUTE, TEST_TOTP_SECRET, TestAccount, TestApp, totpCode } from '@nabij/platform/testing';
import { generateSync } from 'otplib';
import { IdentityModule } from '../../index';
import { AccountErasureRepository } from '../account-erasure.repository';
import { AccountPersonalDataRepository } from '../account-personal-data.repository';
import { LoginChallengeCleanupJob } from './login-challenge-cleanup.job';
import { giveRecoveryCodes, makeClient, makeTeamLead, makeWorker } from '../testing';

const PASSWORD = 'Fietspomp-Sterrenwacht-2026';

/** Two-factor authentication: staff always, clients when they turn it on (NEN 7510). */
describe('two-factor authentication (TOTP)', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp({ imports: [IdentityModule] });
  });
  afterAll(() => t.close());

  // Each test its own accounts and its own client address, so throttle counts are never shared.
  let n = 0;
  const address = () => `192.0.2.${(n = (n % 250) + 1)}`;

  async function worker(options: { twoFactor?: boolean } = {}): Promise<TestAccount> {
    const org = await makeOrganisation(t);
    return makeWorker(t, { organisationId: org.organisationId, teamId: org.teamId, password: PASSWORD, ...options });
  }

  async function client(options: { twoFactor?: boolean } = {}): Promise<TestAccount> {
    const org = await makeOrganisation(t);
    return makeClient(t, { organisationId: org.organisationId, financierId: org.financierId, password: PASSWORD, ...options });
  }

  const post = (path: string, body: object, from = '198.51.100.1') => t.http().post(path).set('X-Forwarded-For', from).send(body);
  const passwordStep = (email: string, from?: string) => post('/api/auth/login', { email, password: PASSWORD }, from);
  const codeStep = (challenge: string, code: string, from?: string) => post('/api/auth/login/second-factor', { challenge, code }, from);
  const amrOf = (accessToken: string) => t.app.get(JwtService).decode<{ amr?: string[] }>(accessToken).amr;

  it('asks staff for a code after the right password, without a session, and gives one for the right code', async () => {
    const w = await worker();
    const from = address();
    const first = await passwordStep(w.email, from);
    expect(first.status).toBe(200);
    expect(first.body).toEqual({ secondFactor: 'totp', challenge: expect.any(String), expiresIn: 300 });
    expect(first.headers['set-cookie']).toBeUndefined();

    const second = await codeStep(first.body.challenge, totpCode(t.clock), from);
    expect(second.status).toBe(200);
    expect(second.body.user).toMatchObject({ id: w.id, role: 'worker' });
    expect(amrOf(second.body.accessToken)).toEqual(['pwd', 'otp']);
    expect((second.headers['set-cookie'] as unknown as string[]).some((c) => c.startsWith('nabij_refresh='))).toBe(true);
    const [audit] = await t.dataSource.query(`SELECT reason FROM audit_entry WHERE actor_id = $1 AND action = 'login'`, [w.id]);
    expect(audit.reason).toBe('password + authenticator code');
    // The challenge is used up.
    expect((await codeStep(first.body.challenge, totpCode(t.clock, TEST_TOTP_SECRET, 1), from)).body.code).toBe('login_challenge_ended');
  });

  it('answers a wrong code with 401 two_factor_code_wrong; the right code still works on the same challenge', async () => {
    const w = await worker();
    const { challenge } = (await passwordStep(w.email)).body;
    const wrongCode = totpCode(t.clock) === '000000' ? '111111' : '000000';
    const wrong = await codeStep(challenge, wrongCode);
    expect(wrong.status).toBe(401);
    expect(wrong.body.code).toBe('two_factor_code_wrong');
    expect((await codeStep(challenge, totpCode(t.clock))).status).toBe(200);
  });

  it('never accepts the same code twice, but the next step’s code (±1 tolerance)', async () => {
    const w = await worker();
    const code = totpCode(t.clock);
    expect((await codeStep((await passwordStep(w.email)).body.challenge, code)).status).toBe(200);
    const again = await codeStep((await passwordStep(w.email)).body.challenge, code);
    expect(again.status).toBe(401);
    expect(again.body.code).toBe('two_factor_code_wrong');
    expect((await codeStep((await passwordStep(w.email)).body.challenge, totpCode(t.clock, TEST_TOTP_SECRET, 1))).status).toBe(200);
  });

  it('refuses a code two steps away from now', async () => {
    const w = await worker();
    const { challenge } = (await passwordStep(w.email)).body;
    expect((await codeStep(challenge, totpCode(t.clock, TEST_TOTP_SECRET, 2))).status).toBe(401);
  });

  it('ends a challenge after 5 minutes', async () => {
    const w = await worker();
    const { challenge } = (await passwordStep(w.email)).body;
    t.clock.advance(5 * MINUTE + 1000);
    const late = await codeStep(challenge, totpCode(t.clock));
    expect(late.status).toBe(401);
    expect(late.body.code).toBe('login_challenge_ended');
  });

  it('ends a challenge after 5 wrong codes: even the right code then needs a new password step', async () => {
    const w = await worker();
    const { challenge } = (await passwordStep(w.email)).body;
    const right = totpCode(t.clock);
    const wrong = right === '123456' ? '654321' : '123456';
    // From different addresses, so the address throttle is not what ends it.
    for (let i = 0; i < 5; i++) expect((await codeStep(challenge, wrong, address())).body.code).toBe('two_factor_code_wrong');
    const ended = await codeStep(challenge, right, address());
    expect(ended.status).toBe(401);
    expect(ended.body.code).toBe('login_challenge_ended');
  });

  it('throttles wrong codes per account and address like passwords (429), and a new password step does not reset that', async () => {
    const w = await worker();
    const from = address();
    const right = totpCode(t.clock);
    const wrong = right === '222222' ? '333333' : '222222';
    for (let i = 0; i < 5; i++) {
      // A fresh challenge each time: a right password must not buy new code guesses.
      const { challenge } = (await passwordStep(w.email, from)).body;
      expect((await codeStep(challenge, wrong, from)).status).toBe(401);
    }
    const { challenge } = (await passwordStep(w.email, from)).body;
    const throttled = await codeStep(challenge, right, from);
    expect(throttled.status).toBe(429);
    expect(throttled.body.code).toBe('login_throttled');
    expect(Number(throttled.headers['retry-after'])).toBeGreaterThan(0);
  });

  it('accepts a recovery code once, and only once', async () => {
    const w = await worker();
    const token = await t.login(w.email, PASSWORD);
    const renewed = await t
      .http()
      .post('/api/auth/two-factor/recovery-codes')
      .set(bearer(token))
      .send({ code: totpCode(t.clock, TEST_TOTP_SECRET, 1) });
    expect(renewed.status).toBe(200);
    const codes: string[] = renewed.body.recoveryCodes;
    expect(codes).toHaveLength(10);
    expect(new Set(codes).size).toBe(10);
    codes.forEach((c) => expect(c).toMatch(/^[a-z2-9]{5}-[a-z2-9]{5}$/));
    const stored = await t.dataSource.query(`SELECT code_hash FROM account_recovery_code WHERE account_id = $1`, [w.id]);
    expect(stored.map((r: { code_hash: string }) => r.code_hash)).not.toContain(codes[0]);

    // Typed with capitals and without the dash, as people do.
    const used = await codeStep((await passwordStep(w.email)).body.challenge, codes[0].replace('-', '').toUpperCase());
    expect(used.status).toBe(200);
    expect(amrOf(used.body.accessToken)).toEqual(['pwd', 'otp']);
    expect((await t.http().get('/api/auth/two-factor').set(bearer(used.body.accessToken))).body).toEqual({
      enabled: true,
      required: true,
      recoveryCodesLeft: 9,
    });
    const again = await codeStep((await passwordStep(w.email)).body.challenge, codes[0]);
    expect(again.status).toBe(401);
  });

  it('new recovery codes void the old ones and need a right code', async () => {
    const w = await worker();
    const token = await t.login(w.email, PASSWORD);
    const wrong = await t
      .http()
      .post('/api/auth/two-factor/recovery-codes')
      .set(bearer(token))
      .send({ code: '000000' === totpCode(t.clock, TEST_TOTP_SECRET, 1) ? '111111' : '000000' });
    expect(wrong.status).toBe(401);
    const first = (
      await t
        .http()
        .post('/api/auth/two-factor/recovery-codes')
        .set(bearer(token))
        .send({ code: totpCode(t.clock, TEST_TOTP_SECRET, 1) })
    ).body.recoveryCodes;
    t.clock.advance(30_000);
    const second = await t
      .http()
      .post('/api/auth/two-factor/recovery-codes')
      .set(bearer(token))
      .send({ code: totpCode(t.clock, TEST_TOTP_SECRET, 1) });
    expect(second.status).toBe(200);
    expect((await codeStep((await passwordStep(w.email)).body.challenge, first[0])).status).toBe(401);
    expect((await codeStep((await passwordStep(w.email)).body.challenge, second.body.recoveryCodes[0])).status).toBe(200);
  });

  it('sets up the authenticator at a staff member’s first login: QR code, confirm with a code, 10 recovery codes, a session', async () => {
    const w = await worker({ twoFactor: false });
    const first = await passwordStep(w.email);
    expect(first.body).toEqual({ secondFactor: 'setup', challenge: expect.any(String), expiresIn: 900 });
    const challenge = first.body.challenge;
    // The code step cannot skip the set-up.
    expect((await codeStep(challenge, totpCode(t.clock))).body.code).toBe('login_challenge_ended');

    const setup = await post('/api/auth/login/setup', { challenge });
    expect(setup.status).toBe(200);
    expect(setup.body.secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(setup.body.otpauthUri).toBe(`otpauth://totp/Nabij:${encodeURIComponent(w.email)}?secret=${setup.body.secret}&issuer=Nabij`);
    expect(setup.body.qrSvg).toMatch(/^<svg[^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    // Asking again replaces the secret: a code of the first one no longer confirms.
    const replaced = (await post('/api/auth/login/setup', { challenge })).body.secret;
    expect(replaced).not.toBe(setup.body.secret);
    const code = (secret: string) => generateSync({ secret, epoch: Math.floor(t.clock.now().getTime() / 1000) });
    const stale = await post('/api/auth/login/setup/confirm', { challenge, code: code(setup.body.secret) });
    expect(stale.status).toBe(401);

    const confirmed = await post('/api/auth/login/setup/confirm', { challenge, code: code(replaced) });
    expect(confirmed.status).toBe(200);
    expect(confirmed.body.recoveryCodes).toHaveLength(10);
    expect(confirmed.body.user.id).toBe(w.id);
    expect(amrOf(confirmed.body.accessToken)).toEqual(['pwd', 'otp']);
    const [row] = await t.dataSource.query(`SELECT confirmed_at FROM account_totp WHERE account_id = $1`, [w.id]);
    expect(row.confirmed_at).not.toBeNull();
    const [audit] = await t.dataSource.query(`SELECT reason FROM audit_entry WHERE resource_type = 'two_factor' AND resource_id = $1`, [
      w.id,
    ]);
    expect(audit.reason).toBe('set up at login');
    // From now on the login asks for a code.
    expect((await passwordStep(w.email)).body.secondFactor).toBe('totp');
  });

  it('staff cannot turn it off or skip it: no session without the second step, DELETE is 403 two_factor_required', async () => {
    const lead = await makeTeamLead(t, { organisationId: (await makeOrganisation(t)).organisationId, password: PASSWORD });
    const first = await passwordStep(lead.email);
    expect(first.body.accessToken).toBeUndefined();
    const token = await t.login(lead.email, PASSWORD);
    const off = await t
      .http()
      .delete('/api/auth/two-factor')
      .set(bearer(token))
      .send({ code: totpCode(t.clock, TEST_TOTP_SECRET, 1) });
    expect(off.status).toBe(403);
    expect(off.body.code).toBe('two_factor_required');
    expect((await t.http().post('/api/auth/two-factor/setup').set(bearer(token))).status).toBe(403);
    expect((await t.http().get('/api/auth/two-factor').set(bearer(token))).body).toMatchObject({ enabled: true, required: true });
  });

  it('lets a client turn it on and off; the login asks for a code only while it is on', async () => {
    const c = await client();
    const plain = await passwordStep(c.email);
    expect(plain.body.accessToken).toEqual(expect.any(String));
    expect(amrOf(plain.body.accessToken)).toEqual(['pwd']);
    const token = plain.body.accessToken;
    expect((await t.http().get('/api/auth/two-factor').set(bearer(token))).body).toEqual({
      enabled: false,
      required: false,
      recoveryCodesLeft: 0,
    });

    const setup = await t.http().post('/api/auth/two-factor/setup').set(bearer(token));
    expect(setup.status).toBe(200);
    const code = (steps = 0) =>
      generateSync({ secret: setup.body.secret, epoch: (Math.floor(t.clock.now().getTime() / 30_000) + steps) * 30 });
    const on = await t.http().post('/api/auth/two-factor/setup/confirm').set(bearer(token)).send({ code: code() });
    expect(on.status).toBe(200);
    expect(on.body.recoveryCodes).toHaveLength(10);
    expect((await t.http().get('/api/auth/two-factor').set(bearer(token))).body).toEqual({
      enabled: true,
      required: false,
      recoveryCodesLeft: 10,
    });
    expect((await t.http().post('/api/auth/two-factor/setup').set(bearer(token))).status).toBe(409);

    const challenged = await passwordStep(c.email);
    expect(challenged.body.secondFactor).toBe('totp');
    expect((await codeStep(challenged.body.challenge, code(1))).status).toBe(200);

    // A recovery code that was never handed out (no look-alike letters: never equal to a real one by chance).
    const wrongOff = await t.http().delete('/api/auth/two-factor').set(bearer(token)).send({ code: 'aaaaa-aaaaa' });
    expect(wrongOff.status).toBe(401);
    const off = await t.http().delete('/api/auth/two-factor').set(bearer(token)).send({ code: on.body.recoveryCodes[1] });
    expect(off.status).toBe(204);
    expect((await passwordStep(c.email)).body.accessToken).toEqual(expect.any(String));
    const reasons = await t.dataSource.query(
      `SELECT reason FROM audit_entry WHERE resource_type = 'two_factor' AND resource_id = $1 ORDER BY id`,
      [c.id],
    );
    expect(reasons.map((r: { reason: string }) => r.reason)).toEqual(['turned on', 'turned off']);
  });

  it('keeps the second factor in the token after a refresh', async () => {
    const w = await worker();
    const login = await t.signIn(w.email, PASSWORD);
    const cookie = (login.headers['set-cookie'] as unknown as string[]).find((c) => c.startsWith('nabij_refresh='))!.split(';')[0];
    const refreshed = await t.http().post('/api/auth/refresh').set('Cookie', cookie);
    expect(refreshed.status).toBe(200);
    expect(amrOf(refreshed.body.accessToken)).toEqual(['pwd', 'otp']);
  });

  it('erasing a client (AVG art. 17) removes their authenticator, recovery codes, challenges and counted wrong codes', async () => {
    const c = await client({ twoFactor: true });
    const { challenge } = (await passwordStep(c.email)).body;
    expect((await codeStep(challenge, '000000' === totpCode(t.clock) ? '111111' : '000000')).status).toBe(401);
    expect(await giveRecoveryCodes(t, c)).toHaveLength(10);
    await t.dataSource.transaction((db) => t.app.get(AccountErasureRepository).erase({ clientId: c.id, cases: 'all' }, db));
    for (const table of ['account_totp', 'account_recovery_code', 'login_challenge'])
      expect([table, await t.dataSource.query(`SELECT 1 FROM ${table} WHERE account_id = $1`, [c.id])]).toEqual([table, []]);
    expect(await t.dataSource.query(`SELECT 1 FROM login_failure WHERE email = $1`, [`second-factor:${c.id}`])).toEqual([]);
  });

  it('"download my data" says whether it is on and how many recovery codes are left, never the secret', async () => {
    const c = await client({ twoFactor: true });
    const off = await client();
    await giveRecoveryCodes(t, c);
    const data = await t.app.get(AccountPersonalDataRepository).collect(c.id);
    expect(data['twoFactor']).toEqual({ turnedOnAt: t.clock.now(), recoveryCodesLeft: 10 });
    expect(JSON.stringify(data)).not.toContain(TEST_TOTP_SECRET);
    expect((await t.app.get(AccountPersonalDataRepository).collect(off.id))['twoFactor']).toEqual({
      turnedOnAt: null,
      recoveryCodesLeft: 0,
    });
  });

  it('removes login challenges a day after they expired, and keeps younger ones', async () => {
    const w = await worker();
    await passwordStep(w.email);
    const count = async () =>
      (await t.dataSource.query(`SELECT count(*)::int AS n FROM login_challenge WHERE account_id = $1`, [w.id]))[0].n as number;
    t.clock.advance(5 * MINUTE + 23 * 60 * MINUTE);
    await t.app.get(LoginChallengeCleanupJob).run();
    expect(await count()).toBe(1);
    t.clock.advance(2 * 60 * MINUTE);
    await t.app.get(LoginChallengeCleanupJob).run();
    expect(await count()).toBe(0);
  });

  it('refuses bad input with 400 naming the field', async () => {
    const missing = await post('/api/auth/login/second-factor', {});
    expect(missing.status).toBe(400);
    expect(Object.keys(missing.body.fields).sort()).toEqual(['challenge', 'code']);
    const badCode = await post('/api/auth/login/second-factor', { challenge: 'abc', code: '12<script>' });
    expect(Object.keys(badCode.body.fields)).toEqual(['code']);
    const long = await post('/api/auth/login/setup', { challenge: 'x'.repeat(101) });
    expect(Object.keys(long.body.fields)).toEqual(['challenge']);
    const token = (await client()).token;
    const wrongType = await t.http().post('/api/auth/two-factor/setup/confirm').set(bearer(token)).send({ code: 123456 });
    expect(wrongType.status).toBe(400);
    expect(Object.keys(wrongType.body.fields)).toEqual(['code']);
  });

  it('needs a login for the account routes (401), and setup is for clients only (403 for staff)', async () => {
    expect((await t.http().get('/api/auth/two-factor')).status).toBe(401);
    const w = await worker();
    expect((await t.http().post('/api/auth/two-factor/setup/confirm').set(bearer(w)).send({ code: '123456' })).status).toBe(403);
  });
});
