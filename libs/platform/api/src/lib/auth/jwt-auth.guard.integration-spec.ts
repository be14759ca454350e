import { Controller, Get, Module, Req } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { randomUUID } from 'node:crypto';
import { createTestApp, TestApp } from '@nabij/platform/testing';
import { SessionRegistry } from './session-registry.service';
import { JwtStrategy } from './jwt.strategy';
import { Public, PublicWithOptionalUser, Roles } from './access.decorators';
import type { AuthUser } from './auth-user';

jest.setTimeout(60_000);

/** Passport's authenticate middleware puts these on a request; the guard runs the strategy without them. */
const PASSPORT_REQUEST_HELPERS = ['login', 'logIn', 'logout', 'logOut', 'isAuthenticated', 'isUnauthenticated', '_sessionManager'];

type ProbeRequest = Record<string, unknown> & { user?: AuthUser };
const seen = (req: ProbeRequest) => ({ user: req.user ?? null, helpers: PASSPORT_REQUEST_HELPERS.filter((name) => name in req) });

@Controller('guard-probe')
class GuardProbeController {
  @Roles('client', 'worker')
  @Get('signed-in')
  signedIn(@Req() req: ProbeRequest) {
    return seen(req);
  }

  @PublicWithOptionalUser()
  @Get('optional')
  optional(@Req() req: ProbeRequest) {
    return seen(req);
  }

  @Public()
  @Get('public')
  open(@Req() req: ProbeRequest) {
    return seen(req);
  }
}

@Module({ controllers: [GuardProbeController] })
class GuardProbeModule {}

/** The global JWT guard: passport's 'jwt' strategy decides, as @nestjs/passport's AuthGuard did. */
describe('JwtAuthGuard', () => {
  let t: TestApp;
  const client: AuthUser = { id: randomUUID(), role: 'client', organisationId: randomUUID(), sessionId: '', amr: ['pwd'] };

  beforeAll(async () => {
    t = await createTestApp({ imports: [GuardProbeModule] });
  });
  afterAll(() => t?.close());

  const get = (path: string, token?: string) => {
    const req = t.http().get(`/api/guard-probe/${path}`);
    return token === undefined ? req : req.set('Authorization', `Bearer ${token}`);
  };
  const sessionOf = (token: string) => (t.app.get(JwtService).decode(token) as { sid: string }).sid;

  it('lets a valid token in with its user on the request, without passport session helpers', async () => {
    const token = t.tokenFor(client);
    const res = await get('signed-in', token);
    expect(res.status).toBe(200);
    expect(res.body.user).toMatchObject({
      id: client.id,
      role: 'client',
      organisationId: client.organisationId,
      sessionId: sessionOf(token),
    });
    expect(res.body.helpers).toEqual([]);
  });

  it('asks the passport strategy for every request', async () => {
    const validate = jest.spyOn(JwtStrategy.prototype, 'validate');
    try {
      const token = t.tokenFor(client);
      expect((await get('signed-in', token)).status).toBe(200);
      expect((await get('signed-in', token)).status).toBe(200);
      expect(validate).toHaveBeenCalledTimes(2);
      expect(validate.mock.calls[0][0]).toBe(token);
    } finally {
      validate.mockRestore();
    }
  });

  it('answers 401 without a token, with a malformed, a forged or an expired one', async () => {
    const forged = t.tokenFor(client).replace(/\.[^.]+$/, '.AAAA');
    const expired = t.app
      .get(JwtService)
      .sign({ sub: client.id, role: 'client', org: client.organisationId, sid: randomUUID() }, { expiresIn: -10 });
    for (const token of [undefined, 'not-a-token', forged, expired]) {
      const res = await get('signed-in', token);
      expect(res.status).toBe(401);
      expect(res.body.statusCode).toBe(401);
      expect(res.body.code).toBeUndefined();
    }
    const basic = await t.http().get('/api/guard-probe/signed-in').set('Authorization', 'Basic dXNlcjpwdw==');
    expect(basic.status).toBe(401);
  });

  it('answers an ended login with its own code', async () => {
    const token = t.tokenFor(client);
    await t.app.get(SessionRegistry).revoke(sessionOf(token), new Date());
    const res = await get('signed-in', token);
    expect(res.status).toBe(401);
    expect(res.body.code).toBe('identity.session_ended');
  });

  it('still lets the roles guard refuse a signed-in user of another role', async () => {
    const res = await get('signed-in', t.tokenFor({ ...client, id: randomUUID(), role: 'team_lead', amr: ['pwd', 'otp'] }));
    expect(res.status).toBe(403);
  });

  it('leaves public routes open and ignores a token there', async () => {
    expect((await get('public')).body).toEqual({ user: null, helpers: [] });
    expect((await get('public', t.tokenFor(client))).body).toEqual({ user: null, helpers: [] });
  });

  it('signs a caller in on an optional-user route when the token holds, and leaves them anonymous when it does not', async () => {
    const token = t.tokenFor(client);
    const signedIn = await get('optional', token);
    expect(signedIn.status).toBe(200);
    expect(signedIn.body.user).toMatchObject({ id: client.id, sessionId: sessionOf(token) });
    expect((await get('optional')).body).toEqual({ user: null, helpers: [] });
    expect((await get('optional', 'not-a-token')).body).toEqual({ user: null, helpers: [] });
    const ended = t.tokenFor(client);
    await t.app.get(SessionRegistry).revoke(sessionOf(ended), new Date());
    const anonymous = await get('optional', ended);
    expect(anonymous.status).toBe(200);
    expect(anonymous.body.user).toBeNull();
  });
});
