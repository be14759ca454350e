import { IdentityModule } from '@nabij/identity/api';
import { makeAdmin } from '@nabij/identity/api/testing';
import { createTestApp, makeOrganisation, TestApp } from '@nabij/platform/testing';
import type { LocalReferralService } from '@nabij/intake/contracts';
import { installServices, testService } from '@nabij/socialmap/api/testing';
import { IntakeModule } from '../index';
import { makeServiceAreas } from './testing';

describe('POST /api/postcode-check', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp({ imports: [IdentityModule, IntakeModule] });
    // The region's municipalities with the ranges the demo serves too (Alphen has two).
    const org = await makeOrganisation(t, { financiers: ['Leiden', 'Alphen aan den Rijn', 'Gouda', 'Lisse'] });
    const admin = await makeAdmin(t, { organisationId: org.organisationId });
    const areas: Record<string, Array<[number, number]>> = {
      Leiden: [[2311, 2334]],
      'Alphen aan den Rijn': [
        [2401, 2409],
        [2771, 2771],
      ],
      Gouda: [[2801, 2809]],
      Lisse: [[2161, 2161]],
    };
    for (const [name, ranges] of Object.entries(areas)) await makeServiceAreas(t, admin, org.financierIds[name], ranges);
    // Oegstgeest (2341–2343) is not served; its social map has two local services, Gouda has one, and one line is national.
    await installServices(t, org.organisationId, [
      testService({
        providerName: 'Sociaal team Oegstgeest',
        name: 'Hulp bij schulden',
        municipality: 'Oegstgeest',
        servedAreas: [2341, 2342, 2343],
        locationPc4: 2343,
      }),
      testService({
        providerName: 'Buurthuis Oegstgeest',
        name: 'Koffie en een praatje',
        municipality: 'Oegstgeest',
        servedAreas: [2341, 2342],
        locationPc4: 2341,
      }),
      testService({
        providerName: 'Gemeente Gouda',
        name: 'Schuldhulpverlening',
        municipality: 'Gouda',
        servedAreas: [2801, 2802],
        locationPc4: 2801,
      }),
      testService({ providerName: 'Landelijke lijn', name: 'Bel ons', municipality: 'Landelijk', servedAreas: [], locationPc4: null }),
    ]);
  }, 180_000);
  afterAll(() => t.close());

  it.each(['2312AB', '2312 ab', ' 2312 AB ', '2312ab'])('serves a Leiden postcode written as %p', async (postcode) => {
    const res = await t.http().post('/api/postcode-check').send({ postcode });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ served: true, postcode: '2312 AB', financier: 'Leiden' });
    expect(res.body.checkId).toMatch(/^[0-9a-f-]{36}$/);
    // The organisation's slug, so the visitor's chat asks that organisation's hours.
    const [{ slug }] = await t.dataSource.query(
      `SELECT o.slug FROM organisation o JOIN financier f ON f.organisation_id = o.id WHERE f.id = $1`,
      [res.body.financierId],
    );
    expect(res.body.organisationSlug).toBe(slug);
  });

  it.each([
    ['2401 AA', 'Alphen aan den Rijn'],
    ['2771 XZ', 'Alphen aan den Rijn'],
    ['2805 KL', 'Gouda'],
    ['2161 AB', 'Lisse'],
    ['2334 ZZ', 'Leiden'],
  ])('routes %s to %s', async (postcode, financier) => {
    const res = await t.http().post('/api/postcode-check').send({ postcode });
    expect(res.body).toMatchObject({ served: true, financier });
  });

  it('refers a valid postcode outside every area to real places, without a check id', async () => {
    const res = await t.http().post('/api/postcode-check').send({ postcode: '1012 AB' });
    expect(res.status).toBe(200);
    expect(res.body.served).toBe(false);
    expect(res.body.checkId).toBeUndefined();
    expect(res.body.referral.places.map((p: { id: string }) => p.id)).toEqual(expect.arrayContaining(['own-municipality', 'luisterlijn']));
  });

  it('shows a not-served postcode the social map of its own municipality, nearest first, beside the national places', async () => {
    const res = await t.http().post('/api/postcode-check').send({ postcode: '2341 AB' });
    expect(res.status).toBe(200);
    expect(res.body.served).toBe(false);
    const local = res.body.referral.localServices as LocalReferralService[];
    expect(local.map((s) => s.providerName)).toEqual(['Buurthuis Oegstgeest', 'Sociaal team Oegstgeest']);
    expect(local[0]).toMatchObject({ municipality: 'Oegstgeest', referral: 'self', distanceKm: 0 });
    expect(local[1].distanceKm).toBeGreaterThan(0);
    expect(res.body.referral.places.map((p: { id: string }) => p.id)).toContain('luisterlijn');
  });

  it('shows only the national places where the own municipality has no social map', async () => {
    const res = await t.http().post('/api/postcode-check').send({ postcode: '1012 AB' });
    expect(res.body.referral.localServices).toEqual([]);
    expect(res.body.referral.places.length).toBeGreaterThan(0);
  });

  it.each(['2335 AA', '2410 AA', '2162 AA'])('does not serve %s just outside a range', async (postcode) => {
    const res = await t.http().post('/api/postcode-check').send({ postcode });
    expect(res.body.served).toBe(false);
  });

  it.each(['1234', '0123 AB', '12345 AB', 'ABCD EF', '2312 SS', '2312-AB', ''])(
    'rejects %p with 400 naming the postcode field',
    async (postcode) => {
      const res = await t.http().post('/api/postcode-check').send({ postcode });
      expect(res.status).toBe(400);
      expect(res.body).toMatchObject({ statusCode: 400, error: 'Bad Request' });
      expect(Object.keys(res.body.fields)).toEqual(['postcode']);
    },
  );

  it('rejects a missing postcode, a number and unknown fields with 400', async () => {
    expect((await t.http().post('/api/postcode-check').send({})).body.fields).toHaveProperty('postcode');
    expect((await t.http().post('/api/postcode-check').send({ postcode: 2312 })).body.fields).toHaveProperty('postcode');
    const extra = await t.http().post('/api/postcode-check').send({ postcode: '2312 AB', admin: true });
    expect(extra.status).toBe(400);
    expect(extra.body.fields).toHaveProperty('admin');
  });

  it('answers malformed JSON with 400, not 500', async () => {
    const res = await t.http().post('/api/postcode-check').set('Content-Type', 'application/json').send('{"postcode": ');
    expect(res.status).toBe(400);
    expect(res.body.statusCode).toBe(400);
  });
});
