import { IdentityModule } from '@nabij/identity/api';
import { makeAdmin } from '@nabij/identity/api/testing';
import { createTestApp, makeOrganisation, TestApp } from '@nabij/platform/testing';
import { IntakeModule } from '../index';
import { makeServiceAreas } from './testing';

describe('postcode check rate limit', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp({ imports: [IdentityModule, IntakeModule] });
    const org = await makeOrganisation(t);
    await makeServiceAreas(t, await makeAdmin(t, { organisationId: org.organisationId }), org.financierId, [[2311, 2334]]);
  });
  afterAll(() => t.close());

  it('answers 429 after 30 checks a minute from one address', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 31; i++) statuses.push((await t.http().post('/api/postcode-check').send({ postcode: '2312 AB' })).status);
    expect(statuses.slice(0, 30).every((s) => s === 200)).toBe(true);
    expect(statuses[30]).toBe(429);
  });
});
