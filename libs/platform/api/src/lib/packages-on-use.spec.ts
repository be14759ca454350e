// Redis and SMTP clients are loaded only when REDIS_URL or SMTP_URL ask for them, not with the
// code (see apps/api/src/app/packages-on-use.spec.ts). Each mock records that its package was
// loaded and then hands out the real one.
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

import { AppConfig } from './config/app-config';
import { HealthService } from './health/health.service';
import { MailService } from './mail/mail.service';
import { NamespaceRedisAdapter } from './socket/namespace-redis-adapter';
import { SharedThrottlerStorage } from './throttle/shared-throttler-storage';

const ON_USE = ['ioredis', 'redis', '@socket.io/redis-adapter', '@nest-lab/throttler-storage-redis', 'nodemailer'];
const loaded = () => ON_USE.filter((name) => mockLoaded().has(name)).sort();
/** What the imports above loaded: none of them, whatever the configuration. */
const loadedByImports = loaded();
const unused = {} as never;

describe('Redis and SMTP clients loaded on use', () => {
  it('are not loaded by a single instance without SMTP', async () => {
    const single = new AppConfig({ DATABASE_URL: 'postgres://x/y' });
    const throttler = new SharedThrottlerStorage(single);
    const health = new HealthService(unused, single);
    new MailService(unused, single, unused, unused);
    expect(health.usesRedis).toBe(false);
    expect((await NamespaceRedisAdapter.connect(single, 'test')).enabled).toBe(false);
    expect(loadedByImports).toEqual([]);
    expect(loaded()).toEqual([]);
    throttler.onApplicationShutdown();
  });

  it('are loaded when REDIS_URL and SMTP_URL ask for them', () => {
    const config = new AppConfig({ DATABASE_URL: 'postgres://x/y', REDIS_URL: 'redis://127.0.0.1:1', SMTP_URL: 'smtp://127.0.0.1:1' });
    const throttler = new SharedThrottlerStorage(config);
    const health = new HealthService(unused, config);
    new MailService(unused, config, unused, unused);
    try {
      expect(health.usesRedis).toBe(true);
      expect(loaded()).toEqual(['@nest-lab/throttler-storage-redis', 'ioredis', 'nodemailer']);
    } finally {
      throttler.onApplicationShutdown();
      health.onApplicationShutdown();
    }
  });
});
