import { InjectionToken, inject } from '@angular/core';
import { CHAT_NAMESPACE, ChatServerEvent } from '@nabij/chat/contracts';
import { AuthStore, SOCKET_TRANSPORTS } from '@nabij/platform/portal';
import { firstValueFrom } from 'rxjs';

/** The part of a socket.io client the chat uses; specs replace it with a fake. */
export interface ChatConnection {
  on(event: string, handler: (data: never) => void): void;
  emit(event: string, payload: unknown): void;
  /** Rejects when the server does not answer in time (the connection dropped). */
  emitWithAck<T>(event: string, payload: unknown): Promise<T>;
  close(): void;
}

/** Opens a connection to the `/chat` namespace; `token()` is asked again on every (re)connect. */
export type ChatConnector = (token: () => string | null) => Promise<ChatConnection>;

/** socket.io-client is loaded only when a chat starts, so other pages do not pay for it. */
export const CHAT_CONNECTOR = new InjectionToken<ChatConnector>('CHAT_CONNECTOR', {
  providedIn: 'root',
  factory: () => {
    const auth = inject(AuthStore);
    return async (token) => {
      const { io } = await import('socket.io-client');
      const socket = io(CHAT_NAMESPACE, { ...SOCKET_TRANSPORTS, auth: (cb) => cb({ token: token() }) });
      // The API closes a socket when the access token it connected with expires (and socket.io does not
      // reconnect after a server close): get a fresh token, then connect again. After a logout it stays closed.
      socket.on(ChatServerEvent.LoginEnded, (ended: { reason?: string }) => {
        if (ended?.reason !== 'expired') return;
        socket.once('disconnect', () => {
          firstValueFrom(auth.refresh()).then(
            () => socket.connect(),
            () => undefined,
          );
        });
      });
      return {
        on: (event, handler) => void socket.on(event, handler as (data: unknown) => void),
        emit: (event, payload) => void socket.emit(event, payload),
        emitWithAck: (event, payload) => socket.timeout(10_000).emitWithAck(event, payload),
        close: () => void socket.close(),
      };
    };
  },
});
