import { io, Socket } from 'socket.io-client';

/** A socket.io client on a namespace of the listening app; resolves once connected, rejects with the server's refusal. */
export function connectSocket(url: string, namespace: string, token: string | undefined): Promise<Socket> {
  const socket = io(`${url}${namespace}`, {
    auth: token === undefined ? {} : { token },
    transports: ['websocket'],
    reconnection: false,
    forceNew: true,
  });
  return new Promise((resolve, reject) => {
    socket.once('connect', () => resolve(socket));
    socket.once('connect_error', (error) => {
      socket.close();
      reject(error);
    });
  });
}
