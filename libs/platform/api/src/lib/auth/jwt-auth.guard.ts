import { CanActivate, ExecutionContext, Injectable, UnauthorizedException } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { IS_PUBLIC, OPTIONAL_USER } from './access.decorators';
import type { AuthUser } from './auth-user';
import { JwtStrategy } from './jwt.strategy';

/** What a strategy's `authenticate` may call, as passport's authenticate middleware adds them. */
type StrategyRun = {
  authenticate(req: object, options?: object): void;
  success(user: unknown, info?: unknown): void;
  fail(challenge?: unknown, status?: number): void;
  error(error: unknown): void;
  pass(): void;
  redirect(url: string, status?: number): void;
};

/**
 * Global guard: every route needs a valid access token unless it is marked @Public().
 *
 * The token is checked by passport's `'jwt'` strategy (`JwtStrategy`), run the way passport's
 * `authenticate` middleware runs a strategy: a copy of it per request with `success`, `fail`,
 * `error`, `pass` and `redirect`, and its outcome as @nestjs/passport's `AuthGuard` treats it (a
 * failure is a plain 401, an error such as an ended login is thrown as it is, the user goes to
 * `req.user`). What the middleware does besides is left out: it also puts seven helpers for
 * passport's login sessions on every request (`login`, `logIn`, `logout`, `logOut`,
 * `isAuthenticated`, `isUnauthenticated`, `_sessionManager`), which this API never uses (access
 * tokens, no passport session), and builds its own closures and promise around every call.
 * Under `npm run bench:api` the guard with passport's middleware cost the API about 20–40 µs of CPU
 * more per client dossier read (192–200 against 157–173 µs; issue 12, README, Performance).
 */
@Injectable()
export class JwtAuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly strategy: JwtStrategy,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    const request = context.switchToHttp().getRequest<{ user?: AuthUser; headers?: Record<string, unknown> }>();
    if (!this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets)) {
      request.user = await this.authenticate(request);
      return true;
    }
    if (this.reflector.getAllAndOverride<boolean>(OPTIONAL_USER, targets) && hasBearer(context)) {
      // Signed in or not: a token that fails (expired, ended) just leaves the caller anonymous.
      const user = await this.authenticate(request).catch(() => undefined);
      if (user) request.user = user;
    }
    return true;
  }

  /** The signed-in user, or a 401 (no, a bad or an expired token) or the strategy's own error. */
  private authenticate(request: object): Promise<AuthUser> {
    return new Promise<AuthUser>((resolve, reject) => {
      const run = Object.create(this.strategy) as StrategyRun;
      const refuse = () => reject(new UnauthorizedException());
      run.success = (user) => (user ? resolve(user as AuthUser) : refuse());
      run.fail = refuse;
      run.error = reject;
      run.pass = refuse;
      run.redirect = refuse;
      try {
        run.authenticate(request, { session: false });
      } catch (error) {
        reject(error);
      }
    });
  }
}

function hasBearer(context: ExecutionContext): boolean {
  if (context.getType() !== 'http') return false;
  const header = context.switchToHttp().getRequest().headers?.authorization;
  return typeof header === 'string' && /^Bearer\s+\S/i.test(header);
}
