import { bearer, createTestApp, makeOrganisation, TestApp } from '@nabij/platform/testing';
import { IdentityModule } from '../../index';
import { makeAdmin, makeClient, makeTeamLead, makeWorker } from '../testing';

jest.setTimeout(60_000);

/** PATCH /api/account/language: the language is remembered on the account and comes back in "me". */
describe('account language', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp({ imports: [IdentityModule] });
  });
  afterAll(() => t?.close());

  async function client(language?: 'tr') {
    const org = await makeOrganisation(t);
    return makeClient(t, { organisationId: org.organisationId, financierId: org.financierId, language });
  }
  const me = async (who: { token: string }) => (await t.http().get('/api/auth/me').set(bearer(who)).expect(200)).body;
  const patch = (who: { token: string } | null, body: unknown) => {
    const req = t.http().patch('/api/account/language');
    return (who ? req.set(bearer(who)) : req).send(body as object);
  };

  it('a new account reads Dutch; "me" says so', async () => {
    expect((await me(await client())).language).toBe('nl');
  });

  it('a client chooses Arabic, Turkish or Polish and "me" answers with it', async () => {
    const c = await client();
    for (const language of ['ar', 'tr', 'pl', 'en', 'nl'] as const) {
      await patch(c, { language }).expect(204);
      expect((await me(c)).language).toBe(language);
    }
  });

  it('staff choose Dutch or English; any other language is a 400 naming `language`', async () => {
    const org = await makeOrganisation(t);
    const staff = { organisationId: org.organisationId, teamId: org.teamId };
    for (const make of [makeWorker, makeTeamLead, makeAdmin]) {
      const who = await make(t, staff);
      await patch(who, { language: 'en' }).expect(204);
      expect((await me(who)).language).toBe('en');
      const res = await patch(who, { language: 'ar' }).expect(400);
      expect(res.body.fields).toHaveProperty('language');
      expect(res.body.fieldCodes).toEqual({ language: 'language.not_allowed' });
      expect((await me(who)).language).toBe('en');
    }
  });

  it('refuses bad input with a 400 naming `language`, and leaves the account as it was', async () => {
    const c = await client('tr');
    for (const body of [
      {},
      { language: 'de' },
      { language: 'NL' },
      { language: 3 },
      { language: null },
      { language: ['nl'] },
      { language: 'x'.repeat(10_000) },
    ]) {
      const res = await patch(c, body);
      expect(res.status).toBe(400);
      expect(res.body.fields).toHaveProperty('language');
    }
    expect((await me(c)).language).toBe('tr');
  });

  it('needs a signed-in account', async () => {
    await patch(null, { language: 'nl' }).expect(401);
  });
});
