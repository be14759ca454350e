import { DynamicModule, INestApplication, Type } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { AppConfig, Clock, configureApp, PlatformModule } from '@nabij/platform/api';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { FixedClock } from './fixed-clock';
import { createTestDatabase, TestDatabase } from './test-database';

export interface TestAppOptions {
  /** The domain modules under test (the platform is always there). */
  imports: Array<Type<unknown> | DynamicModule>;
  env?: Record<string, string>;
  clock?: FixedClock;
}

export interface TestApp {
  app: INestApplication;
  clock: FixedClock;
  dataSource: DataSource;
  database: TestDatabase;
  http(): ReturnType<typeof request>;
  /** Logs in and returns an access token. */
  login(email: string, password: string): Promise<string>;
  close(): Promise<void>;
}

export const TEST_JWT_SECRET = 'test-secret-that-is-long-enough-for-hs256-signing';

/** The real app (guards, pipes, filters, PostgreSQL) on a database of its own. */
export async function createTestApp(options: TestAppOptions): Promise<TestApp> {
  const database = await createTestDatabase();
  const clock = options.clock ?? new FixedClock();
  const config = new AppConfig({
    DATABASE_URL: database.url,
    JWT_SECRET: TEST_JWT_SECRET,
    PUBLIC_URL: 'http://nabij.test',
    BACKGROUND_JOBS: 'false',
    ...options.env,
  });
  const moduleRef = await Test.createTestingModule({
    imports: [PlatformModule.forRoot({ config }), ...options.imports],
  })
    .overrideProvider(Clock)
    .useValue(clock)
    .compile();
  const app = moduleRef.createNestApplication({ logger: ['error'] });
  configureApp(app);
  await app.init();
  const http = () => request(app.getHttpServer());
  return {
    app,
    clock,
    database,
    dataSource: app.get(DataSource),
    http,
    async login(email, password) {
      const res = await http().post('/api/auth/login').send({ email, password });
      if (res.status !== 200) throw new Error(`login as ${email} failed: ${res.status} ${JSON.stringify(res.body)}`);
      return res.body.accessToken;
    },
    async close() {
      await app.close();
      await database.drop();
    },
  };
}
