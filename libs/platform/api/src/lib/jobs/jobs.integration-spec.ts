import { DynamicModule, INestApplicationContext, Module } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { AppConfig, Clock, JobsService, PlatformModule } from '../../index';
import { createTestApp, FixedClock, TEST_JWT_SECRET, TestApp } from '@nabij/platform/testing';
import { DataSource } from 'typeorm';

/** What the test queues saw, per instance. */
const seen = { tick: [] as string[], flaky: [] as number[], echo: [] as string[], event: [] as string[] };
let flakyFailures = 0;

/** A domain as the real ones are: it registers its queues while the app initialises. */
function testJobsModule(instance: string): DynamicModule {
  @Module({})
  class TestJobsModule {
    constructor(jobs: JobsService) {
      jobs.register({
        name: 'test.tick',
        cron: '* * * * *',
        policy: 'singleton',
        retryLimit: 0,
        handle: async () => void seen.tick.push(instance),
      });
      jobs.register({
        name: 'test.flaky',
        retryLimit: 2,
        retryDelaySeconds: 1,
        retryBackoff: true,
        handle: async () => {
          seen.flaky.push(Date.now());
          if (flakyFailures-- > 0) throw new Error('SMTP says no');
        },
      });
      jobs.register<{ text: string }>({ name: 'test.echo', policy: 'short', handle: async ({ text }) => void seen.echo.push(text) });
      jobs.register<{ id: string }>({ name: 'test.event', handle: async ({ id }) => void seen.event.push(id) });
    }
  }
  return { module: TestJobsModule };
}

/** One more API instance on the same database, without HTTP: jobs are all it is here for. */
async function instance(url: string, name: string, backgroundJobs: boolean): Promise<INestApplicationContext> {
  const config = new AppConfig({
    DATABASE_URL: url,
    JWT_SECRET: TEST_JWT_SECRET,
    BACKGROUND_JOBS: String(backgroundJobs),
    LOG_LEVEL: 'silent',
  });
  const moduleRef = await Test.createTestingModule({ imports: [PlatformModule.forRoot({ config }), testJobsModule(name)] })
    .overrideProvider(Clock)
    .useValue(new FixedClock())
    .compile();
  const app = moduleRef.createNestApplication({ logger: ['error'] });
  return app.init();
}

async function until(check: () => boolean, ms: number): Promise<void> {
  for (const end = Date.now() + ms; !check();) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe('jobs and events on pg-boss', () => {
  let t: TestApp;
  let jobs: JobsService;

  beforeAll(async () => {
    t = await createTestApp({ imports: [testJobsModule('main')] });
    jobs = t.app.get(JobsService);
  });
  afterAll(() => t.close());
  beforeEach(() => {
    for (const list of Object.values(seen)) list.length = 0;
    flakyFailures = 0;
  });

  it('runs a scheduled job once per minute across two instances', async () => {
    // Start well inside a minute, so the test window never holds a second legitimate run.
    const second = new Date().getSeconds();
    if (second > 40) await new Promise((r) => setTimeout(r, (61 - second) * 1000));
    const a = await instance(t.database.url, 'a', true);
    const b = await instance(t.database.url, 'b', true);
    try {
      await until(() => seen.tick.length > 0, 30_000);
      await new Promise((r) => setTimeout(r, 6_000));
      expect(seen.tick).toHaveLength(1);
    } finally {
      await a.close();
      await b.close();
    }
  });

  it('retries a failing job with a growing delay until it succeeds', async () => {
    flakyFailures = 2;
    const worker = await instance(t.database.url, 'worker', true);
    try {
      await jobs.send('test.flaky', {});
      await until(() => seen.flaky.length === 3, 30_000);
      const [first, second, third] = seen.flaky;
      // retryDelay 1 s with backoff: pg-boss waits 1-2 s after the first failure, 2-4 s after the second.
      expect(second - first).toBeGreaterThanOrEqual(950);
      expect(third - second).toBeGreaterThanOrEqual(1950);
      const [job] = await t.dataSource.query(`SELECT state, retry_count FROM pgboss.job WHERE name = 'test.flaky'`);
      expect(job).toMatchObject({ state: 'completed', retry_count: 2 });
    } finally {
      await worker.close();
    }
  });

  it('keeps one waiting job per singleton key', async () => {
    const first = await jobs.send('test.echo', { text: 'once' }, { singletonKey: 'mail-1' });
    const again = await jobs.send('test.echo', { text: 'twice' }, { singletonKey: 'mail-1' });
    const other = await jobs.send('test.echo', { text: 'other key' }, { singletonKey: 'mail-2' });
    expect(first).toEqual(expect.any(String));
    expect(again).toBeNull();
    expect(other).toEqual(expect.any(String));
    await jobs.drain(['test.echo']);
    expect(seen.echo.sort()).toEqual(['once', 'other key']);
  });

  it('delivers an event sent in a committed transaction, and never one from a rolled-back transaction', async () => {
    const ds = t.app.get(DataSource);
    await ds.transaction((manager) => jobs.send('test.event', { id: 'committed' }, { manager }));
    await expect(
      ds.transaction(async (manager) => {
        await jobs.send('test.event', { id: 'rolled back' }, { manager });
        throw new Error('the producer fails after sending');
      }),
    ).rejects.toThrow('the producer fails');
    expect(await jobs.drain(['test.event'])).toBe(1);
    expect(seen.event).toEqual(['committed']);
  });

  it('does not start pg-boss for an app that sends no job (tests stay fast)', async () => {
    const quiet = await createTestApp({ imports: [] });
    try {
      const [{ installed }] = await quiet.dataSource.query(`SELECT to_regclass('pgboss.job') IS NOT NULL AS installed`);
      expect(installed).toBe(false);
    } finally {
      await quiet.close();
    }
  });
});
