import { IdentityModule } from '@nabij/identity/api';
import { createTestApp, TestApp } from '@nabij/platform/testing';

jest.setTimeout(60_000);

// Production refuses the test app's example JWT secret and its http address: give it real-looking ones.
const PRODUCTION = {
  NODE_ENV: 'production',
  JWT_SECRET: 'q7Vd1LxP0uZk9rT2bYh6sWn3mEa8cJf5gKo4iRt1',
  PUBLIC_URL: 'https://nabij.example.nl',
};

describe('API docs in production', () => {
  describe('without API_DOCS', () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await createTestApp({ env: PRODUCTION, imports: [IdentityModule] });
    });
    afterAll(() => t?.close());

    it('answers 404 for /api/docs and /api/docs-json, while the API itself works', async () => {
      expect((await t.http().get('/api/docs')).status).toBe(404);
      expect((await t.http().get('/api/docs/')).status).toBe(404);
      expect((await t.http().get('/api/docs-json')).status).toBe(404);
      expect((await t.http().get('/api/health')).status).toBe(200);
    });
  });

  describe('with API_DOCS=true', () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await createTestApp({ env: { ...PRODUCTION, API_DOCS: 'true' }, imports: [IdentityModule] });
    });
    afterAll(() => t?.close());

    it('serves the OpenAPI document and the browsable docs', async () => {
      const json = await t.http().get('/api/docs-json');
      expect(json.status).toBe(200);
      expect(json.body.paths).toHaveProperty('/api/auth/login');
      expect((await t.http().get('/api/docs/')).status).toBe(200);
    });
  });
});
