import { Injectable, UnauthorizedException } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import passport from 'passport';
import type { Request } from 'express';
import { bearerToken } from './access-token-verifier';
import type { AuthUser } from './auth-user';
import { SignedInUsers } from './signed-in-users';

const SESSION_ENDED = 'Your session has ended. Please log in again.';

type Verified = (error: unknown, user?: AuthUser | false) => void;

/**
 * A passport strategy for our access tokens (`Authorization: Bearer <jwt>`): the token is checked by
 * `SignedInUsers` (the same rule as the chat and video sockets: `AccessTokenVerifier`'s HS256 check
 * with node:crypto, a verified token remembered until it expires, then the login asked of
 * `SessionRegistry` on every request) instead of passport-jwt and jsonwebtoken, whose parsing and
 * key handling cost more per request than the rest of the check (issue 12). A missing, malformed,
 * forged or expired token fails (401); an ended login is an error with its own code.
 */
class AccessTokenPassportStrategy extends passport.Strategy {
  constructor(private readonly verify: (token: string, done: Verified) => void) {
    super();
  }

  override authenticate(req: Request): void {
    const token = bearerToken(req.headers?.authorization);
    if (token === null) return this.fail(401);
    this.verify(token, (error, user) => {
      if (error) return this.error(error);
      if (!user) return this.fail(401);
      this.success(user);
    });
  }
}

@Injectable()
export class JwtStrategy extends PassportStrategy(AccessTokenPassportStrategy, 'jwt') {
  constructor(private readonly users: SignedInUsers) {
    super();
  }

  async validate(token: string): Promise<AuthUser | false> {
    const signIn = await this.users.fromToken(token);
    if (signIn.ok) return signIn.user;
    if (signIn.refused === 'ended') throw new UnauthorizedException({ message: SESSION_ENDED, code: 'identity.session_ended' });
    return false;
  }
}
