import { IdentityModule } from '@nabij/identity/api';
import { makeAdmin, makeClient, makeTeamLead, makeWorker } from '@nabij/identity/api/testing';
import { bearer, createTestApp, makeOrganisation, TestAccount, TestApp } from '@nabij/platform/testing';
import type { AdminSocialService, SaveSocialService } from '@nabij/socialmap/contracts';
import { randomBytes } from 'node:crypto';
import { SocialMapModule } from '../socialmap.module';

jest.setTimeout(120_000);

/** An organisation's admins keep its services on the social map: form, CSV import, and nobody else. */
describe('social map admin', () => {
  let t: TestApp;
  let admin: TestAccount;
  let otherAdmin: TestAccount;
  let others: Record<'worker' | 'teamLead' | 'client', TestAccount>;

  beforeAll(async () => {
    t = await createTestApp({ imports: [IdentityModule, SocialMapModule] });
    const org = await makeOrganisation(t);
    const second = await makeOrganisation(t);
    const staff = { organisationId: org.organisationId, teamId: org.teamId };
    admin = await makeAdmin(t, staff);
    otherAdmin = await makeAdmin(t, { organisationId: second.organisationId, teamId: second.teamId });
    others = {
      worker: await makeWorker(t, staff),
      teamLead: await makeTeamLead(t, staff),
      client: await makeClient(t, { organisationId: org.organisationId, financierId: org.financierId }),
    };
  }, 180_000);
  afterAll(() => t.close());

  /** A service with a made-up word of its own, so a search finds only this test's service. */
  function service(word = `kaartwoord${randomBytes(3).toString('hex')}`): SaveSocialService {
    return {
      providerName: 'Buurthuis De Test',
      name: `Koffie-ochtend ${word}`,
      description: 'Elke week koffie en een praatje met buurtgenoten.',
      categories: ['loneliness'],
      audience: 'Iedereen uit de buurt',
      municipality: 'Leiden',
      openingHours: 'Dinsdag 10:00 tot 12:00',
      referral: 'self',
      servedAreas: [2312, 2313],
      locationPc4: 2313,
    };
  }
  const create = (who: TestAccount, body: object) => t.http().post('/api/social-map/admin/services').set(bearer(who)).send(body);
  const publicSearch = async (q: string) =>
    (await t.http().get('/api/social-map/services').query({ q })).body.hits as { id: string; name: string }[];
  const importCsv = (who: TestAccount, csv: string) => t.http().post('/api/social-map/admin/import').set(bearer(who)).send({ csv });
  const countOwn = async (who: TestAccount) =>
    ((await t.http().get('/api/social-map/admin/services').set(bearer(who))).body as unknown[]).length;

  it('adds a service that the public finds at once, lists it for its own admins only, and logs the change', async () => {
    const input = service();
    const res = await create(admin, input);
    expect(res.status).toBe(201);
    const created = res.body as AdminSocialService;
    expect(created).toMatchObject({ ...input, demo: false, phone: null, website: null, address: null });
    expect((await publicSearch(input.name.split(' ')[1])).map((h) => h.id)).toEqual([created.id]);
    const own = await t.http().get('/api/social-map/admin/services').set(bearer(admin));
    expect(own.body.map((s: AdminSocialService) => s.id)).toContain(created.id);
    const theirs = await t.http().get('/api/social-map/admin/services').set(bearer(otherAdmin));
    expect(theirs.body.map((s: AdminSocialService) => s.id)).not.toContain(created.id);
    const audit = await t.dataSource.query(`SELECT action FROM audit_entry WHERE actor_id = $1 AND resource_id = $2`, [
      admin.id,
      created.id,
    ]);
    expect(audit).toEqual([{ action: 'create' }]);
  });

  it('changes and removes its own service; the public search follows', async () => {
    const { body: created } = await create(admin, service());
    const word = `anderwoord${randomBytes(3).toString('hex')}`;
    const changed = { ...service(word), phone: '071-0000000', website: 'https://example.org' };
    const put = await t.http().put(`/api/social-map/admin/services/${created.id}`).set(bearer(admin)).send(changed);
    expect(put.status).toBe(200);
    expect(put.body).toMatchObject({ id: created.id, name: changed.name, phone: '071-0000000', website: 'https://example.org' });
    expect((await publicSearch(word)).map((h) => h.id)).toEqual([created.id]);

    expect((await t.http().delete(`/api/social-map/admin/services/${created.id}`).set(bearer(admin))).status).toBe(204);
    expect(await publicSearch(word)).toEqual([]);
    const audit = await t.dataSource.query(`SELECT action FROM audit_entry WHERE actor_id = $1 AND resource_id = $2 ORDER BY action`, [
      admin.id,
      created.id,
    ]);
    expect(audit.map((a: { action: string }) => a.action)).toEqual(['create', 'delete', 'update']);
  });

  it("answers 404 to another organisation's admin who changes or removes a service, and changes nothing", async () => {
    const input = service();
    const { body: created } = await create(admin, input);
    const put = await t.http().put(`/api/social-map/admin/services/${created.id}`).set(bearer(otherAdmin)).send(service());
    expect(put.status).toBe(404);
    expect((await t.http().delete(`/api/social-map/admin/services/${created.id}`).set(bearer(otherAdmin))).status).toBe(404);
    expect((await publicSearch(input.name.split(' ')[1])).map((h) => h.name)).toEqual([input.name]);
  });

  it('answers 404 for an unknown id and 400 for one that is not a uuid', async () => {
    const unknown = '00000000-0000-4000-8000-000000000000';
    expect((await t.http().put(`/api/social-map/admin/services/${unknown}`).set(bearer(admin)).send(service())).status).toBe(404);
    expect((await t.http().delete(`/api/social-map/admin/services/${unknown}`).set(bearer(admin))).status).toBe(404);
    expect((await t.http().delete('/api/social-map/admin/services/geen-id').set(bearer(admin))).status).toBe(400);
  });

  it.each(['worker', 'teamLead', 'client'] as const)('refuses a %s every admin route: 403, nothing written', async (role) => {
    const who = others[role];
    const { body: created } = await create(admin, service());
    const before = await countOwn(admin);
    expect((await t.http().get('/api/social-map/admin/services').set(bearer(who))).status).toBe(403);
    expect((await create(who, service())).status).toBe(403);
    expect((await t.http().put(`/api/social-map/admin/services/${created.id}`).set(bearer(who)).send(service())).status).toBe(403);
    expect((await t.http().delete(`/api/social-map/admin/services/${created.id}`).set(bearer(who))).status).toBe(403);
    expect((await importCsv(who, 'providerName;name\nA;B')).status).toBe(403);
    expect(await countOwn(admin)).toBe(before);
  });

  it.each([
    ['providerName', 'only spaces', (s: SaveSocialService) => ({ ...s, providerName: '  ' })],
    ['categories', 'empty', (s: SaveSocialService) => ({ ...s, categories: [] })],
    ['categories', 'an unknown topic', (s: SaveSocialService) => ({ ...s, categories: ['astrologie'] })],
    ['referral', 'unknown', (s: SaveSocialService) => ({ ...s, referral: 'per post' })],
    ['servedAreas', 'three digits', (s: SaveSocialService) => ({ ...s, servedAreas: [231] })],
    ['website', 'plain http', (s: SaveSocialService) => ({ ...s, website: 'http://example.org' })],
    ['website', 'javascript:', (s: SaveSocialService) => ({ ...s, website: 'javascript:alert(1)' })],
    ['phone', 'letters', (s: SaveSocialService) => ({ ...s, phone: 'bel ons' })],
    ['locationPc4', 'a postcode with letters', (s: SaveSocialService) => ({ ...s, locationPc4: '2312 AB' })],
  ])('answers 400 naming %s (%s) and stores nothing', async (field, _, change) => {
    const before = await countOwn(admin);
    const res = await create(admin, change(service()));
    expect(res.status).toBe(400);
    expect(Object.keys(res.body.fields)).toEqual([field]);
    expect(await countOwn(admin)).toBe(before);
  });

  describe('CSV import', () => {
    const header = 'providerName;name;description;categories;audience;municipality;phone;website;referral;servedAreas;locationPc4';

    it('imports every line (Dutch topic names, ranges of areas, quoted cells) and the public finds them', async () => {
      const word = `csvwoord${randomBytes(3).toString('hex')}`;
      const csv = [
        header,
        `Buurtkamer Noord;Inloop ${word};"Koffie; een praatje";Eenzaamheid|daytime;Iedereen;Leiden;;https://example.org;zelf;2311-2313 2341;2313`,
        `Budgetcursus;Cursus ${word};Leer je geld indelen.;money;Volwassenen;Gouda;0182-000000;;hulpverlener;2801-2809;2801`,
      ].join('\r\n');
      const res = await importCsv(admin, csv);
      expect(res.status).toBe(200);
      expect(res.body).toEqual({ imported: 2 });
      const found = (await t.http().get('/api/social-map/services').query({ q: word, postcode: '2312' })).body.hits;
      expect(found.map((h: { name: string }) => h.name)).toEqual([`Inloop ${word}`, `Cursus ${word}`]);
      expect(found[0]).toMatchObject({
        description: 'Koffie; een praatje',
        categories: ['loneliness', 'daytime'],
        referral: 'self',
        servedAreas: [2311, 2312, 2313, 2341],
        phone: null,
        servesPostcode: true,
      });
      expect(found[1]).toMatchObject({ referral: 'worker', phone: '0182-000000', servesPostcode: false });
    });

    it('names every bad line in one 400 and imports none of the lines, also not the good ones', async () => {
      const before = await countOwn(admin);
      const csv = [
        header,
        'Goed;Goede regel;Helemaal goed.;money;Iedereen;Leiden;;;self;2312;2312',
        'Fout;Onbekend onderwerp;Tekst.;astrologie;Iedereen;Leiden;;;self;2312;2312',
        'Fout;Onveilige site;Tekst.;money;Iedereen;Leiden;;javascript:alert(1);self;231;2312',
      ].join('\n');
      const res = await importCsv(admin, csv);
      expect(res.status).toBe(400);
      expect(res.body.code).toBe('csv_invalid');
      expect(res.body.message).toContain('lines 3, 4');
      expect(Object.keys(res.body.fields).sort()).toEqual(['line 3.categories', 'line 4.servedAreas', 'line 4.website']);
      expect(res.body.details.lines).toContainEqual(expect.objectContaining({ line: 3, field: 'categories' }));
      expect(await countOwn(admin)).toBe(before);
    });

    it('refuses an unknown or missing column as line 1', async () => {
      const res = await importCsv(admin, 'providerName;naam;description\nA;B;C');
      expect(res.status).toBe(400);
      expect(Object.keys(res.body.fields)).toEqual(
        expect.arrayContaining(['line 1.naam', 'line 1.name', 'line 1.categories', 'line 1.referral', 'line 1.servedAreas']),
      );
    });

    it('refuses a header without lines, a line with too few cells, and an empty body', async () => {
      expect(Object.keys((await importCsv(admin, header)).body.fields)).toEqual(['line 2.csv']);
      const short = await importCsv(admin, `${header}\nA;B;C`);
      expect(short.status).toBe(400);
      expect(Object.keys(short.body.fields)).toContain('line 2.csv');
      const empty = await t.http().post('/api/social-map/admin/import').set(bearer(admin)).send({ csv: '  ' });
      expect(empty.status).toBe(400);
      expect(Object.keys(empty.body.fields)).toEqual(['csv']);
    });
  });
});
