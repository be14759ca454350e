import { DemoModule, DemoSeedService } from '@nabij/demo/api';
import { IdentityModule } from '@nabij/identity/api';
import { createTestApp, TestApp } from '@nabij/platform/testing';
import { IntakeModule } from '../index';

describe('postcode check rate limit', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp({ imports: [IdentityModule, IntakeModule, DemoModule] });
    await t.app.get(DemoSeedService).seedOnce();
  });
  afterAll(() => t.close());

  it('answers 429 after 30 checks a minute from one address', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 31; i++) statuses.push((await t.http().post('/api/postcode-check').send({ postcode: '2312 AB' })).status);
    expect(statuses.slice(0, 30).every((s) => s === 200)).toBe(true);
    expect(statuses[30]).toBe(429);
  });
});
