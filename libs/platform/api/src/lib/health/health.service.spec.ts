import { AppConfig } from '../config/app-config';
import type { HealthRepository } from './health.repository';
import { HealthService } from './health.service';

function serviceWith(query: () => Promise<unknown>): HealthService {
  return new HealthService({ ping: query } as unknown as HealthRepository, new AppConfig({ DATABASE_URL: 'postgres://x/y' }));
}

describe('HealthService.databaseAnswers', () => {
  it('is true when the database answers', async () => {
    await expect(serviceWith(async () => [{ '?column?': 1 }]).databaseAnswers(1_000)).resolves.toBe(true);
  });

  it('is false, without throwing, when the query fails (connection refused)', async () => {
    const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' });
    await expect(serviceWith(() => Promise.reject(refused)).databaseAnswers(1_000)).resolves.toBe(false);
  });

  it('is false after the timeout when the database hangs instead of refusing', async () => {
    const started = performance.now();
    await expect(serviceWith(() => new Promise(() => undefined)).databaseAnswers(100)).resolves.toBe(false);
    expect(performance.now() - started).toBeLessThan(1_000);
  });
});

describe('HealthService.redisAnswers', () => {
  it('is true without REDIS_URL: Redis is then not part of the installation', async () => {
    const service = serviceWith(async () => undefined);
    expect(service.usesRedis).toBe(false);
    await expect(service.redisAnswers(100)).resolves.toBe(true);
  });

  it('is false, without throwing, when nothing listens at REDIS_URL', async () => {
    const config = new AppConfig({ DATABASE_URL: 'postgres://x/y', REDIS_URL: 'redis://127.0.0.1:1' });
    const service = new HealthService({ ping: async () => undefined } as unknown as HealthRepository, config);
    try {
      expect(service.usesRedis).toBe(true);
      await expect(service.redisAnswers(500)).resolves.toBe(false);
    } finally {
      service.onApplicationShutdown();
    }
  });
});
