import { IdentityModule, PasswordService } from '@nabij/identity/api';
import { makeAdmin, makeClient, makeWorker } from '@nabij/identity/api/testing';
import { createTestApp, makeOrganisation, TestAccount, TestApp } from '@nabij/platform/testing';
import { IntakeModule } from '../index';
import { makeServiceAreas } from './testing';

jest.setTimeout(60_000);

const STRONG = 'Fietsen-in-de-regen-42';
/** The password of the client who already has an account. */
const KNOWN_PASSWORD = 'Al-lang-klant-2026!';

/** Registration does not tell which addresses have accounts, and refuses easily guessed passwords. */
describe('registration: same answer and same work for known addresses, strong passwords only', () => {
  let t: TestApp;
  let client: TestAccount;
  let worker: TestAccount;
  let leiden: string;

  beforeAll(async () => {
    // Without SMTP every mail stays in the outbox, which is what these tests read.
    t = await createTestApp({ imports: [IdentityModule, IntakeModule], env: { DEV_OUTBOX: 'true' } });
    const org = await makeOrganisation(t, { financiers: ['Leiden'] });
    leiden = org.financierId;
    await makeServiceAreas(t, await makeAdmin(t, { organisationId: org.organisationId }), leiden, [[2311, 2334]]);
    client = await makeClient(t, { organisationId: org.organisationId, financierId: leiden, password: KNOWN_PASSWORD });
    worker = await makeWorker(t, { organisationId: org.organisationId, teamId: org.teamId });
  });
  afterAll(() => t?.close());
  afterEach(() => jest.restoreAllMocks());

  async function servedCheck(): Promise<string> {
    const res = await t.http().post('/api/postcode-check').send({ postcode: '2312 AB' });
    expect(res.body.served).toBe(true);
    return res.body.checkId;
  }
  const outboxFor = async (email: string): Promise<Array<{ subject: string }>> =>
    t.dataSource.query(`SELECT subject FROM outbox_mail WHERE lower(to_address) = lower($1) ORDER BY id`, [email]);

  it('answers a known and a new address alike, hashes the password once in both, and puts one mail in the outbox for each', async () => {
    const hash = jest.spyOn(t.app.get(PasswordService), 'hash');
    const before = (await outboxFor(client.email)).length;

    const known = await t
      .http()
      .post('/api/registrations')
      .send({ checkId: await servedCheck(), email: client.email, password: STRONG, birthDate: '1990-05-01' });
    const knownHashes = hash.mock.calls.length;
    const fresh = await t
      .http()
      .post('/api/registrations')
      .send({ checkId: await servedCheck(), email: 'nieuw-hier@example.nl', password: STRONG, birthDate: '1990-05-01' });
    const freshHashes = hash.mock.calls.length - knownHashes;

    expect(known.status).toBe(202);
    expect(fresh.status).toBe(known.status);
    expect({ ...known.body, email: 'x' }).toEqual({ ...fresh.body, email: 'x' });
    expect(knownHashes).toBe(1);
    expect(freshHashes).toBe(1);

    const knownMails = (await outboxFor(client.email)).slice(before);
    expect(knownMails).toHaveLength(1);
    expect(knownMails[0].subject).toMatch(/al een account/);
    const freshMails = await outboxFor('nieuw-hier@example.nl');
    expect(freshMails).toHaveLength(1);
    expect(freshMails[0].subject).toMatch(/Bevestig je e-mailadres/);
    // The owner's password is untouched.
    expect((await t.http().post('/api/auth/login').send({ email: client.email, password: KNOWN_PASSWORD })).status).toBe(200);
  });

  it.each(['password12', 'Welkom1234', 'qwertyuiop1'])(
    'refuses the easily guessed password %s with a 400 naming the field and a code, and keeps the check usable',
    async (password) => {
      const checkId = await servedCheck();
      const res = await t.http().post('/api/registrations').send({ checkId, email: 'zwak@example.nl', password, birthDate: '1990-05-01' });
      expect(res.status).toBe(400);
      expect(res.body).toMatchObject({ statusCode: 400, code: 'password_too_weak' });
      expect(Object.keys(res.body.fields)).toEqual(['password']);
      expect(await t.dataSource.query(`SELECT 1 FROM account WHERE email = 'zwak@example.nl'`)).toHaveLength(0);
      const [{ used }] = await t.dataSource.query(`SELECT used_at IS NOT NULL AS used FROM postcode_check WHERE id = $1`, [checkId]);
      expect(used).toBe(false);
    },
  );

  it('answers a weak password the same for a known address (the check comes before the lookup)', async () => {
    const res = await t
      .http()
      .post('/api/registrations')
      .send({ checkId: await servedCheck(), email: worker.email, password: 'Welkom1234', birthDate: '1990-05-01' });
    expect(res.status).toBe(400);
    expect(res.body.code).toBe('password_too_weak');
  });

  it("refuses a password made of the person's own e-mail address and name", async () => {
    const res = await t
      .http()
      .post('/api/registrations')
      .send({
        checkId: await servedCheck(),
        email: 'f.elamrani@example.nl',
        name: 'Fatima Elamrani',
        password: 'Elamrani2026',
        birthDate: '1990-05-01',
      });
    expect(res.status).toBe(400);
    expect(res.body.code).toBe('password_too_weak');
  });

  it('checks the password an admitted client chooses, and the link still works with a strong one', async () => {
    const admitted = await t.http().post('/api/admissions').auth(worker.token, { type: 'bearer' }).send({
      email: 'opgenomen@example.nl',
      name: 'Kees',
      birthDate: '1970-02-02',
      financierId: leiden,
      reason: 'Geen vast adres, slaapt bij vrienden',
    });
    expect(admitted.status).toBe(201);
    const [mail] = await t.dataSource.query(`SELECT text FROM outbox_mail WHERE to_address = 'opgenomen@example.nl'`);
    const token = decodeURIComponent(/token=([^\s]+)/.exec(mail.text)![1]);

    const weak = await t.http().post('/api/registrations/verify').send({ token, password: 'password12' });
    expect(weak.status).toBe(400);
    expect(weak.body.code).toBe('password_too_weak');
    expect(weak.body.fields).toHaveProperty('password');
    expect((await t.http().post('/api/registrations/verify').send({ token, password: STRONG })).status).toBe(200);
  });
});
