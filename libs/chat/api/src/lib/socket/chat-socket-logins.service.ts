import { Injectable, Logger, OnModuleDestroy } from '@nestjs/common';
import { ChatServerEvent } from '@nabij/chat/contracts';
import { AppConfig, SessionRegistry, SessionRevocation } from '@nabij/platform/api';
import type { Namespace, Socket } from 'socket.io';
import { ChatActor } from '../sessions/chat-actor';
import { ChatSocketAuthService } from './chat-socket-auth.service';

/** How often open sockets are checked against sessions ended on other API instances. */
export const SOCKET_SESSION_SWEEP_MS = 3_000;

/**
 * Closes the chat sockets of logins that ended: at once when this instance ended the login (logout,
 * sign out everywhere), within SOCKET_SESSION_SWEEP_MS when another instance did, and when the access
 * token the socket connected with expires. Anonymous chat sockets belong to their chat, not to a
 * login, and are left alone.
 */
@Injectable()
export class ChatSocketLoginsService implements OnModuleDestroy {
  private readonly logger = new Logger('ChatSocketLogins');
  private namespace: Namespace | null = null;
  private sweepTimer: NodeJS.Timeout | null = null;
  private stopListening: (() => void) | null = null;

  constructor(
    private readonly registry: SessionRegistry,
    private readonly auth: ChatSocketAuthService,
    private readonly config: AppConfig,
  ) {}

  attach(namespace: Namespace): void {
    this.namespace = namespace;
    this.stopListening = this.registry.onRevoked((revocation) => this.closeRevoked(revocation));
    if (this.config.backgroundJobs) {
      this.sweepTimer = setInterval(
        () =>
          void this.sweep().catch((error) => this.logger.warn(`Session sweep failed: ${error instanceof Error ? error.message : error}`)),
        SOCKET_SESSION_SWEEP_MS,
      );
      this.sweepTimer.unref();
    }
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

  /** Closes local sockets whose login ended anywhere; returns how many were closed. */
  async sweep(): Promise<number> {
    const bySession = new Map<string, Socket[]>();
    for (const socket of this.namespace?.sockets.values() ?? []) {
      const sessionId = sessionOf(socket);
      if (sessionId) bySession.set(sessionId, [...(bySession.get(sessionId) ?? []), socket]);
    }
    const revoked = await this.registry.revokedAmong([...bySession.keys()]);
    let closed = 0;
    for (const sessionId of revoked) {
      for (const socket of bySession.get(sessionId) ?? []) {
        this.end(socket, 'logged_out');
        closed++;
      }
    }
    return closed;
  }

  onModuleDestroy(): void {
    if (this.sweepTimer) clearInterval(this.sweepTimer);
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

function sessionOf(socket: Socket): string | null {
  const actor = socket.data.actor as ChatActor | undefined;
  return actor?.kind === 'account' ? (actor.user.sessionId ?? null) : null;
}
