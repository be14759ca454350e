import { IdentityModule } from '@nabij/identity/api';
import { makeAdmin } from '@nabij/identity/api/testing';
import { createTestApp, makeOrganisation, TestApp } from '@nabij/platform/testing';
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
  });
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
