import { Controller, Get, Module } from '@nestjs/common';
import { Throttle } from '@nestjs/throttler';
import { createTestApp, TestApp } from '@nabij/platform/testing';
import { randomInt } from 'node:crypto';
import { Public } from '../auth/access.decorators';

const LIMIT = 3;
// Starting and closing Nest apps on real PostgreSQL takes seconds on a busy machine.
const TIMEOUT = 60_000;

@Controller('throttle-probe')
class ThrottleProbeController {
  @Public()
  @Throttle({ default: { ttl: 60_000, limit: LIMIT } })
  @Get()
  probe(): { ok: true } {
    return { ok: true };
  }
}

@Module({ controllers: [ThrottleProbeController] })
class ThrottleProbeModule {}

/** A client address of its own per test, so counters left in Redis by other runs never count. */
function randomClientIp(): string {
  return `10.${randomInt(256)}.${randomInt(256)}.${randomInt(1, 255)}`;
}

/** Requests alternate between the instances, all from one client address (the API trusts X-Forwarded-For from loopback). */
async function statuses(instances: TestApp[], count: number, ip: string): Promise<number[]> {
  const seen: number[] = [];
  for (let i = 0; i < count; i++) {
    const res = await instances[i % instances.length].http().get('/api/throttle-probe').set('X-Forwarded-For', ip);
    seen.push(res.status);
  }
  return seen;
}

describe('per-IP request limits across two API instances', () => {
  const apps: TestApp[] = [];
  const REDIS = { REDIS_URL: 'redis://127.0.0.1:6379' };
  /** With `sameInstallationAs`, a second instance on that app's database (one installation). */
  const start = async (env: Record<string, string> = {}, sameInstallationAs?: TestApp): Promise<TestApp> => {
    const app = await createTestApp({ imports: [ThrottleProbeModule], env, database: sameInstallationAs?.database });
    apps.push(app);
    return app;
  };
  afterEach(async () => {
    while (apps.length) await apps.pop()!.close();
  }, TIMEOUT);

  it(
    'share one counter through Redis (REDIS_URL): the limit holds for both together',
    async () => {
      const a = await start(REDIS);
      const b = await start(REDIS, a);
      const seen = await statuses([a, b], LIMIT + 2, randomClientIp());
      expect(seen).toEqual([200, 200, 200, 429, 429]);
    },
    TIMEOUT,
  );

  it(
    'keep two installations sharing one Redis apart: each counts only its own requests',
    async () => {
      const ours = await start(REDIS);
      const theirs = await start(REDIS);
      const ip = randomClientIp();
      expect(await statuses([theirs], LIMIT + 1, ip)).toEqual([200, 200, 200, 429]);
      expect(await statuses([ours], LIMIT, ip)).toEqual([200, 200, 200]);
    },
    TIMEOUT,
  );

  it(
    'give another client its own counter in Redis',
    async () => {
      const a = await start(REDIS);
      const b = await start(REDIS, a);
      await statuses([a, b], LIMIT + 1, randomClientIp());
      expect(await statuses([b, a], LIMIT, randomClientIp())).toEqual([200, 200, 200]);
    },
    TIMEOUT,
  );

  it(
    'count per instance without REDIS_URL (so each instance allows the limit)',
    async () => {
      const a = await start();
      const b = await start();
      const seen = await statuses([a, b], 2 * LIMIT + 2, randomClientIp());
      expect(seen).toEqual([200, 200, 200, 200, 200, 200, 429, 429]);
    },
    TIMEOUT,
  );

  it(
    'keep answering and limit per instance while Redis is unreachable',
    async () => {
      const a = await start({ REDIS_URL: 'redis://127.0.0.1:1' });
      const seen = await statuses([a], LIMIT + 1, randomClientIp());
      expect(seen).toEqual([200, 200, 200, 429]);
    },
    TIMEOUT,
  );
});
