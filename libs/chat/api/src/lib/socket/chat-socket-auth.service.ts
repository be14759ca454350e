import { Injectable } from '@nestjs/common';
import { SignedInUsers } from '@nabij/platform/api';
import { ChatActor, isChatToken } from '../sessions/chat-actor';
import { ChatSessionsService } from '../sessions/chat-sessions.service';

/** Turns `handshake.auth.token` (an access token or an anonymous chat token) into a ChatActor, or refuses. */
@Injectable()
export class ChatSocketAuthService {
  constructor(
    private readonly users: SignedInUsers,
    private readonly sessions: ChatSessionsService,
  ) {}

  async authenticate(token: unknown): Promise<ChatActor> {
    if (typeof token !== 'string' || token.length === 0 || token.length > 4096) throw new Error('unauthorized');
    if (isChatToken(token)) {
      const session = await this.sessions.sessionForToken(token).catch(() => null);
      if (!session) throw new Error('unauthorized');
      return { kind: 'anonymous', sessionId: session.id, organisationId: session.organisationId };
    }
    // The HTTP guard's rule (platform's SignedInUsers): a valid access token whose login has not ended.
    const signIn = await this.users.fromToken(token);
    if (!signIn.ok) throw new Error('unauthorized');
    return { kind: 'account', user: signIn.user };
  }

  /** When the access token a socket connected with expires (ms since the epoch), or null for chat tokens. */
  expiresAt(token: unknown): number | null {
    return typeof token === 'string' && isChatToken(token) ? null : this.users.expiresAt(token);
  }
}
