import { Injectable, Logger, OnApplicationShutdown, OnModuleInit } from '@nestjs/common';
import { ThrottlerStorage, ThrottlerStorageService } from '@nestjs/throttler';
import type { ThrottlerStorageRedisService } from '@nest-lab/throttler-storage-redis';
import type { Redis } from 'ioredis';
import { AppConfig } from '../config/app-config';

type ThrottlerRecord = Awaited<ReturnType<ThrottlerStorage['increment']>>;

/** How often a Redis outage is logged while requests fall back to the in-memory counters. */
const WARN_EVERY_MS = 30_000;

/**
 * Per-IP request counters for @nestjs/throttler. With REDIS_URL the counters live in Redis, so a
 * limit holds across every API instance instead of multiplying by the number of instances; without
 * it they stay in this process.
 *
 * When Redis is unreachable the counters fall back to this process's memory: a client then gets the
 * per-instance limit for a while, which beats answering every request with 500 or letting requests
 * wait on a reconnect.
 */
@Injectable()
export class SharedThrottlerStorage implements ThrottlerStorage, OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger('Throttler');
  private readonly memory = new ThrottlerStorageService();
  private readonly redis: Redis | null;
  private readonly shared: ThrottlerStorageRedisService | null;
  private lastWarning = 0;

  constructor(config: AppConfig) {
    // No offline queue: while disconnected a command fails at once and the memory counters answer.
    // A short disconnectTimeout: ioredis otherwise keeps a 2 s timer for a socket that already
    // failed to connect, which holds the process open after shutdown. The prefix keeps the counters
    // apart from anything else in a shared Redis,
    // and from another installation's counters.
    // The Redis client is loaded only with REDIS_URL (a single instance never needs it): ~0.15 s less
    // at every start.
    const url = config.redisUrl;
    /* eslint-disable @typescript-eslint/no-require-imports */
    this.redis = url
      ? new (require('ioredis') as { Redis: typeof Redis }).Redis(url, {
          keyPrefix: `nabij:throttle:${config.installation}:`,
          lazyConnect: true,
          enableOfflineQueue: false,
          maxRetriesPerRequest: 1,
          connectTimeout: 2_000,
          disconnectTimeout: 100,
        })
      : null;
    this.redis?.on('error', (error) => this.warn(error));
    type RedisStorage = { ThrottlerStorageRedisService: typeof ThrottlerStorageRedisService };
    this.shared = this.redis
      ? new (require('@nest-lab/throttler-storage-redis') as RedisStorage).ThrottlerStorageRedisService(this.redis)
      : null;
    /* eslint-enable @typescript-eslint/no-require-imports */
  }

  /** Connect before the first request, so the first requests after a start already count in Redis. */
  async onModuleInit(): Promise<void> {
    await this.redis?.connect().catch((error: Error) => this.warn(error));
  }

  async increment(key: string, ttl: number, limit: number, blockDuration: number, throttlerName: string): Promise<ThrottlerRecord> {
    if (this.shared) {
      try {
        return await this.shared.increment(key, ttl, limit, blockDuration, throttlerName);
      } catch (error) {
        this.warn(error as Error);
      }
    }
    return this.memory.increment(key, ttl, limit, blockDuration, throttlerName);
  }

  onApplicationShutdown(): void {
    this.memory.onApplicationShutdown();
    this.redis?.disconnect(false);
  }

  private warn(error: Error): void {
    const now = performance.now();
    if (now - this.lastWarning < WARN_EVERY_MS) return;
    this.lastWarning = now;
    this.logger.warn(`Redis for request limits is unreachable (${error.message}); counting per instance until it is back.`);
  }
}
