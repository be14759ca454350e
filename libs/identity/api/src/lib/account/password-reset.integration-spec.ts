import { HOUR, MINUTE, createTestApp, makeOrganisation, TestApp } from '@nabij/platform/testing';
import { randomUUID } from 'node:crypto';
import { IdentityModule } from '../../index';
import { makeAdmin, makeClient, makeTeamLead, makeWorker } from '../testing';

const PASSWORD = 'Test-wachtwoord-2026!';
const NEW_PASSWORD = 'paarse olifant fietst langzaam';

jest.setTimeout(60_000);

/** Forgot password: the mailed link, single use, one hour, and every session ends. */
describe('password reset', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp({ imports: [IdentityModule] });
  });
  afterAll(() => t?.close());

  // Every test its own client address, so the per-address request limit (5 a minute) is never shared.
  const from = () => `10.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`;
  const ask = (email: string) => t.http().post('/api/auth/password-reset').set('X-Forwarded-For', from()).send({ email });
  const confirm = (token: string, password: string) =>
    t.http().post('/api/auth/password-reset/confirm').set('X-Forwarded-For', from()).send({ token, password });
  const login = (email: string, password: string) =>
    t.http().post('/api/auth/login').set('X-Forwarded-For', from()).send({ email, password });

  async function client(): Promise<string> {
    const org = await makeOrganisation(t);
    return (await makeClient(t, { organisationId: org.organisationId, financierId: org.financierId, password: PASSWORD })).email;
  }

  /** The token from the last mail to this address (the link is the only place it exists in clear). */
  async function mailedToken(email: string): Promise<string> {
    const [mail] = await t.dataSource.query(`SELECT text FROM outbox_mail WHERE to_address = $1 ORDER BY created_at DESC, id LIMIT 1`, [
      email,
    ]);
    const match = /\/reset-password\?token=([^\s]+)/.exec(mail.text);
    if (!match) throw new Error(`no reset link in the mail to ${email}`);
    return decodeURIComponent(match[1]);
  }

  it('sets a new password with the mailed link; the old one and every session end', async () => {
    const email = await client();
    const before = await login(email, PASSWORD);
    expect(before.status).toBe(200);

    expect((await ask(email)).status).toBe(202);
    const token = await mailedToken(email);
    expect((await confirm(token, NEW_PASSWORD)).status).toBe(204);

    expect((await t.http().get('/api/auth/me').set('Authorization', `Bearer ${before.body.accessToken}`)).status).toBe(401);
    expect((await login(email, PASSWORD)).status).toBe(401);
    expect((await login(email, NEW_PASSWORD)).status).toBe(200);
    const [audit] = await t.dataSource.query(
      `SELECT count(*)::int AS n FROM audit_entry a JOIN account c ON c.id::text = a.resource_id::text
        WHERE c.email = $1 AND a.resource_type = 'password' AND a.action = 'update'`,
      [email],
    );
    expect(audit.n).toBe(1);
  });

  it('answers the same for a known and an unknown address, and mails both', async () => {
    const known = await ask(await client());
    const unknownEmail = `nobody-${randomUUID()}@example.nl`;
    const unknown = await ask(unknownEmail);
    expect(unknown.status).toBe(known.status);
    expect(unknown.body).toEqual(known.body);
    expect(known.body).toEqual({ status: 'check_your_mail' });
    const [mail] = await t.dataSource.query(`SELECT text FROM outbox_mail WHERE to_address = $1`, [unknownEmail]);
    expect(mail.text).toMatch(/geen account/);
    expect(mail.text).not.toMatch(/token=/);
  });

  it('gives a deactivated account no link, and refuses a link asked before the deactivation', async () => {
    const email = await client();
    expect((await ask(email)).status).toBe(202);
    const token = await mailedToken(email);
    // Deactivation belongs to the organisation admin (libs/organisation), not loaded here.
    await t.dataSource.query(`UPDATE account SET deactivated_at = now() WHERE email = $1`, [email]);
    const refused = await confirm(token, NEW_PASSWORD);
    expect(refused.status).toBe(400);
    expect(refused.body.code).toBe('reset_link_invalid');
    const again = await ask(email);
    expect(again.status).toBe(202);
    expect(again.body).toEqual({ status: 'check_your_mail' });
    const mails: Array<{ text: string }> = await t.dataSource.query(`SELECT text FROM outbox_mail WHERE to_address = $1`, [email]);
    // The first mail had the link; the one after the deactivation says who can help, without one.
    expect(mails).toHaveLength(2);
    const stopped = mails.filter((m) => /gestopt door de organisatie/.test(m.text));
    expect(stopped).toHaveLength(1);
    expect(stopped[0].text).not.toMatch(/token=/);
  });

  it('stores only the hash of the token', async () => {
    const email = await client();
    await ask(email);
    const token = await mailedToken(email);
    const rows = await t.dataSource.query(`SELECT token_hash FROM password_reset WHERE token_hash = $1 OR token_hash LIKE $2`, [
      token,
      `%${token}%`,
    ]);
    expect(rows).toEqual([]);
  });

  it('works once: a used link is refused with a code', async () => {
    const email = await client();
    await ask(email);
    const token = await mailedToken(email);
    expect((await confirm(token, NEW_PASSWORD)).status).toBe(204);
    const again = await confirm(token, 'nog een heel ander lang wachtwoord');
    expect(again.status).toBe(400);
    expect(again.body.code).toBe('reset_link_invalid');
    expect(Object.keys(again.body.fields)).toEqual(['token']);
    expect((await login(email, NEW_PASSWORD)).status).toBe(200);
  });

  it('works for one hour (FixedClock)', async () => {
    const email = await client();
    await ask(email);
    const token = await mailedToken(email);
    t.clock.advance(HOUR + MINUTE);
    try {
      const late = await confirm(token, NEW_PASSWORD);
      expect(late.status).toBe(400);
      expect(late.body.code).toBe('reset_link_invalid');
    } finally {
      t.clock.advance(-(HOUR + MINUTE));
    }
    expect((await login(email, PASSWORD)).status).toBe(200);
  });

  it('still works just before the hour is over', async () => {
    const email = await client();
    await ask(email);
    const token = await mailedToken(email);
    t.clock.advance(HOUR - MINUTE);
    try {
      expect((await confirm(token, NEW_PASSWORD)).status).toBe(204);
    } finally {
      t.clock.advance(-(HOUR - MINUTE));
    }
  });

  it('refuses an unknown token', async () => {
    const res = await confirm('not-a-token-we-made', NEW_PASSWORD);
    expect(res.status).toBe(400);
    expect(res.body.code).toBe('reset_link_invalid');
  });

  it('refuses a weak new password naming the field, and keeps the link usable', async () => {
    const email = await client();
    await ask(email);
    const token = await mailedToken(email);
    const weak = await confirm(token, 'Welkom1234');
    expect(weak.status).toBe(400);
    expect(weak.body.code).toBe('password_too_weak');
    expect(Object.keys(weak.body.fields)).toEqual(['password']);
    expect((await confirm(token, NEW_PASSWORD)).status).toBe(204);
  });

  it.each([
    ['password-reset', { email: 'not an address' }, 'email'],
    ['password-reset', {}, 'email'],
    ['password-reset/confirm', { password: NEW_PASSWORD }, 'token'],
    ['password-reset/confirm', { token: 'x' }, 'password'],
  ])('refuses bad input to %s with a 400 naming the field (%j)', async (path, body, field) => {
    const res = await t.http().post(`/api/auth/${path}`).set('X-Forwarded-For', from()).send(body);
    expect(res.status).toBe(400);
    expect(Object.keys(res.body.fields)).toContain(field);
  });

  it('throttles requests from one address', async () => {
    const ip = from();
    const statuses: number[] = [];
    for (let i = 0; i < 7; i++) {
      statuses.push(
        (
          await t
            .http()
            .post('/api/auth/password-reset')
            .set('X-Forwarded-For', ip)
            .send({ email: `x${i}@example.nl` })
        ).status,
      );
    }
    expect(statuses.slice(0, 5)).toEqual([202, 202, 202, 202, 202]);
    expect(statuses[6]).toBe(429);
  });

  it.each(['worker', 'team_lead', 'admin'] as const)('works for staff too (%s)', async (role) => {
    const org = await makeOrganisation(t);
    const make = { worker: makeWorker, team_lead: makeTeamLead, admin: makeAdmin }[role];
    const { email } = await make(t, { organisationId: org.organisationId, teamId: org.teamId });
    await ask(email);
    expect((await confirm(await mailedToken(email), NEW_PASSWORD)).status).toBe(204);
    expect((await login(email, NEW_PASSWORD)).status).toBe(200);
  });
});
