import { DynamicModule, INestApplication, Type } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { Test } from '@nestjs/testing';
import { IdentityModule } from '@nabij/identity/api';
import { IntakeModule } from '@nabij/intake/api';
import { AppConfig, Clock, configureApp, NabijHttpAdapter, PlatformModule } from '@nabij/platform/api';
import { PROFESSIONAL_ROLES, type Role } from '@nabij/platform/contracts';
import {
  connectSocket,
  createTestDatabase,
  FixedClock,
  logInWithCode,
  signIn,
  SignInOptions,
  TEST_JWT_SECRET,
  TestDatabase,
} from '@nabij/platform/testing';
import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import type { Socket } from 'socket.io-client';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { ChatModule } from '../chat.module';
import { ChatSocketOptions, defaultChatSocketOptions } from '../socket/chat-socket-options';

export interface ChatTestApp {
  app: INestApplication;
  clock: FixedClock;
  database: TestDatabase;
  dataSource: DataSource;
  /** Base URL of the listening app, e.g. http://127.0.0.1:41234 */
  url: string;
  http(): ReturnType<typeof request>;
  /** Logs in and returns an access token (so the chat app serves the platform's factories as a TestApp). */
  login(email: string, password: string): Promise<string>;
  /** Both login steps (password, then the authenticator code for staff); the last answer. */
  signIn(email: string, password: string, options?: SignInOptions): Promise<request.Response>;
  /** An access token as the login would issue it, without going through the login throttle. */
  tokenFor(account: { id: string; role: Role; organisationId: string | null; amr?: Array<'pwd' | 'otp'> }): string;
  close(): Promise<void>;
}

export interface ChatTestAppOptions {
  /** Share another app's database (a second API instance); that app drops it. */
  database?: TestDatabase;
  redis?: boolean;
  socket?: Partial<ChatSocketOptions>;
  /** More domain modules, e.g. the dossier to read booked appointments back. */
  imports?: Array<Type<unknown> | DynamicModule>;
}

/** Like createTestApp, but listening on a port (for socket.io clients) and able to run as a second instance. */
export async function createChatTestApp(options: ChatTestAppOptions = {}): Promise<ChatTestApp> {
  const ownDatabase = !options.database;
  const database = options.database ?? (await createTestDatabase());
  const clock = new FixedClock('2026-03-02T14:30:00Z'); // Monday 15:30 in Amsterdam: chat is open.
  const config = new AppConfig({
    DATABASE_URL: database.url,
    JWT_SECRET: TEST_JWT_SECRET,
    PUBLIC_URL: 'http://nabij.test',
    BACKGROUND_JOBS: 'false',
    LOG_LEVEL: 'silent',
    ...(options.redis ? { REDIS_URL: 'redis://127.0.0.1:6379' } : {}),
  });
  const moduleRef = await Test.createTestingModule({
    imports: [PlatformModule.forRoot({ config }), IdentityModule, IntakeModule, ChatModule, ...(options.imports ?? [])],
  })
    .overrideProvider(Clock)
    .useValue(clock)
    .overrideProvider(ChatSocketOptions)
    .useValue({ ...defaultChatSocketOptions(config), ...options.socket })
    .compile();
  const app = moduleRef.createNestApplication(new NabijHttpAdapter(), { logger: ['error'] });
  configureApp(app);
  await app.listen(0, '127.0.0.1');
  const { port } = app.getHttpServer().address() as AddressInfo;
  const jwt = app.get(JwtService);
  const steps = { http: () => request(app.getHttpServer()), dataSource: app.get(DataSource), clock };
  return {
    app,
    clock,
    database,
    dataSource: app.get(DataSource),
    url: `http://127.0.0.1:${port}`,
    http: () => request(app.getHttpServer()),
    login: (email, password) => logInWithCode(steps, email, password),
    signIn: (email, password, signInOptions) => signIn(steps, email, password, signInOptions),
    // A session id of its own (never revoked), as every access token names its login; staff log in with a second factor.
    tokenFor: (a) =>
      jwt.sign({
        sub: a.id,
        role: a.role,
        org: a.organisationId,
        sid: randomUUID(),
        amr: a.amr ?? (PROFESSIONAL_ROLES.includes(a.role) ? ['pwd', 'otp'] : ['pwd']),
      }),
    async close() {
      await app.close();
      if (ownDatabase) await database.drop();
    },
  };
}

/** A socket.io client on /chat; resolves once connected, rejects with the server's refusal. */
export function connectChat(t: { url: string }, token: string | undefined): Promise<Socket> {
  return connectSocket(t.url, '/chat', token);
}

export function emitAck<T = unknown>(socket: Socket, event: string, payload: unknown): Promise<T> {
  return socket.timeout(5000).emitWithAck(event, payload);
}

/** Resolves with the next `event` the socket receives. */
export function nextEvent<T = unknown>(socket: Socket, event: string, timeoutMs = 5000): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no ${event} within ${timeoutMs} ms`)), timeoutMs);
    socket.once(event, (data: T) => {
      clearTimeout(timer);
      resolve(data);
    });
  });
}

/**
 * Resolves with the first `event` whose data passes `check` (async checks allowed, e.g. reading the
 * queue again): events an earlier action sent late are skipped instead of being taken for this one.
 */
export function eventWhere<T = unknown>(
  socket: Socket,
  event: string,
  check: (data: T) => boolean | Promise<boolean>,
  timeoutMs = 10_000,
): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      socket.off(event, listener);
      reject(new Error(`no ${event} as expected within ${timeoutMs} ms`));
    }, timeoutMs);
    const listener = (data: T) => {
      void Promise.resolve(check(data)).then((ok) => {
        if (!ok) return;
        clearTimeout(timer);
        socket.off(event, listener);
        resolve(data);
      });
    };
    socket.on(event, listener);
  });
}

/** A served postcode check for Leiden, and an anonymous chat started with it. */
export async function startAnonymousChat(
  t: ChatTestApp,
  { clientAddress, ...extra }: { email?: string; birthDate?: string; nickname?: string; clientAddress?: string } = {},
): Promise<{ sessionId: string; chatToken: string }> {
  // A visitor's own address (the API trusts X-Forwarded-For from loopback) keeps them out of other tests' request limits.
  const from = clientAddress ?? '127.0.0.1';
  const check = await t.http().post('/api/postcode-check').set('X-Forwarded-For', from).send({ postcode: '2312 AB' });
  const res = await t
    .http()
    .post('/api/chat/anonymous')
    .set('X-Forwarded-For', from)
    .send({ checkId: check.body.checkId, ...extra });
  if (res.status !== 201) throw new Error(`anonymous start failed: ${res.status} ${JSON.stringify(res.body)}`);
  return { sessionId: res.body.session.id, chatToken: res.body.chatToken };
}
