import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEMO_TOTP_SECRET } from './demo-accounts';

/**
 * `npm start`, `npm run demo:code`, the API bench and the browser journeys cannot import the demo
 * lib (plain .mjs, or browser-side test code), so they repeat the secret: it must be the seeded one.
 */
describe('DEMO_TOTP_SECRET', () => {
  const root = join(__dirname, '../../../../..');

  it.each(['tools/demo-totp.mjs', 'apps/portal-e2e/src/support/log-in.ts', 'tools/bench/api-routes.ts'])('is the one %s uses', (file) => {
    const text = readFileSync(join(root, file), 'utf8');
    expect(text).toMatch(new RegExp(`DEMO_TOTP_SECRET = '${DEMO_TOTP_SECRET}'`));
  });

  it('is base32 of 160 bits, as authenticator apps expect', () => {
    expect(DEMO_TOTP_SECRET).toMatch(/^[A-Z2-7]{32}$/);
  });
});
