import { IdentityModule } from '@nabij/identity/api';
import { makeAdmin, makeClient } from '@nabij/identity/api/testing';
import { MailService } from '@nabij/platform/api';
import { createTestApp, HOUR, makeOrganisation, TestAccount, TestApp } from '@nabij/platform/testing';
import { createTransport } from 'nodemailer';
import { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { IntakeModule } from '../index';
import { makeServiceAreas } from './testing';

interface Received {
  to: string[];
  raw: string;
}

/** A real SMTP server in this process: proves mails really leave Nabij over SMTP. */
async function startSmtp(): Promise<{ url: string; inbox: Received[]; close(): Promise<void> }> {
  const inbox: Received[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, session, callback) {
      let raw = '';
      stream.on('data', (chunk) => (raw += chunk.toString()));
      stream.on('end', () => {
        inbox.push({ to: session.envelope.rcptTo.map((r) => r.address), raw });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  return { url: `smtp://127.0.0.1:${port}`, inbox, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

/** The verification token from a raw mail (quoted-printable may wrap long lines). */
function tokenFrom(raw: string): string {
  const unwrapped = raw.replace(/=\r?\n/g, '').replace(/=3D/g, '=');
  const match = /\/verify\?token=([A-Za-z0-9_%-]+)/.exec(unwrapped);
  if (!match) throw new Error(`no verification link in mail:\n${raw}`);
  return decodeURIComponent(match[1]);
}

const PASSWORD = 'Zomer-2026-zon';

describe('registration after the postcode check (with real SMTP delivery)', () => {
  let t: TestApp;
  let smtp: Awaited<ReturnType<typeof startSmtp>>;
  /** A client who already has an account. */
  let known: TestAccount;

  beforeAll(async () => {
    smtp = await startSmtp();
    t = await createTestApp({ imports: [IdentityModule, IntakeModule], env: { SMTP_URL: smtp.url } });
    const org = await makeOrganisation(t, { financiers: ['Leiden', 'Alphen aan den Rijn'] });
    const admin = await makeAdmin(t, { organisationId: org.organisationId });
    await makeServiceAreas(t, admin, org.financierIds['Leiden'], [[2311, 2334]]);
    await makeServiceAreas(t, admin, org.financierIds['Alphen aan den Rijn'], [[2401, 2409]]);
    known = await makeClient(t, { organisationId: org.organisationId, financierId: org.financierId });
  });
  afterAll(async () => {
    await t.close();
    await smtp.close();
  });

  async function servedCheck(postcode = '2312 AB'): Promise<string> {
    const res = await t.http().post('/api/postcode-check').send({ postcode });
    expect(res.body.served).toBe(true);
    return res.body.checkId;
  }

  it('registers, delivers a verification mail over SMTP, verifies and logs in', async () => {
    const checkId = await servedCheck('2401 AB');
    const res = await t
      .http()
      .post('/api/registrations')
      .send({ checkId, email: 'fatima@example.nl', password: PASSWORD, birthDate: '1990-05-01', name: 'Fatima' });
    expect(res.status).toBe(202);
    expect(res.body).toEqual({ status: 'check_your_mail', email: 'fatima@example.nl' });

    const mail = smtp.inbox.find((m) => m.to.includes('fatima@example.nl'));
    expect(mail).toBeDefined();
    expect(mail!.raw).toContain('Bevestig je e-mailadres');

    const before = await t.http().post('/api/auth/login').send({ email: 'fatima@example.nl', password: PASSWORD });
    expect(before.status).toBe(403);
    expect(before.body.message).toMatch(/Confirm your e-mail/);
    expect(before.body.code).toBe('email_not_verified');

    const verified = await t
      .http()
      .post('/api/registrations/verify')
      .send({ token: tokenFrom(mail!.raw) });
    expect(verified.status).toBe(200);
    const login = await t.http().post('/api/auth/login').send({ email: 'fatima@example.nl', password: PASSWORD });
    expect(login.status).toBe(200);
    expect(login.body.user).toMatchObject({ role: 'client', financier: { name: 'Alphen aan den Rijn' } });
    const [account] = await t.dataSource.query(`SELECT postcode FROM account WHERE email = 'fatima@example.nl'`);
    expect(account.postcode).toBe('2401 AB');
  });

  it('refuses registration without a check, with a not-served check, or with a used check', async () => {
    const noCheck = await t.http().post('/api/registrations').send({ email: 'a@example.nl', password: PASSWORD, birthDate: '1990-05-01' });
    expect(noCheck.status).toBe(400);
    expect(noCheck.body.fields).toHaveProperty('checkId');

    const unknown = await t
      .http()
      .post('/api/registrations')
      .send({ checkId: '6f1c1c5e-0000-4000-8000-000000000000', email: 'a@example.nl', password: PASSWORD, birthDate: '1990-05-01' });
    expect(unknown.status).toBe(400);
    expect(unknown.body.fields).toHaveProperty('checkId');

    // A check outside every service area answers without an id (nobody may register with it); the
    // row it wrote is what a forged request would name.
    expect((await t.http().post('/api/postcode-check').send({ postcode: '9997 XY' })).body).toMatchObject({ served: false });
    const [notServed] = await t.dataSource.query(`SELECT id FROM postcode_check WHERE postcode = '9997 XY' AND NOT served`);
    const outside = await t
      .http()
      .post('/api/registrations')
      .send({ checkId: notServed.id, email: 'a@example.nl', password: PASSWORD, birthDate: '1990-05-01' });
    expect(outside.status).toBe(400);

    const checkId = await servedCheck();
    expect(
      (await t.http().post('/api/registrations').send({ checkId, email: 'once@example.nl', password: PASSWORD, birthDate: '1990-05-01' }))
        .status,
    ).toBe(202);
    const again = await t
      .http()
      .post('/api/registrations')
      .send({ checkId, email: 'twice@example.nl', password: PASSWORD, birthDate: '1990-05-01' });
    expect(again.status).toBe(400);
    expect(again.body.fields).toHaveProperty('checkId');
    const [{ count }] = await t.dataSource.query(`SELECT count(*)::int AS count FROM account WHERE email = 'twice@example.nl'`);
    expect(count).toBe(0);
  });

  it('refuses a postcode sent along with the registration (the check decides the postcode)', async () => {
    const checkId = await servedCheck();
    const res = await t
      .http()
      .post('/api/registrations')
      .send({ checkId, postcode: '1012 AB', email: 'p@example.nl', password: PASSWORD, birthDate: '1990-05-01' });
    expect(res.status).toBe(400);
    expect(res.body.fields).toHaveProperty('postcode');
  });

  it('refuses an expired check', async () => {
    const checkId = await servedCheck();
    t.clock.advance(3 * HOUR);
    const res = await t
      .http()
      .post('/api/registrations')
      .send({ checkId, email: 'late@example.nl', password: PASSWORD, birthDate: '1990-05-01' });
    expect(res.status).toBe(400);
    expect(res.body.fields.checkId[0]).toMatch(/expired/);
  });

  it('answers the same for a known e-mail address and mails the owner instead of making a second account', async () => {
    const checkId = await servedCheck();
    smtp.inbox.length = 0;
    const res = await t
      .http()
      .post('/api/registrations')
      .send({ checkId, email: known.email.toUpperCase(), password: PASSWORD, birthDate: '1990-05-01' });
    expect(res.status).toBe(202);
    expect(res.body).toEqual({ status: 'check_your_mail', email: known.email.toUpperCase() });
    const [{ count }] = await t.dataSource.query(`SELECT count(*)::int AS count FROM account WHERE lower(email) = $1`, [known.email]);
    expect(count).toBe(1);
    expect(smtp.inbox[0].raw).toContain('al een account');
  });

  it('remembers the language the portal showed and mails in it, Dutch below; an unknown language is a 400 naming it', async () => {
    const checkId = await servedCheck();
    const refused = await t
      .http()
      .post('/api/registrations')
      .send({ checkId, email: 'ayse@example.nl', password: PASSWORD, birthDate: '1988-02-03', language: 'de' });
    expect(refused.status).toBe(400);
    expect(Object.keys(refused.body.fields)).toEqual(['language']);
    const res = await t
      .http()
      .post('/api/registrations')
      .send({ checkId, email: 'ayse@example.nl', password: PASSWORD, birthDate: '1988-02-03', language: 'tr' });
    expect(res.status).toBe(202);
    const [account] = await t.dataSource.query(`SELECT language FROM account WHERE email = 'ayse@example.nl'`);
    expect(account.language).toBe('tr');
    const [mail] = await t.dataSource.query(`SELECT subject, text FROM outbox_mail WHERE to_address = 'ayse@example.nl'`);
    expect(mail.subject).toBe('Nabij için e-posta adresinizi onaylayın / Bevestig je e-mailadres voor Nabij');
    expect(mail.text.indexOf("Nabij'e kaydoldunuz.")).toBeLessThan(mail.text.indexOf('Je hebt je aangemeld bij Nabij.'));
  });

  it('names every invalid field with 400 and writes nothing', async () => {
    const checkId = await servedCheck();
    const res = await t
      .http()
      .post('/api/registrations')
      .send({ checkId, email: 'not-an-email', password: 'short', birthDate: '2999-01-01' });
    expect(res.status).toBe(400);
    expect(Object.keys(res.body.fields).sort()).toEqual(['birthDate', 'email', 'password']);
    const [{ used }] = await t.dataSource.query(`SELECT used_at IS NOT NULL AS used FROM postcode_check WHERE id = $1`, [checkId]);
    expect(used).toBe(false);
  });

  it('resends the verification mail, and answers the same for unknown addresses', async () => {
    const checkId = await servedCheck();
    await t.http().post('/api/registrations').send({ checkId, email: 'nomail@example.nl', password: PASSWORD, birthDate: '1990-05-01' });
    smtp.inbox.length = 0;
    const resend = await t.http().post('/api/registrations/resend').send({ email: 'nomail@example.nl' });
    expect(resend.status).toBe(202);
    expect(smtp.inbox).toHaveLength(1);
    const unknown = await t.http().post('/api/registrations/resend').send({ email: 'nobody@example.nl' });
    expect(unknown.status).toBe(202);
    expect(unknown.body).toEqual({ status: 'check_your_mail', email: 'nobody@example.nl' });
    expect(smtp.inbox).toHaveLength(1);
    // Both the first and the resent link work; a used link does not work twice.
    const token = tokenFrom(smtp.inbox[0].raw);
    expect((await t.http().post('/api/registrations/verify').send({ token })).status).toBe(200);
    const twice = await t.http().post('/api/registrations/verify').send({ token });
    expect(twice.status).toBe(400);
    expect(twice.body.fields).toHaveProperty('token');
  });

  it('keeps the mail in the outbox when SMTP delivery fails, so no registration is lost', async () => {
    await smtp.close();
    const checkId = await servedCheck();
    const res = await t
      .http()
      .post('/api/registrations')
      .send({ checkId, email: 'offline@example.nl', password: PASSWORD, birthDate: '1990-05-01' });
    expect(res.status).toBe(202);
    const [mail] = await t.dataSource.query(
      `SELECT sent_at, last_error, attempts FROM outbox_mail WHERE to_address = 'offline@example.nl'`,
    );
    expect(mail).toMatchObject({ sent_at: null, attempts: 1 });
    expect(mail.last_error).toBeTruthy();

    // SMTP is back (on a new port): the retry job delivers the waiting mail exactly once.
    smtp = await startSmtp();
    const mailService = t.app.get(MailService);
    (mailService as unknown as { transport: unknown }).transport = createTransport(smtp.url);
    expect(await mailService.retryPending()).toBeGreaterThanOrEqual(1);
    expect(smtp.inbox.filter((m) => m.to.includes('offline@example.nl'))).toHaveLength(1);
    await mailService.retryPending();
    expect(smtp.inbox.filter((m) => m.to.includes('offline@example.nl'))).toHaveLength(1);
  });
});
