// Packages that only some installations or some requests need are loaded when first needed, not
// with the API's code: every start (npm start, each browser journey's server, each integration
// spec's app) skipped ~0.5 s of loading them. Each mock records that its package was loaded and
// then hands out the real one.
// Function declarations: jest runs the factories while the imports below load, before any `const`
// of this file exists.
function mockLoaded(): Set<string> {
  const holder = mockLoaded as { names?: Set<string> };
  return (holder.names ??= new Set());
}
function mockRecorded(name: string): unknown {
  mockLoaded().add(name);
  return jest.requireActual(name);
}
jest.mock('ioredis', () => mockRecorded('ioredis'));
jest.mock('redis', () => mockRecorded('redis'));
jest.mock('@socket.io/redis-adapter', () => mockRecorded('@socket.io/redis-adapter'));
jest.mock('@nest-lab/throttler-storage-redis', () => mockRecorded('@nest-lab/throttler-storage-redis'));
jest.mock('nodemailer', () => mockRecorded('nodemailer'));
jest.mock('date-holidays', () => mockRecorded('date-holidays'));
jest.mock('@zxcvbn-ts/core', () => mockRecorded('@zxcvbn-ts/core'));
jest.mock('@zxcvbn-ts/language-en', () => mockRecorded('@zxcvbn-ts/language-en'));

import { AppModule } from './app.module';
import { PasswordPolicyService } from '@nabij/identity/api';
import { isDutchPublicHoliday } from '@nabij/chat/api';

const ON_USE = [
  'ioredis',
  'redis',
  '@socket.io/redis-adapter',
  '@nest-lab/throttler-storage-redis',
  'nodemailer',
  'date-holidays',
  '@zxcvbn-ts/core',
  '@zxcvbn-ts/language-en',
];
const loaded = () => ON_USE.filter((name) => mockLoaded().has(name)).sort();
/** What the imports above loaded (AppModule: the code of every domain). */
const loadedByImports = loaded();

// The platform services that load Redis and SMTP clients only when configured:
// libs/platform/api/src/lib/packages-on-use.spec.ts.
describe('packages loaded on first use', () => {
  it('are not loaded with the API code (every module of AppModule)', () => {
    expect(AppModule).toBeDefined();
    expect(loadedByImports).toEqual([]);
  });

  it('are loaded by the first password check and the first holiday question, which still answer', () => {
    expect(new PasswordPolicyService().isStrong('password12')).toBe(false);
    expect(isDutchPublicHoliday('2026-12-25')).toBe(true);
    expect(isDutchPublicHoliday('2026-12-23')).toBe(false);
    expect(loaded()).toEqual(['@zxcvbn-ts/core', '@zxcvbn-ts/language-en', 'date-holidays']);
  });
});
