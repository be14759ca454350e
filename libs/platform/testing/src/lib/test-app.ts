import { DynamicModule, INestApplication, Type } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { Test } from '@nestjs/testing';
import { AccessTokenPayload, AppConfig, AuthUser, Clock, configureApp, PlatformModule } from '@nabij/platform/api';
import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { FixedClock } from './fixed-clock';
import { createTestDatabase, TestDatabase } from './test-database';

export interface TestAppOptions {
  /** The domain modules under test (the platform is always there). */
  imports: Array<Type<unknown> | DynamicModule>;
  env?: Record<string, string>;
  clock?: FixedClock;
  /** Providers to replace, e.g. the log destination for a spec that reads the logs. */
  overrides?: Array<{ provide: unknown; useValue: unknown }>;
}

export interface TestApp {
  app: INestApplication;
  clock: FixedClock;
  dataSource: DataSource;
  database: TestDatabase;
  http(): ReturnType<typeof request>;
  /** Logs in and returns an access token. */
  login(email: string, password: string): Promise<string>;
  /**
   * An access token as the login issues it, without the login itself: no argon2 work and no login
   * throttle, so factories can hand every test fresh accounts cheaply. Login is tested on its own.
   */
  tokenFor(account: AuthUser): string;
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
    // Request logs would drown jest's output; logging.integration-spec captures them on purpose.
    LOG_LEVEL: 'silent',
    ...options.env,
  });
  let builder = Test.createTestingModule({
    imports: [PlatformModule.forRoot({ config }), ...options.imports],
  })
    .overrideProvider(Clock)
    .useValue(clock);
  for (const { provide, useValue } of options.overrides ?? []) builder = builder.overrideProvider(provide).useValue(useValue);
  const moduleRef = await builder.compile();
  const app = moduleRef.createNestApplication({ logger: ['error'] });
  configureApp(app);
  await app.init();
  const http = () => request(app.getHttpServer());
  const jwt = app.get(JwtService);
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
    tokenFor(account) {
      // Each token is a login of its own (`sid`), as AuthService issues them.
      const payload: AccessTokenPayload = { sub: account.id, role: account.role, org: account.organisationId, sid: randomUUID() };
      return jwt.sign(payload);
    },
    async close() {
      await app.close();
      await database.drop();
    },
  };
}
