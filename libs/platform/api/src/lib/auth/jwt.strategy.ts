import { Injectable, UnauthorizedException } from '@nestjs/common';
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
      secretOrKey: config.jwtSecret,
      algorithms: ['HS256'],
      ignoreExpiration: false,
    });
  }

  async validate(payload: AccessTokenPayload): Promise<AuthUser> {
    // Every token we issue names its session; without one it could not be ended by logout.
    if (typeof payload.sid !== 'string' || payload.sid.length === 0) throw new UnauthorizedException(SESSION_ENDED);
    if (await this.sessions.isRevoked(payload.sid)) throw new UnauthorizedException(SESSION_ENDED);
    const amr = Array.isArray(payload.amr) ? payload.amr : ['pwd' as const];
    return { id: payload.sub, role: payload.role, organisationId: payload.org, sessionId: payload.sid, amr };
  }
}
