import { OnModuleDestroy } from '@nestjs/common';
import type { Namespace, Socket } from 'socket.io';
import { SessionRegistry, SessionRevocation } from './session-registry.service';

/**
 * Closes a namespace's sockets whose login ended: at once, whichever API instance ended it (logout,
 * sign out everywhere, deactivation; SessionRegistry hears of other instances' revocations through
 * PostgreSQL NOTIFY), and when the access token the socket connected with expires. A domain's
 * gateway extends it for its namespace.
 */
export abstract class SocketLogins implements OnModuleDestroy {
  private namespace: Namespace | null = null;
  private stopListening: (() => void) | null = null;

  /** Emitted just before the server closes a socket, with `{ reason: 'logged_out' | 'expired' }`. */
  protected abstract readonly endedEvent: string;
  /** The login a socket belongs to, or null for one that belongs to no login (an anonymous chat). */
  protected abstract loginOf(socket: Socket): { accountId: string; sessionId?: string } | null;
  /** When the access token the socket connected with expires (ms since the epoch), or null. */
  protected abstract expiresAt(socket: Socket): number | null;

  constructor(private readonly registry: SessionRegistry) {}

  attach(namespace: Namespace): void {
    this.namespace = namespace;
    this.stopListening = this.registry.onRevoked((revocation) => this.closeRevoked(revocation));
  }

  /** Starts the expiry timer of a freshly connected socket. */
  track(socket: Socket): void {
    const expiresAt = this.expiresAt(socket);
    if (expiresAt === null) return;
    // The token's exp is checked against the real clock (AccessTokenVerifier), so the timer uses it too.
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
      const login = this.loginOf(socket);
      if (login && ((login.sessionId && ended.has(login.sessionId)) || login.accountId === revocation.accountId))
        this.end(socket, 'logged_out');
    }
  }

  private end(socket: Socket, reason: 'logged_out' | 'expired'): void {
    if (!socket.connected) return;
    socket.emit(this.endedEvent, { reason });
    socket.disconnect(true);
  }
}
