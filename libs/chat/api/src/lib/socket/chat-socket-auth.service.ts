import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { AccessTokenVerifier, SessionRegistry } from '@nabij/platform/api';
import { ROLES } from '@nabij/platform/contracts';
import { ChatActor, isChatToken } from '../sessions/chat-actor';
import { ChatSessionsService } from '../sessions/chat-sessions.service';

/** Turns `handshake.auth.token` (an access token or an anonymous chat token) into a ChatActor, or refuses. */
@Injectable()
export class ChatSocketAuthService {
  constructor(
    private readonly jwt: JwtService,
    private readonly tokens: AccessTokenVerifier,
    private readonly sessions: ChatSessionsService,
    private readonly logins: SessionRegistry,
  ) {}

  async authenticate(token: unknown): Promise<ChatActor> {
    if (typeof token !== 'string' || token.length === 0 || token.length > 4096) throw new Error('unauthorized');
    if (isChatToken(token)) {
      const session = await this.sessions.sessionForToken(token).catch(() => null);
      if (!session) throw new Error('unauthorized');
      return { kind: 'anonymous', sessionId: session.id, organisationId: session.organisationId };
    }
    // The HTTP guard's check (HS256, exp), not jsonwebtoken's: its key parsing was most of a burst of connects (issue 12).
    const payload = this.tokens.verify(token);
    if (!payload || typeof payload.sub !== 'string' || !ROLES.includes(payload.role)) throw new Error('unauthorized');
    // Same rule as the HTTP guard: the token must name its login, and that login must not have ended.
    if (typeof payload.sid !== 'string' || payload.sid.length === 0 || (await this.logins.isRevoked(payload.sid)))
      throw new Error('unauthorized');
    return { kind: 'account', user: { id: payload.sub, role: payload.role, organisationId: payload.org ?? null, sessionId: payload.sid } };
  }

  /** When the access token a socket connected with expires (ms since the epoch), or null for chat tokens. */
  expiresAt(token: unknown): number | null {
    if (typeof token !== 'string' || isChatToken(token)) return null;
    const payload = this.jwt.decode<{ exp?: unknown } | null>(token);
    return payload && typeof payload.exp === 'number' ? payload.exp * 1000 : null;
  }
}
