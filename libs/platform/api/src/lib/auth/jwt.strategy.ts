import { Injectable, UnauthorizedException } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import passport from 'passport';
import type { Request } from 'express';
import { AccessTokenVerifier, bearerToken } from './access-token-verifier';
import type { AccessTokenPayload, AuthUser } from './auth-user';
import { SessionRegistry } from './session-registry.service';

const SESSION_ENDED = 'Your session has ended. Please log in again.';

type Verified = (error: unknown, user?: AuthUser | false) => void;

/**
 * A passport strategy for our access tokens (`Authorization: Bearer <jwt>`): the token is checked by
 * `AccessTokenVerifier` (HS256 with node:crypto, a verified token remembered until it expires)
 * instead of passport-jwt and jsonwebtoken, whose parsing and key handling cost more per request
 * than the rest of the check (issue 12). A missing, malformed, forged or expired token fails
 * (401); the verify callback (`validate` below) then checks the session on every request.
 */
class AccessTokenPassportStrategy extends passport.Strategy {
  constructor(
    private readonly tokens: AccessTokenVerifier,
    private readonly verify: (payload: AccessTokenPayload, done: Verified) => void,
  ) {
    super();
  }

  override authenticate(req: Request): void {
    const token = bearerToken(req.headers?.authorization);
    const payload = token === null ? null : this.tokens.verify(token);
    if (!payload) return this.fail(401);
    this.verify(payload, (error, user) => {
      if (error) return this.error(error);
      if (!user) return this.fail(401);
      this.success(user);
    });
  }
}

@Injectable()
export class JwtStrategy extends PassportStrategy(AccessTokenPassportStrategy, 'jwt') {
  constructor(
    tokens: AccessTokenVerifier,
    private readonly sessions: SessionRegistry,
  ) {
    super(tokens);
  }

  async validate(payload: AccessTokenPayload): Promise<AuthUser> {
    // Every token we issue names its session; without one it could not be ended by logout.
    if (typeof payload.sid !== 'string' || payload.sid.length === 0)
      throw new UnauthorizedException({ message: SESSION_ENDED, code: 'identity.session_ended' });
    if (await this.sessions.isRevoked(payload.sid))
      throw new UnauthorizedException({ message: SESSION_ENDED, code: 'identity.session_ended' });
    const amr = Array.isArray(payload.amr) ? payload.amr : ['pwd' as const];
    return { id: payload.sub, role: payload.role, organisationId: payload.org, sessionId: payload.sid, amr };
  }
}
