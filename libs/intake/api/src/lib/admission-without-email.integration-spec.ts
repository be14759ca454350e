import { IdentityModule } from '@nabij/identity/api';
import { makeClient, makeTeamLead, makeWorker } from '@nabij/identity/api/testing';
import { ACTIVATION_CODE_DAYS, ACTIVATION_CODE_INVALID, LOGIN_NAME_PATTERN } from '@nabij/identity/contracts';
import type { ActivationLetter } from '@nabij/intake/contracts';
import { createTestApp, makeOrganisation, MINUTE, TestApp } from '@nabij/platform/testing';
import { IntakeModule } from '../index';

/**
 * Admission without an e-mail address: the worker admits, prints a letter with a login name and a
 * one-time code; the client activates with it at /activeren and logs in with the login name.
 * Each test admits its own client and uses its own client address (X-Forwarded-For), so each runs alone.
 */
// Activation and login each cost an argon2 hash: seconds on a busy machine.
jest.setTimeout(60_000);
const DAY = 24 * 60 * MINUTE;

describe('admission without an e-mail address', () => {
  let t: TestApp;
  let worker: string;
  let leidenId: string;
  let organisationId: string;
  let teamId: string;
  const PASSWORD = 'Eigen-sleutel-2026!';

  beforeAll(async () => {
    t = await createTestApp({ imports: [IdentityModule, IntakeModule], env: { DEV_OUTBOX: 'true' } });
    const org = await makeOrganisation(t, { financiers: ['Leiden'] });
    ({ organisationId, teamId } = org);
    leidenId = org.financierIds['Leiden'];
    worker = (await makeWorker(t, { organisationId, teamId, name: 'Youssef Amrani' })).token;
  });
  afterAll(() => t.close());

  const admit = (token: string, body: Record<string, unknown>) =>
    t.http().post('/api/admissions').set('Authorization', `Bearer ${token}`).send(body);
  const activate = (body: Record<string, unknown>, address: string) =>
    t.http().post('/api/auth/activate').set('X-Forwarded-For', address).send(body);
  const login = (email: string, password: string, address: string) =>
    t.http().post('/api/auth/login').set('X-Forwarded-For', address).send({ email, password });

  async function admitted(name = 'Kees Dijkstra'): Promise<ActivationLetter> {
    const res = await admit(worker, {
      name,
      birthDate: '1970-02-02',
      financierId: leidenId,
      reason: 'Geen vast adres, slaapt in de nachtopvang',
    });
    expect(res.status).toBe(201);
    return res.body.letter;
  }

  it("gives the letter the client's language, Dutch when the worker chose none", async () => {
    const turkish = await admit(worker, {
      name: 'Ayşe Yılmaz',
      birthDate: '1966-09-30',
      financierId: leidenId,
      reason: 'Geen vast adres, slaapt bij haar broer',
      language: 'tr',
    });
    expect(turkish.status).toBe(201);
    expect(turkish.body.letter.language).toBe('tr');
    const renewed = await t.http().post(`/api/admissions/${turkish.body.id}/activation-code`).set('Authorization', `Bearer ${worker}`);
    expect(renewed.body.language).toBe('tr');
    expect((await admitted()).language).toBe('nl');
  });

  it('gives the worker a letter with a login name and a one-time code, stores only its hash and mails nothing', async () => {
    const before = (await t.http().get('/api/dev/outbox')).body.length;
    const res = await admit(worker, {
      name: 'Kees Dijkstra',
      birthDate: '1970-02-02',
      financierId: leidenId,
      reason: 'Geen vast adres, slaapt in de nachtopvang',
    });

    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ email: null, loginName: expect.stringMatching(/^leiden-/) });
    const letter: ActivationLetter = res.body.letter;
    expect(letter.loginName).toMatch(LOGIN_NAME_PATTERN);
    expect(letter).toMatchObject({
      clientId: res.body.id,
      clientName: 'Kees Dijkstra',
      worker: 'Youssef Amrani',
      financier: { name: 'Leiden' },
    });
    expect(letter.code).toMatch(/^[A-HJ-NP-Z2-9]{4}-[A-HJ-NP-Z2-9]{4}-[A-HJ-NP-Z2-9]{4}$/);
    expect(new Date(letter.expiresAt).getTime()).toBe(t.clock.now().getTime() + ACTIVATION_CODE_DAYS * DAY);
    expect(letter.activationUrl).toMatch(/\/activeren$/);

    const stored = await t.dataSource.query(`SELECT code_hash FROM activation_code WHERE account_id = $1`, [res.body.id]);
    expect(stored).toHaveLength(1);
    expect(stored[0].code_hash).not.toContain(letter.code.replace(/-/g, ''));
    expect((await t.http().get('/api/dev/outbox')).body.length).toBe(before);
    const audit = await t.dataSource.query(`SELECT action, resource_type FROM audit_entry WHERE client_id = $1 ORDER BY action`, [
      res.body.id,
    ]);
    expect(audit).toEqual([
      { action: 'admit', resource_type: 'account' },
      { action: 'create', resource_type: 'activation_code' },
    ]);
  });

  it('lets the client choose a password with the code once, then log in with the login name', async () => {
    const letter = await admitted();
    const ip = '198.51.100.31';
    // Typed as people do: lower case, spaces instead of dashes, the login name in capitals.
    const typed = letter.code.toLowerCase().replace(/-/g, ' ');
    const ok = await activate({ loginName: letter.loginName.toUpperCase(), code: typed, password: PASSWORD }, ip);
    expect(ok.status).toBe(200);
    expect(ok.body).toEqual({ loginName: letter.loginName });

    const again = await activate({ loginName: letter.loginName, code: letter.code, password: 'Nog-een-keer-2026!' }, ip);
    expect(again.status).toBe(400);
    expect(again.body.code).toBe(ACTIVATION_CODE_INVALID);

    const session = await login(letter.loginName, PASSWORD, ip);
    expect(session.status).toBe(200);
    expect(session.body.user).toMatchObject({ email: null, loginName: letter.loginName, role: 'client', financier: { name: 'Leiden' } });
    expect((await login(letter.loginName, 'Nog-een-keer-2026!', ip)).status).toBe(401);
  });

  it('refuses login before activation', async () => {
    const letter = await admitted();
    expect((await login(letter.loginName, PASSWORD, '198.51.100.32')).status).toBe(401);
  });

  it('refuses a code after 30 days', async () => {
    const letter = await admitted();
    const start = t.clock.now();
    try {
      t.clock.advance(ACTIVATION_CODE_DAYS * DAY + 1000);
      const late = await activate({ loginName: letter.loginName, code: letter.code, password: PASSWORD }, '198.51.100.33');
      expect(late.status).toBe(400);
      expect(late.body.code).toBe(ACTIVATION_CODE_INVALID);
    } finally {
      t.clock.set(start);
    }
  });

  it('answers a wrong code and an unknown login name with the same one message on `code`', async () => {
    const letter = await admitted();
    const ip = '198.51.100.34';
    const wrong = await activate({ loginName: letter.loginName, code: 'AAAA-BBBB-CCCC', password: PASSWORD }, ip);
    const unknown = await activate({ loginName: 'leiden-zzzzz', code: letter.code, password: PASSWORD }, ip);
    expect(wrong.status).toBe(400);
    expect(unknown.status).toBe(400);
    expect(Object.keys(wrong.body.fields)).toEqual(['code']);
    expect(unknown.body).toEqual(wrong.body);
    // Nothing was changed by the wrong tries: the right code still works.
    expect((await activate({ loginName: letter.loginName, code: letter.code, password: PASSWORD }, ip)).status).toBe(200);
  });

  it('throttles wrong codes like wrong passwords: after 5 from one address, that address waits', async () => {
    const letter = await admitted();
    const ip = '198.51.100.35';
    for (let i = 0; i < 5; i++) {
      expect((await activate({ loginName: letter.loginName, code: `WRNG-CODE-${i}${i}${i}${i}`, password: PASSWORD }, ip)).status).toBe(
        400,
      );
    }
    const blocked = await activate({ loginName: letter.loginName, code: letter.code, password: PASSWORD }, ip);
    expect(blocked.status).toBe(429);
    expect(blocked.body.code).toBe('login_throttled');
    expect(Number(blocked.headers['retry-after'])).toBeGreaterThan(0);
    expect((await activate({ loginName: letter.loginName, code: letter.code, password: PASSWORD }, '192.0.2.35')).status).toBe(200);
  });

  it('refuses a weak password naming `password` and keeps the code usable', async () => {
    const letter = await admitted();
    const weak = await activate({ loginName: letter.loginName, code: letter.code, password: 'wachtwoord1' }, '198.51.100.36');
    expect(weak.status).toBe(400);
    expect(weak.body.fields).toHaveProperty('password');
    expect((await activate({ loginName: letter.loginName, code: letter.code, password: PASSWORD }, '198.51.100.36')).status).toBe(200);
  });

  it('makes a new code that kills the old one, audited, and ends the logins of the account', async () => {
    const letter = await admitted();
    const ip = '198.51.100.37';
    expect((await activate({ loginName: letter.loginName, code: letter.code, password: PASSWORD }, ip)).status).toBe(200);
    const session = await login(letter.loginName, PASSWORD, ip);
    const fresh = await t.http().post(`/api/admissions/${letter.clientId}/activation-code`).set('Authorization', `Bearer ${worker}`);
    expect(fresh.status).toBe(201);
    expect(fresh.body).toMatchObject({ clientId: letter.clientId, loginName: letter.loginName });
    expect(fresh.body.code).not.toBe(letter.code);

    const second = await admitted();
    const older = await t.http().post(`/api/admissions/${second.clientId}/activation-code`).set('Authorization', `Bearer ${worker}`);
    expect((await activate({ loginName: second.loginName, code: second.code, password: PASSWORD }, ip)).body.code).toBe(
      ACTIVATION_CODE_INVALID,
    );
    expect((await activate({ loginName: second.loginName, code: older.body.code, password: PASSWORD }, ip)).status).toBe(200);

    const newPassword = 'Tweede-sleutel-2026!';
    expect((await activate({ loginName: letter.loginName, code: fresh.body.code, password: newPassword }, ip)).status).toBe(200);
    expect((await t.http().get('/api/auth/me').set('Authorization', `Bearer ${session.body.accessToken}`)).status).toBe(401);
    expect((await login(letter.loginName, newPassword, ip)).status).toBe(200);
    const audit = await t.dataSource.query(
      `SELECT reason FROM audit_entry WHERE client_id = $1 AND resource_type = 'activation_code' ORDER BY occurred_at, reason`,
      [letter.clientId],
    );
    expect(audit.map((a: { reason: string }) => a.reason)).toEqual([
      'activation code printed at admission',
      'new activation code printed; older codes stopped working',
    ]);
  });

  it('lets only workers admit and print codes: a client and a team lead get 403', async () => {
    const letter = await admitted();
    const client = await makeClient(t, { organisationId, financierId: leidenId });
    const lead = await makeTeamLead(t, { organisationId, teamId });
    const body = { name: 'Ans', birthDate: '1960-05-05', financierId: leidenId, reason: 'Geen vast adres op dit moment' };
    for (const token of [client.token, lead.token]) {
      expect((await admit(token, body)).status).toBe(403);
      expect(
        (await t.http().post(`/api/admissions/${letter.clientId}/activation-code`).set('Authorization', `Bearer ${token}`)).status,
      ).toBe(403);
    }
  });

  it("answers 404 for another organisation's client and 409 for a client with an e-mail address", async () => {
    const other = await makeOrganisation(t, { financiers: ['Zwolle'] });
    const otherWorker = await makeWorker(t, { organisationId: other.organisationId, teamId: other.teamId });
    const theirs = await admit(otherWorker.token, {
      name: 'Bert',
      birthDate: '1966-06-06',
      financierId: other.financierId,
      reason: 'Geen vast adres, slaapt in de auto',
    });
    expect(theirs.body.loginName).toMatch(/^zwolle-/);
    const res = await t.http().post(`/api/admissions/${theirs.body.id}/activation-code`).set('Authorization', `Bearer ${worker}`);
    expect(res.status).toBe(404);
    // A deactivated (erased) client of the own organisation is not there any more either.
    const gone = await admitted('Weg Persoon');
    await t.dataSource.query(`UPDATE account SET deactivated_at = now() WHERE id = $1`, [gone.clientId]);
    expect((await t.http().post(`/api/admissions/${gone.clientId}/activation-code`).set('Authorization', `Bearer ${worker}`)).status).toBe(
      404,
    );
    const withEmail = await makeClient(t, { organisationId, financierId: leidenId });
    const conflict = await t.http().post(`/api/admissions/${withEmail.id}/activation-code`).set('Authorization', `Bearer ${worker}`);
    expect(conflict.status).toBe(409);
    expect(conflict.body.code).toBe('client_has_email');
  });

  it("lists the organisation's login-name clients for workers: who activated, until when a code works, audited", async () => {
    const waiting = await admitted('Wim Wachter');
    const active = await admitted('Ans Actief');
    expect((await activate({ loginName: active.loginName, code: active.code, password: PASSWORD }, '198.51.100.40')).status).toBe(200);
    const other = await makeOrganisation(t, { financiers: ['Deventer'] });
    const otherWorker = await makeWorker(t, { organisationId: other.organisationId, teamId: other.teamId });
    const theirs = await admit(otherWorker.token, {
      name: 'Elders Iemand',
      birthDate: '1966-06-06',
      financierId: other.financierId,
      reason: 'Geen vast adres, slaapt in de auto',
    });

    const res = await t.http().get('/api/admissions/without-email').set('Authorization', `Bearer ${worker}`);
    expect(res.status).toBe(200);
    const byId = new Map(res.body.map((c: { id: string }) => [c.id, c]));
    expect(byId.get(waiting.clientId)).toEqual({
      id: waiting.clientId,
      name: 'Wim Wachter',
      loginName: waiting.loginName,
      activated: false,
      codeValidUntil: waiting.expiresAt,
    });
    expect(byId.get(active.clientId)).toMatchObject({ activated: true, codeValidUntil: null });
    expect(byId.has(theirs.body.id)).toBe(false);
    const [entry] = await t.dataSource.query(
      `SELECT reason FROM audit_entry WHERE resource_type = 'login_name_clients' ORDER BY occurred_at DESC LIMIT 1`,
    );
    expect(entry.reason).toBe(`${res.body.length} client(s)`);

    const lead = await makeTeamLead(t, { organisationId, teamId });
    expect((await t.http().get('/api/admissions/without-email').set('Authorization', `Bearer ${lead.token}`)).status).toBe(403);
  });

  it('lets the client add an e-mail address later: it counts once its link is opened, then the reset mail works', async () => {
    const letter = await admitted('Dennis Groen');
    const ip = '198.51.100.41';
    expect((await activate({ loginName: letter.loginName, code: letter.code, password: PASSWORD }, ip)).status).toBe(200);
    const session = await login(letter.loginName, PASSWORD, ip);
    const bearer = { Authorization: `Bearer ${session.body.accessToken}` };

    const taken = await makeClient(t, { organisationId, financierId: leidenId });
    const conflict = await t.http().post('/api/auth/email').set(bearer).send({ email: taken.email });
    expect(conflict.status).toBe(409);
    expect(conflict.body.fields).toHaveProperty('email');
    expect((await t.http().post('/api/auth/email').set(bearer).send({ email: 'geen adres' })).body.fields).toHaveProperty('email');

    const added = await t.http().post('/api/auth/email').set(bearer).send({ email: 'dennis.groen@example.nl' });
    expect(added.status).toBe(202);
    // Not yet the account's address: the login name still works, the address does not.
    expect((await t.http().get('/api/auth/me').set(bearer)).body.email).toBeNull();
    expect((await login('dennis.groen@example.nl', PASSWORD, ip)).status).toBe(401);

    const outbox = await t.http().get('/api/dev/outbox');
    const mail = outbox.body.find((m: { to: string }) => m.to === 'dennis.groen@example.nl');
    const token = decodeURIComponent(/token=([^\s]+)/.exec(mail.text)![1]);
    expect((await t.http().post('/api/registrations/verify').send({ token })).status).toBe(200);
    expect((await login('dennis.groen@example.nl', PASSWORD, ip)).status).toBe(200);
    expect((await login(letter.loginName, PASSWORD, ip)).status).toBe(200);
    expect((await t.http().post('/api/auth/email').set(bearer).send({ email: 'ander@example.nl' })).body.code).toBe('account_has_email');
    expect((await t.http().post('/api/auth/password-reset').send({ email: 'dennis.groen@example.nl' })).status).toBe(202);
    const [reset] = await t.dataSource.query(`SELECT count(*)::int AS n FROM password_reset WHERE account_id = $1`, [letter.clientId]);
    expect(reset.n).toBe(1);
  });

  it('names bad fields with 400', async () => {
    const badAdmission = await admit(worker, {
      email: '',
      name: 'X',
      birthDate: '1970-02-02',
      financierId: leidenId,
      reason: 'Geen vast adres op dit moment',
    });
    expect(badAdmission.status).toBe(400);
    expect(Object.keys(badAdmission.body.fields)).toEqual(['email']);
    const badActivation = await activate({ loginName: 'niet goed', code: 42, password: '' }, '198.51.100.39');
    expect(badActivation.status).toBe(400);
    expect(Object.keys(badActivation.body.fields).sort()).toEqual(['code', 'loginName', 'password']);
    const badId = await t.http().post('/api/admissions/not-a-uuid/activation-code').set('Authorization', `Bearer ${worker}`);
    expect(badId.status).toBe(400);
    const badLogin = await login('geen adres', PASSWORD, '198.51.100.39');
    expect(badLogin.status).toBe(400);
    expect(Object.keys(badLogin.body.fields)).toEqual(['email']);
  });
});
