import { DynamicModule, INestApplication, Type } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { Test } from '@nestjs/testing';
import { AccessTokenPayload, AppConfig, AuthUser, Clock, configureApp, NabijHttpAdapter, PlatformModule } from '@nabij/platform/api';
import { OrganisationDirectoryModule } from '@nabij/intake/api';
import { PROFESSIONAL_ROLES } from '@nabij/platform/contracts';
import { generateSync } from 'otplib';
import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
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
  /** Share another app's database (a second API instance, e.g. behind Redis); that app drops it. */
  database?: TestDatabase;
}

export interface TestApp {
  app: INestApplication;
  clock: FixedClock;
  dataSource: DataSource;
  database: TestDatabase;
  /** Where the app listens (127.0.0.1, a free port), for socket clients. */
  url: string;
  http(): ReturnType<typeof request>;
  /**
   * Logs in and returns an access token. When the login asks for a code (staff, or a client with
   * two-factor authentication on), it types the code of the account's authenticator secret at the
   * test clock's time, like the person's phone would; a step already used is skipped (the API
   * accepts the next step's code too), so logging in twice in one clock tick works.
   */
  login(email: string, password: string): Promise<string>;
  /**
   * Both login steps as a browser makes them, for specs that look at the answer (status, cookie):
   * the password step's answer when it fails or needs no code, else the code step's answer.
   */
  signIn(email: string, password: string, options?: SignInOptions): Promise<request.Response>;
  /**
   * An access token as the login issues it, without the login itself: no argon2 work and no login
   * throttle, so factories can hand every test fresh accounts cheaply. Login is tested on its own.
   */
  tokenFor(account: AuthUser): string;
  close(): Promise<void>;
}

export interface SignInOptions {
  /** X-Forwarded-For: the client address the login throttle counts per. */
  address?: string;
  userAgent?: string;
}

export const TEST_JWT_SECRET = 'test-secret-that-is-long-enough-for-hs256-signing';

/** The real app (guards, pipes, filters, PostgreSQL) on a database of its own. */
export async function createTestApp(options: TestAppOptions): Promise<TestApp> {
  const database = options.database ?? (await createTestDatabase());
  const clock = options.clock ?? new FixedClock();
  const config = new AppConfig({
    DATABASE_URL: database.url,
    JWT_SECRET: TEST_JWT_SECRET,
    PUBLIC_URL: 'http://nabij.test',
    BACKGROUND_JOBS: 'false',
    // Request logs would drown jest's output; logging.integration-spec captures them on purpose.
    LOG_LEVEL: 'silent',
    // argon2 at its smallest cost, which AppConfig allows under NODE_ENV=test only; a spec that
    // starts the app with production settings hashes at the standard cost.
    PASSWORD_HASH_COST: !options.env?.['NODE_ENV'] || options.env['NODE_ENV'] === 'test' ? 'test' : 'standard',
    NODE_ENV: 'test',
    ...options.env,
  });
  let builder = Test.createTestingModule({
    // Intake's organisation directory feeds platform's OrganisationNames (names on /api/auth/me, case
    // summaries, invites): every app loads intake, so every test app loads at least this part of it.
    imports: [PlatformModule.forRoot({ config }), OrganisationDirectoryModule, ...options.imports],
  })
    .overrideProvider(Clock)
    .useValue(clock);
  for (const { provide, useValue } of options.overrides ?? []) builder = builder.overrideProvider(provide).useValue(useValue);
  const moduleRef = await builder.compile();
  const app = moduleRef.createNestApplication(new NabijHttpAdapter(), { logger: ['error'] });
  configureApp(app);
  // Listening from the start: supertest otherwise opens and closes the server for every request
  // (about 0.7 ms each); socket specs connect to `url`.
  await app.listen(0, '127.0.0.1');
  const { port } = app.getHttpServer().address() as AddressInfo;
  const http = () => request(app.getHttpServer());
  const jwt = app.get(JwtService);
  return {
    app,
    clock,
    database,
    dataSource: app.get(DataSource),
    url: `http://127.0.0.1:${port}`,
    http,
    login: (email, password) => logInWithCode({ http, dataSource: app.get(DataSource), clock }, email, password),
    signIn: (email, password, signInOptions) => signIn({ http, dataSource: app.get(DataSource), clock }, email, password, signInOptions),
    tokenFor(account) {
      // Each token is a login of its own (`sid`), as AuthService issues them; staff always log in
      // with a second factor, so their tokens say so (`amr`).
      const amr = account.amr ?? (PROFESSIONAL_ROLES.includes(account.role) ? ['pwd', 'otp'] : ['pwd']);
      const payload: AccessTokenPayload = { sub: account.id, role: account.role, org: account.organisationId, sid: randomUUID(), amr };
      return jwt.sign(payload);
    },
    async close() {
      await app.close();
      if (!options.database) await database.drop();
    },
  };
}

/**
 * POST /api/auth/login and, when a code is asked, POST /api/auth/login/second-factor with the code
 * the account's authenticator shows at the test clock's time. Returns the access token.
 */
export async function logInWithCode(t: SignInTarget, email: string, password: string): Promise<string> {
  const res = await signIn(t, email, password);
  if (res.status !== 200) throw new Error(`login as ${email} failed: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body.accessToken;
}

export interface SignInTarget {
  http(): ReturnType<typeof request>;
  dataSource: DataSource;
  clock: FixedClock;
}

export async function signIn(t: SignInTarget, email: string, password: string, options: SignInOptions = {}): Promise<request.Response> {
  const post = (path: string) => {
    const req = t.http().post(path);
    if (options.userAgent) req.set('User-Agent', options.userAgent);
    return options.address ? req.set('X-Forwarded-For', options.address) : req;
  };
  const res = await post('/api/auth/login').send({ email, password });
  if (res.status !== 200 || res.body.secondFactor === undefined) return res;
  if (res.body.secondFactor !== 'totp')
    throw new Error(`login as ${email} asks to set up two-factor authentication: make staff with a password (the factory confirms one)`);
  const code = await authenticatorCode(t.dataSource, t.clock, email);
  return post('/api/auth/login/second-factor').send({ challenge: res.body.challenge, code });
}

/**
 * What the authenticator app of the account shows now: the code of its stored secret at the test
 * clock's time, or the next step's when this step's code was used already (replay protection).
 * When both were used, the FixedClock moves on 30 seconds (the time until the app shows a new code).
 */
async function authenticatorCode(dataSource: DataSource, clock: FixedClock, login: string): Promise<string> {
  const [row]: Array<{ secret: string; last_time_step: string | null }> = await dataSource.query(
    `SELECT t.secret, t.last_time_step FROM account_totp t JOIN account a ON a.id = t.account_id
      WHERE lower(a.email) = lower($1) OR a.login_name = lower($1)`,
    [login],
  );
  if (!row) throw new Error(`${login} has no authenticator secret`);
  const last = row.last_time_step === null ? -1 : Number(row.last_time_step);
  // Both codes the API accepts now (this step's and the next) were used: wait for the next code,
  // as a person would (the clock moves 30 seconds).
  while (Math.floor(clock.now().getTime() / 30_000) + 1 <= last) clock.advance(30_000);
  const step = Math.floor(clock.now().getTime() / 30_000);
  return generateSync({ secret: row.secret, epoch: (step > last ? step : step + 1) * 30 });
}
