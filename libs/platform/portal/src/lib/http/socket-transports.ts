/**
 * How the portal's sockets (chat, video) connect: a WebSocket first, long-polling only when that
 * fails (a proxy without WebSocket support). socket.io's default starts on long-polling and
 * upgrades later; a page closed before the upgrade is then noticed gone only by the ping timeout
 * (up to 45 s), so a waiting chat client looked present long after they left. A closed WebSocket
 * is noticed at once.
 */
export const SOCKET_TRANSPORTS: { transports: string[]; tryAllTransports: boolean } = {
  transports: ['websocket', 'polling'],
  tryAllTransports: true,
};
