import { Injectable, OnApplicationShutdown } from '@nestjs/common';
import type { Redis } from 'ioredis';
import { AppConfig } from '../config/app-config';
import { HealthRepository } from './health.repository';

/** Health answers within this time even when PostgreSQL or Redis hangs instead of refusing connections. */
export const HEALTH_TIMEOUT_MS = 2_000;

@Injectable()
export class HealthService implements OnApplicationShutdown {
  /** Only for the readiness check: its own connection, so a check never waits behind other traffic. */
  private readonly redis: Redis | null;

  constructor(
    private readonly repository: HealthRepository,
    config: AppConfig,
  ) {
    // Loaded only with REDIS_URL, as in SharedThrottlerStorage.
    const url = config.redisUrl;
    this.redis = url
      ? // eslint-disable-next-line @typescript-eslint/no-require-imports
        new (require('ioredis') as { Redis: typeof Redis }).Redis(url, {
          lazyConnect: true,
          enableOfflineQueue: false,
          maxRetriesPerRequest: 0,
          connectTimeout: HEALTH_TIMEOUT_MS,
          disconnectTimeout: 100,
          retryStrategy: () => 1_000,
        })
      : null;
    // Errors surface as a failed check; ioredis would otherwise print each reconnect attempt.
    this.redis?.on('error', () => undefined);
  }

  /** Whether Redis is part of this installation (REDIS_URL), so readiness checks it. */
  get usesRedis(): boolean {
    return this.redis !== null;
  }

  /** True when PostgreSQL answers a query in time; never throws. */
  databaseAnswers(timeoutMs = HEALTH_TIMEOUT_MS): Promise<boolean> {
    return inTime(this.repository.ping(), timeoutMs);
  }

  /** True when Redis answers PING in time (or is not used); never throws. */
  async redisAnswers(timeoutMs = HEALTH_TIMEOUT_MS): Promise<boolean> {
    const redis = this.redis;
    if (!redis) return true;
    if (redis.status === 'wait' || redis.status === 'end') await inTime(redis.connect(), timeoutMs);
    return inTime(redis.ping(), timeoutMs);
  }

  onApplicationShutdown(): void {
    this.redis?.disconnect(false);
  }
}

/** Whether `work` succeeds within `timeoutMs`. */
async function inTime(work: Promise<unknown>, timeoutMs: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), timeoutMs);
  });
  try {
    return await Promise.race([
      work.then(
        () => true,
        () => false,
      ),
      late,
    ]);
  } finally {
    clearTimeout(timer);
  }
}
