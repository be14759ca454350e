import { InjectionToken } from '@angular/core';
import { CHAT_NAMESPACE } from '@nabij/chat/contracts';

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
  factory: () => async (token) => {
    const { io } = await import('socket.io-client');
    const socket = io(CHAT_NAMESPACE, { auth: (cb) => cb({ token: token() }) });
    return {
      on: (event, handler) => void socket.on(event, handler as (data: unknown) => void),
      emit: (event, payload) => void socket.emit(event, payload),
      emitWithAck: (event, payload) => socket.timeout(10_000).emitWithAck(event, payload),
      close: () => void socket.close(),
    };
  },
});
