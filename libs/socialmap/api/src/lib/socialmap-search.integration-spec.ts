import { createTestApp, makeOrganisation, TestApp } from '@nabij/platform/testing';
import type { SocialMapSearchResponse, SocialServiceHit } from '@nabij/socialmap/contracts';
import { SOCIAL_SERVICES } from './content/social-services';
import { SocialMapModule } from './socialmap.module';
import { installServices, testService } from './testing';

jest.setTimeout(120_000);

describe('GET /api/social-map/services (public)', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp({ imports: [SocialMapModule] });
    const org = await makeOrganisation(t);
    await installServices(t, org.organisationId, SOCIAL_SERVICES);
    await installServices(t, org.organisationId, [
      // Two services with a made-up word: one in Gouda, listed first by name, and one in Leiden.
      testService({ providerName: 'A Gouda', name: 'Zwerfkeiaanpak Gouda', locationPc4: 2801, servedAreas: [2801] }),
      testService({ providerName: 'B Leiden', name: 'Zwerfkeiaanpak Leiden', locationPc4: 2313, servedAreas: [2313] }),
    ]);
  }, 180_000);
  afterAll(() => t.close());

  const search = async (query: Record<string, string>): Promise<SocialMapSearchResponse> => {
    const res = await t.http().get('/api/social-map/services').query(query);
    expect(res.status).toBe(200);
    return res.body;
  };
  const names = (hits: SocialServiceHit[]) => hits.map((h) => `${h.providerName}: ${h.name}`);

  it('finds the Leiden debt help for "schulden" near 2312 AB before the one in Gouda', async () => {
    const { hits, pc4, pc4Known } = await search({ q: 'schulden', postcode: '2312 AB' });
    expect({ pc4, pc4Known }).toEqual({ pc4: 2312, pc4Known: true });
    const list = names(hits);
    const leiden = list.indexOf('Gemeente Leiden: Schuldhulpverlening');
    const gouda = list.indexOf('Gemeente Gouda: Schuldhulpverlening');
    expect(leiden).toBeGreaterThanOrEqual(0);
    expect(gouda).toBeGreaterThan(leiden);
    expect(hits[leiden]).toMatchObject({ servesPostcode: true, referral: 'self', demo: true });
    expect(hits[leiden].distanceKm).toBeLessThan(2);
    expect(hits[gouda]).toMatchObject({ servesPostcode: false });
    expect(hits[gouda].distanceKm).toBeGreaterThan(15);
  });

  it('puts Gouda first for the same words near a Gouda postcode', async () => {
    const list = names((await search({ q: 'schulden', postcode: '2803XK' })).hits);
    expect(list.indexOf('Gemeente Gouda: Schuldhulpverlening')).toBeLessThan(list.indexOf('Gemeente Leiden: Schuldhulpverlening'));
  });

  it('stems Dutch and matches the start of compounds: "schulden" finds "schuldhulpverlening" and "schuld"', async () => {
    await installServices(t, (await makeOrganisation(t)).organisationId, [
      testService({ providerName: 'Stamtest', name: 'Vraag om uitstel', description: 'Een schuld bij de energieleverancier.' }),
    ]);
    const list = names((await search({ q: 'schulden' })).hits);
    expect(list).toContain('Stamtest: Vraag om uitstel');
    expect(list).toContain('Gemeente Leiden: Schuldhulpverlening');
    expect(list).not.toContain('Centrum voor Jeugd en Gezin Leiden: Vragen over opvoeden en opgroeien');
  });

  it('orders nearest first: the Leiden one of two equal matches comes first near 2312, even though Gouda sorts first by name', async () => {
    const without = names((await search({ q: 'zwerfkeiaanpak' })).hits);
    expect(without).toEqual(['A Gouda: Zwerfkeiaanpak Gouda', 'B Leiden: Zwerfkeiaanpak Leiden']);
    const near = (await search({ q: 'zwerfkeiaanpak', postcode: '2312' })).hits;
    expect(names(near)).toEqual(['B Leiden: Zwerfkeiaanpak Leiden', 'A Gouda: Zwerfkeiaanpak Gouda']);
    expect(near[0].distanceKm).toBeGreaterThan(0);
    expect(near[0].distanceKm).toBeLessThan(near[1].distanceKm!);
  });

  it('lists national lines (no place) after local services when searching by postcode, with no distance', async () => {
    const { hits } = await search({ category: 'money', postcode: '2312 AB' });
    const geldfit = hits.findIndex((h) => h.providerName === 'Geldfit');
    expect(hits[geldfit]).toMatchObject({ distanceKm: null, servesPostcode: true, phone: '0800-8115', demo: false });
    expect(hits.slice(0, geldfit).every((h) => h.distanceKm !== null)).toBe(true);
  });

  it('filters by category', async () => {
    const { hits } = await search({ category: 'safety' });
    expect(names(hits)).toEqual(['Veilig Thuis: Advies en hulp bij geweld in huis']);
    expect(hits[0]).toMatchObject({ phone: '0800-2000', categories: ['safety'], distanceKm: null, servesPostcode: null });
  });

  it('finds a category by its Dutch name in the text ("eenzaamheid")', async () => {
    const list = names((await search({ q: 'eenzaamheid' })).hits);
    expect(list).toContain('Maatjesproject Leiden en Oegstgeest: Een maatje tegen eenzaamheid');
    expect(list).toContain('Vrijwilligerscentrale Leiden: Vrijwilligerswerk dat bij je past');
  });

  it('says when the postcode area is unknown, and still answers', async () => {
    const res = await search({ q: 'schulden', postcode: '1011 AB' });
    expect(res).toMatchObject({ pc4: 1011, pc4Known: false });
    expect(res.hits.length).toBeGreaterThan(0);
    expect(res.hits.every((h) => h.distanceKm === null && h.servesPostcode !== null)).toBe(true);
  });

  it('answers text of punctuation or stop words alone with nothing found, never a 500', async () => {
    for (const q of ['!!!', '"', '- - -', 'de het een', "'\\:*&|"]) {
      expect((await search({ q })).hits).toEqual([]);
    }
    expect((await search({ q: '--schulden!!' })).hits.length).toBeGreaterThan(0);
  });

  it.each([
    ['an empty text', { q: '' }, 'q'],
    ['text over 100 characters', { q: 'schuld '.repeat(15) }, 'q'],
    ['two texts', 'q=schuld&q=huur', 'q'],
    ['an unknown category', { category: 'astrologie' }, 'category'],
    ['a postcode that is not Dutch', { postcode: '0123 AB' }, 'postcode'],
    ['a postcode with too many letters', { postcode: '2312 ABC' }, 'postcode'],
    ['two postcodes', 'postcode=2312&postcode=2801', 'postcode'],
  ])('answers 400 naming the field for %s', async (_name, query, field) => {
    const res = await t.http().get('/api/social-map/services').query(query);
    expect(res.status).toBe(400);
    expect(Object.keys(res.body.fields)).toContain(field);
  });
});
