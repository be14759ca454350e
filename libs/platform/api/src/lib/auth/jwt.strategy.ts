import { Injectable, UnauthorizedException } from '@nestjs/common';
import { createSecretKey } from 'node:crypto';
import { PassportStrategy } from '@nestjs/passport';
import { ExtractJwt, Strategy } from 'passport-jwt';
import { AppConfig } from '../config/app-config';
import type { AccessTokenPayload, AuthUser } from './auth-user';
import { SessionRegistry } from './session-registry.service';

const SESSION_ENDED = 'Your session has ended. Please log in again.';

@Injectable()
export class JwtStrategy extends PassportStrategy(Strategy, 'jwt') {
  constructor(
    config: AppConfig,
    private readonly sessions: SessionRegistry,
  ) {
    super({
      jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(),
      // A KeyObject, not the string: given a string, jsonwebtoken first tries to read it as a PEM
      // public key on every request and builds the secret key only after that throws (a sixth of
      // a dossier read's time in the API bench). passport-jwt hands it to jsonwebtoken unchanged.
      secretOrKey: createSecretKey(Buffer.from(config.jwtSecret, 'utf8')) as unknown as string,
      algorithms: ['HS256'],
      ignoreExpiration: false,
    });
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
