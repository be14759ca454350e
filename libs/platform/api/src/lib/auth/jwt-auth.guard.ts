import { CanActivate, ExecutionContext, Injectable, UnauthorizedException } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AppConfig } from '../config/app-config';
import { IS_PUBLIC, OPTIONAL_USER } from './access.decorators';
import { AccessTokenVerifier, bearerToken } from './access-token-verifier';
import type { AuthUser } from './auth-user';
import { SessionRegistry } from './session-registry.service';

const SESSION_ENDED = 'Your session has ended. Please log in again.';

type HttpRequest = { headers?: Record<string, unknown>; user?: AuthUser };

/**
 * Global guard: every route needs a valid access token unless it is marked @Public(). The token is
 * checked here directly (no passport: its strategy plumbing cost more per request than the check
 * itself, issue 12): a missing, malformed, forged or expired token is a 401 `Unauthorized`, a token
 * without a session or of an ended session a 401 with `identity.session_ended`.
 */
@Injectable()
export class JwtAuthGuard implements CanActivate {
  private readonly tokens: AccessTokenVerifier;

  constructor(
    private readonly reflector: Reflector,
    private readonly sessions: SessionRegistry,
    config: AppConfig,
  ) {
    this.tokens = new AccessTokenVerifier(config.jwtSecret);
  }

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (!this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets)) {
      const request = context.switchToHttp().getRequest<HttpRequest>();
      request.user = await this.authenticate(request);
      return true;
    }
    if (this.reflector.getAllAndOverride<boolean>(OPTIONAL_USER, targets) && context.getType() === 'http') {
      const request = context.switchToHttp().getRequest<HttpRequest>();
      // Signed in or not: a token that fails (expired, ended) just leaves the caller anonymous.
      if (/^Bearer\s+\S/i.test(String(request.headers?.['authorization'] ?? '')))
        request.user = await this.authenticate(request).catch(() => undefined);
    }
    return true;
  }

  private async authenticate(request: HttpRequest): Promise<AuthUser> {
    const token = bearerToken(request.headers?.['authorization']);
    const payload = token === null ? null : this.tokens.verify(token);
    if (!payload) throw new UnauthorizedException();
    // Every token we issue names its session; without one it could not be ended by logout.
    if (typeof payload.sid !== 'string' || payload.sid.length === 0)
      throw new UnauthorizedException({ message: SESSION_ENDED, code: 'identity.session_ended' });
    if (await this.sessions.isRevoked(payload.sid))
      throw new UnauthorizedException({ message: SESSION_ENDED, code: 'identity.session_ended' });
    const amr = Array.isArray(payload.amr) ? payload.amr : ['pwd' as const];
    return { id: payload.sub, role: payload.role, organisationId: payload.org, sessionId: payload.sid, amr };
  }
}
