import { InjectionToken, inject } from '@angular/core';
import { AuthStore, SOCKET_TRANSPORTS } from '@nabij/platform/portal';
import { VIDEO_NAMESPACE, VideoServerEvent } from '@nabij/video/contracts';
import { firstValueFrom } from 'rxjs';

/** The part of a socket.io client the call uses; specs replace it with a fake. */
export interface VideoConnection {
  on(event: string, handler: (data: never) => void): void;
  /** Called after every reconnect (not the first connect): join the room again. */
  onReconnect(handler: () => void): void;
  emitWithAck<T>(event: string, payload: unknown): Promise<T>;
  close(): void;
}

/** A connection as the signed-in person, or with a guest link's token as a guest. */
export type VideoConnector = (guestToken?: string) => Promise<VideoConnection>;

/** socket.io-client is loaded only when a call starts. */
export const VIDEO_CONNECTOR = new InjectionToken<VideoConnector>('VIDEO_CONNECTOR', {
  providedIn: 'root',
  factory: () => {
    const auth = inject(AuthStore);
    return async (guestToken?: string) => {
      const { io } = await import('socket.io-client');
      const socket = io(VIDEO_NAMESPACE, {
        ...SOCKET_TRANSPORTS,
        auth: (cb) => cb(guestToken ? { guestToken } : { token: auth.accessToken() }),
      });
      // The API closes the socket when the access token expires: refresh it, then connect again.
      socket.on(VideoServerEvent.LoginEnded, (ended: { reason?: string }) => {
        if (ended?.reason !== 'expired') return;
        socket.once('disconnect', () => {
          firstValueFrom(auth.refresh()).then(
            () => socket.connect(),
            () => undefined,
          );
        });
      });
      let first = true;
      const reconnectHandlers: Array<() => void> = [];
      socket.on('connect', () => {
        if (!first) for (const handler of reconnectHandlers) handler();
        first = false;
      });
      return {
        on: (event, handler) => void socket.on(event, handler as (data: unknown) => void),
        onReconnect: (handler) => void reconnectHandlers.push(handler),
        emitWithAck: (event, payload) => socket.timeout(10_000).emitWithAck(event, payload),
        close: () => void socket.close(),
      };
    };
  },
});
