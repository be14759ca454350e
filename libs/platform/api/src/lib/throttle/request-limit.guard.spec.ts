import { Controller, ExecutionContext, Get, INestApplication, Module, Type } from '@nestjs/common';
import { APP_GUARD, NestFactory, Reflector } from '@nestjs/core';
import {
  SkipThrottle,
  Throttle,
  ThrottlerGuard,
  ThrottlerModule,
  ThrottlerStorageService,
  type ThrottlerModuleOptions,
} from '@nestjs/throttler';
import request from 'supertest';
import { RequestLimitGuard } from './request-limit.guard';

@Controller('plain')
class PlainController {
  @Get()
  plain(): { ok: true } {
    return { ok: true };
  }

  @Throttle({ default: { ttl: 60_000, limit: 2 } })
  @Get('tight')
  tight(): { ok: true } {
    return { ok: true };
  }

  @Throttle({ default: { ttl: 60_000, limit: 2, blockDuration: 120_000 } })
  @Get('blocking')
  blocking(): { ok: true } {
    return { ok: true };
  }

  @SkipThrottle()
  @Get('free')
  free(): { ok: true } {
    return { ok: true };
  }

  /** A limit known only per request: left to the library's own guard. */
  @Throttle({ default: { ttl: 60_000, limit: () => Promise.resolve(1) } })
  @Get('resolved')
  resolved(): { ok: true } {
    return { ok: true };
  }
}

/** A limit on the whole controller, one route tighter, one route free of it. */
@Throttle({ default: { ttl: 60_000, limit: 3 } })
@Controller('class')
class ClassLimitController {
  @Get()
  classLimit(): { ok: true } {
    return { ok: true };
  }

  @Throttle({ default: { ttl: 60_000, limit: 1 } })
  @Get('tighter')
  tighter(): { ok: true } {
    return { ok: true };
  }

  @SkipThrottle()
  @Get('free')
  free(): { ok: true } {
    return { ok: true };
  }
}

const OPTIONS: ThrottlerModuleOptions = { throttlers: [{ name: 'default', ttl: 60_000, limit: 4 }] };

async function appWith(guard: Type<ThrottlerGuard>, options: ThrottlerModuleOptions = OPTIONS): Promise<INestApplication> {
  @Module({
    imports: [ThrottlerModule.forRoot(options)],
    controllers: [PlainController, ClassLimitController],
    providers: [{ provide: APP_GUARD, useClass: guard }],
  })
  class ProbeModule {}
  const app = await NestFactory.create(ProbeModule, { logger: false });
  await app.init();
  return app;
}

const HEADERS = ['x-ratelimit-limit', 'x-ratelimit-remaining', 'x-ratelimit-reset', 'retry-after'];

/** Status and limit headers of each request, in order. */
async function walk(app: INestApplication, paths: string[]): Promise<string[]> {
  const seen: string[] = [];
  for (const path of paths) {
    const res = await request(app.getHttpServer()).get(path);
    seen.push(`${path} ${res.status} ${HEADERS.map((h) => `${h}=${res.headers[h] ?? '-'}`).join(' ')}`);
  }
  return seen;
}

// Each path more often than its limit, interleaved, so counters of different routes must stay apart.
const PATHS = [
  ...Array.from({ length: 6 }, () => ['/plain', '/plain/tight', '/plain/blocking', '/plain/free', '/plain/resolved']).flat(),
  ...Array.from({ length: 5 }, () => ['/class', '/class/tighter', '/class/free']).flat(),
];

describe('RequestLimitGuard', () => {
  const apps: INestApplication[] = [];
  const start = async (guard: Type<ThrottlerGuard>, options?: ThrottlerModuleOptions) => {
    const app = await appWith(guard, options);
    apps.push(app);
    return app;
  };
  afterEach(async () => {
    while (apps.length) await apps.pop()!.close();
  });

  it('answers every request as the library guard does: statuses, limit headers and Retry-After', async () => {
    // The library's storage reads Date.now(): held still, so a busy machine's second boundary does
    // not turn one walk's `x-ratelimit-reset=60` into 59 (a CI run saw that).
    const clock = jest.spyOn(Date, 'now').mockReturnValue(Date.now());
    let ours: string[];
    let library: string[];
    try {
      ours = await walk(await start(RequestLimitGuard), PATHS);
      library = await walk(await start(ThrottlerGuard), PATHS);
    } finally {
      clock.mockRestore();
    }
    expect(ours).toEqual(library);
    // The walk does meet every case: limits from the module, the route and the class, skips and blocks.
    expect(ours).toContain('/plain 429 x-ratelimit-limit=- x-ratelimit-remaining=- x-ratelimit-reset=- retry-after=60');
    expect(ours).toContain('/plain/tight 200 x-ratelimit-limit=2 x-ratelimit-remaining=0 x-ratelimit-reset=60 retry-after=-');
    expect(ours).toContain('/plain/blocking 429 x-ratelimit-limit=- x-ratelimit-remaining=- x-ratelimit-reset=- retry-after=120');
    expect(ours).toContain('/plain/resolved 429 x-ratelimit-limit=- x-ratelimit-remaining=- x-ratelimit-reset=- retry-after=60');
    expect(ours.filter((line) => line.startsWith('/plain/free ') || line.startsWith('/class/free '))).toEqual(
      Array.from({ length: 11 }, (_, i) => `${i < 6 ? '/plain/free' : '/class/free'} 200 ${HEADERS.map((h) => `${h}=-`).join(' ')}`),
    );
    expect(ours.filter((line) => line.startsWith('/class ')).map((line) => line.split(' ')[1])).toEqual([
      '200',
      '200',
      '200',
      '429',
      '429',
    ]);
    expect(ours.filter((line) => line.startsWith('/class/tighter ')).map((line) => line.split(' ')[1])).toEqual([
      '200',
      '429',
      '429',
      '429',
      '429',
    ]);
  });

  it('works out a route’s limits once, not on every request', async () => {
    const app = await start(RequestLimitGuard);
    const lookups = jest.spyOn(app.get(Reflector), 'getAllAndOverride');
    await walk(app, ['/plain', '/plain/tight']);
    const first = lookups.mock.calls.length;
    expect(first).toBeGreaterThan(0);
    await walk(app, ['/plain', '/plain/tight', '/plain', '/plain/tight']);
    // Other guards may ask the Reflector too; ours asks nothing more for routes it has seen.
    const perRequestElsewhere = lookups.mock.calls.slice(first).filter(([key]) => String(key).startsWith('THROTTLER:'));
    expect(perRequestElsewhere).toEqual([]);
  });

  it('leaves module options it does not handle to the library guard', async () => {
    const options: ThrottlerModuleOptions = { throttlers: [{ name: 'default', ttl: 60_000, limit: 4 }], ignoreUserAgents: [/probe-bot/] };
    const walkAs = async (guard: Type<ThrottlerGuard>) => {
      const app = await start(guard, options);
      const seen: number[] = [];
      for (let i = 0; i < 6; i++) seen.push((await request(app.getHttpServer()).get('/plain').set('User-Agent', 'probe-bot')).status);
      return seen;
    };
    expect(await walkAs(RequestLimitGuard)).toEqual([200, 200, 200, 200, 200, 200]);
    expect(await walkAs(ThrottlerGuard)).toEqual([200, 200, 200, 200, 200, 200]);
  });

  it('hands anything but HTTP (a socket message) to the library guard', async () => {
    const guard = new RequestLimitGuard(OPTIONS, new ThrottlerStorageService(), new Reflector());
    await guard.onModuleInit();
    const library = jest.spyOn(ThrottlerGuard.prototype, 'canActivate').mockResolvedValue(true);
    try {
      const socket = {
        getType: () => 'ws',
        getHandler: () => PlainController.prototype.plain,
        getClass: () => PlainController,
      } as unknown as ExecutionContext;
      await expect(guard.canActivate(socket)).resolves.toBe(true);
      expect(library).toHaveBeenCalledWith(socket);
    } finally {
      library.mockRestore();
    }
  });
});
