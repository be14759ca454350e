import { Injectable, OnModuleDestroy } from '@nestjs/common';
import { ChatServerEvent } from '@nabij/chat/contracts';
import { SessionRegistry, SessionRevocation } from '@nabij/platform/api';
import type { Namespace, Socket } from 'socket.io';
import { ChatActor } from '../sessions/chat-actor';
import { ChatSocketAuthService } from './chat-socket-auth.service';

/**
 * Closes the chat sockets of logins that ended: at once, whichever API instance ended the login
 * (logout, sign out everywhere, deactivation; SessionRegistry hears of other instances' revocations
 * through PostgreSQL NOTIFY), and when the access token the socket connected with expires.
 * Anonymous chat sockets belong to their chat, not to a login, and are left alone.
 */
@Injectable()
export class ChatSocketLoginsService implements OnModuleDestroy {
  private namespace: Namespace | null = null;
  private stopListening: (() => void) | null = null;

  constructor(
    private readonly registry: SessionRegistry,
    private readonly auth: ChatSocketAuthService,
  ) {}

  attach(namespace: Namespace): void {
    this.namespace = namespace;
    this.stopListening = this.registry.onRevoked((revocation) => this.closeRevoked(revocation));
  }

  /** Starts the expiry timer of a freshly connected socket. */
  track(socket: Socket): void {
    const expiresAt = this.auth.expiresAt(socket.handshake.auth?.['token']);
    if (expiresAt === null) return;
    // The token's exp was set and is checked by jsonwebtoken against the real clock, so the timer uses it too.
    const timer = setTimeout(() => this.end(socket, 'expired'), Math.max(0, expiresAt - Date.now()));
    timer.unref();
    socket.once('disconnect', () => clearTimeout(timer));
  }

  onModuleDestroy(): void {
    this.stopListening?.();
  }

  private closeRevoked(revocation: SessionRevocation): void {
    const ended = new Set(revocation.sessionIds);
    for (const socket of this.namespace?.sockets.values() ?? []) {
      const actor = socket.data.actor as ChatActor | undefined;
      if (actor?.kind !== 'account') continue;
      if ((actor.user.sessionId && ended.has(actor.user.sessionId)) || actor.user.id === revocation.accountId)
        this.end(socket, 'logged_out');
    }
  }

  private end(socket: Socket, reason: 'logged_out' | 'expired'): void {
    if (!socket.connected) return;
    socket.emit(ChatServerEvent.LoginEnded, { reason });
    socket.disconnect(true);
  }
}
