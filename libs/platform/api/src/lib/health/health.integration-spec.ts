import { Controller, Get, Module } from '@nestjs/common';
import { databaseUrl, TestApp, createTestApp } from '@nabij/platform/testing';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { Public } from '../auth/access.decorators';

/** Any route that needs the database, to see what an ordinary request gets during an outage. */
@Controller('db-probe')
class DatabaseProbeController {
  constructor(private readonly dataSource: DataSource) {}

  @Public()
  @Get()
  async probe(): Promise<{ now: string }> {
    const [row] = await this.dataSource.query('SELECT now()::text AS now');
    return row;
  }
}

@Module({ controllers: [DatabaseProbeController] })
class DatabaseProbeModule {}

/** Runs `sql` on the maintenance database, as the test run's admin user. */
async function admin(sql: string, params: unknown[] = []): Promise<void> {
  const client = new Client(databaseUrl('postgres'));
  await client.connect();
  try {
    await client.query(sql, params);
  } finally {
    await client.end();
  }
}

/** Makes the app's database unreachable: existing connections are cut and new ones refused. */
async function cutOff(name: string): Promise<void> {
  await admin(`ALTER DATABASE "${name}" WITH ALLOW_CONNECTIONS false`);
  await admin('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()', [name]);
}

async function reconnect(name: string): Promise<void> {
  await admin(`ALTER DATABASE "${name}" WITH ALLOW_CONNECTIONS true`);
}

// Starting and closing a Nest app on real PostgreSQL takes seconds on a busy machine.
const TIMEOUT = 60_000;

describe('GET /api/health against the real database', () => {
  let t: TestApp;

  beforeEach(async () => {
    t = await createTestApp({ imports: [DatabaseProbeModule] });
  }, TIMEOUT);
  afterEach(async () => {
    await reconnect(t.database.name);
    await t.close();
  }, TIMEOUT);

  it(
    'answers 200 while PostgreSQL answers',
    async () => {
      const res = await t.http().get('/api/health').expect(200);
      expect(res.body).toEqual({ status: 'ok' });
    },
    TIMEOUT,
  );

  it(
    'answers 503 in the error shape, within seconds, when the database is unreachable',
    async () => {
      await t.http().get('/api/health').expect(200);
      await cutOff(t.database.name);

      const started = performance.now();
      const res = await t.http().get('/api/health');
      expect(res.status).toBe(503);
      expect(res.body).toMatchObject({ statusCode: 503, error: 'Service Unavailable', message: 'The database does not answer.' });
      expect(performance.now() - started).toBeLessThan(6_000);
    },
    TIMEOUT,
  );

  it(
    'answers 200 again by itself once the database is back, without a restart',
    async () => {
      await t.http().get('/api/health').expect(200);
      await cutOff(t.database.name);
      await t.http().get('/api/health').expect(503);

      await reconnect(t.database.name);
      const deadline = performance.now() + 10_000;
      let status = 0;
      while (performance.now() < deadline) {
        status = (await t.http().get('/api/health')).status;
        if (status === 200) break;
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
      expect(status).toBe(200);
    },
    TIMEOUT,
  );

  it(
    'answers an ordinary request with 503 (retry later), not 500, while the database is unreachable',
    async () => {
      await t.http().get('/api/db-probe').expect(200);
      await cutOff(t.database.name);

      const res = await t.http().get('/api/db-probe');
      expect(res.status).toBe(503);
      expect(res.body).toEqual({
        statusCode: 503,
        error: 'Service Unavailable',
        message: 'The database is not available right now. Please try again in a moment.',
      });
    },
    TIMEOUT,
  );
});

describe('liveness and readiness (/api/health/live, /api/health/ready)', () => {
  let t: TestApp;
  afterEach(async () => {
    if (!t) return;
    await reconnect(t.database.name);
    await t.close();
  }, TIMEOUT);

  it(
    'is live and ready while PostgreSQL answers; without REDIS_URL Redis is reported as not configured',
    async () => {
      t = await createTestApp({ imports: [] });
      expect((await t.http().get('/api/health/live').expect(200)).body).toEqual({ status: 'ok' });
      const ready = await t.http().get('/api/health/ready').expect(200);
      expect(ready.body).toMatchObject({
        status: 'ok',
        details: { database: { status: 'up' }, redis: { status: 'up', configured: false } },
      });
    },
    TIMEOUT,
  );

  it(
    'stays live but is not ready, naming the database, while PostgreSQL is unreachable',
    async () => {
      t = await createTestApp({ imports: [] });
      await cutOff(t.database.name);
      await t.http().get('/api/health/live').expect(200);
      const ready = await t.http().get('/api/health/ready');
      expect(ready.status).toBe(503);
      expect(ready.body).toMatchObject({ statusCode: 503, details: { database: { status: 'down' } } });
    },
    TIMEOUT,
  );

  it(
    'checks Redis when REDIS_URL is set: ready with the Redis on 127.0.0.1:6379, not ready when nothing listens',
    async () => {
      t = await createTestApp({ imports: [], env: { REDIS_URL: 'redis://127.0.0.1:6379' } });
      expect((await t.http().get('/api/health/ready').expect(200)).body.details.redis).toEqual({ status: 'up' });
      await t.close();
      t = await createTestApp({ imports: [], env: { REDIS_URL: 'redis://127.0.0.1:1' } });
      const ready = await t.http().get('/api/health/ready');
      expect(ready.status).toBe(503);
      expect(ready.body.details).toMatchObject({
        database: { status: 'up' },
        redis: { status: 'down', message: 'Redis does not answer.' },
      });
    },
    TIMEOUT,
  );
});
