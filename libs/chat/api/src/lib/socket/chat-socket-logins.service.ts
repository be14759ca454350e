import { Injectable } from '@nestjs/common';
import { ChatServerEvent } from '@nabij/chat/contracts';
import { SessionRegistry, SocketLogins } from '@nabij/platform/api';
import type { Socket } from 'socket.io';
import { ChatActor } from '../sessions/chat-actor';
import { ChatSocketAuthService } from './chat-socket-auth.service';

/**
 * Closes the chat sockets of logins that ended (logout, sign out everywhere, deactivation, on any
 * API instance) and when the access token the socket connected with expires. Anonymous chat
 * sockets belong to their chat, not to a login, and are left alone.
 */
@Injectable()
export class ChatSocketLoginsService extends SocketLogins {
  protected readonly endedEvent = ChatServerEvent.LoginEnded;

  constructor(
    registry: SessionRegistry,
    private readonly auth: ChatSocketAuthService,
  ) {
    super(registry);
  }

  protected loginOf(socket: Socket): { accountId: string; sessionId?: string } | null {
    const actor = socket.data.actor as ChatActor | undefined;
    return actor?.kind === 'account' ? { accountId: actor.user.id, sessionId: actor.user.sessionId } : null;
  }

  protected expiresAt(socket: Socket): number | null {
    return this.auth.expiresAt(socket.handshake.auth?.['token']);
  }
}
