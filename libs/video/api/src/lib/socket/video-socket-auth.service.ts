import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { AccessTokenVerifier, AuthUser, SessionRegistry } from '@nabij/platform/api';

/**
 * Turns `handshake.auth.token` into the signed-in user, by the same rule as the chat socket and the
 * HTTP guard: a valid access token that names its login, and that login has not ended.
 */
@Injectable()
export class VideoSocketAuthService {
  constructor(
    private readonly jwt: JwtService,
    private readonly tokens: AccessTokenVerifier,
    private readonly logins: SessionRegistry,
  ) {}

  async authenticate(token: unknown): Promise<AuthUser> {
    if (typeof token !== 'string' || token.length === 0 || token.length > 4096) throw new Error('unauthorized');
    // The HTTP guard's check (HS256, exp), as the chat socket does.
    const payload = this.tokens.verify(token);
    if (!payload || typeof payload.sub !== 'string' || typeof payload.sid !== 'string' || payload.sid.length === 0)
      throw new Error('unauthorized');
    if (await this.logins.isRevoked(payload.sid)) throw new Error('unauthorized');
    return { id: payload.sub, role: payload.role, organisationId: payload.org ?? null, sessionId: payload.sid, amr: payload.amr };
  }

  /** When the access token expires (ms since the epoch), so the socket closes with it. */
  expiresAt(token: unknown): number | null {
    if (typeof token !== 'string') return null;
    const payload = this.jwt.decode<{ exp?: unknown } | null>(token);
    return payload && typeof payload.exp === 'number' ? payload.exp * 1000 : null;
  }
}
