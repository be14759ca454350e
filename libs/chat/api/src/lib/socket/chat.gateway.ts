import {
  ConnectedSocket,
  MessageBody,
  OnGatewayConnection,
  OnGatewayDisconnect,
  OnGatewayInit,
  SubscribeMessage,
  WebSocketGateway,
} from '@nestjs/websockets';
import { SkipThrottle } from '@nestjs/throttler';
import { CHAT_NAMESPACE, ChatClientEvent } from '@nabij/chat/contracts';
import { MetricsService, NamespaceRedisAdapter, Public } from '@nabij/platform/api';
import type { Namespace, Socket } from 'socket.io';
import { takesPartInChats } from '../sessions/chat-actor';
import { ChatEvents } from './chat-events';
import { ChatSocketAuthService } from './chat-socket-auth.service';
import { ChatSocketLoginsService } from './chat-socket-logins.service';
import { ChatSocketService } from './chat-socket.service';

/**
 * Live chat traffic. Every connection is authenticated before it is accepted (middleware below), so
 * the HTTP guards stand aside: @Public for the JWT guard, @SkipThrottle for the per-IP throttle
 * (sockets have their own per-socket limit).
 */
@Public()
@SkipThrottle()
@WebSocketGateway({ namespace: CHAT_NAMESPACE, maxHttpBufferSize: 64 * 1024 })
export class ChatGateway implements OnGatewayInit<Namespace>, OnGatewayConnection<Socket>, OnGatewayDisconnect<Socket> {
  constructor(
    private readonly auth: ChatSocketAuthService,
    private readonly chat: ChatSocketService,
    private readonly events: ChatEvents,
    private readonly redis: NamespaceRedisAdapter,
    private readonly logins: ChatSocketLoginsService,
    private readonly metrics: MetricsService,
  ) {}

  afterInit(namespace: Namespace): void {
    this.redis.install(namespace);
    this.events.attach(namespace);
    this.logins.attach(namespace);
    // One engine serves every namespace (/chat, /video) of this instance: its client count is all of them.
    this.metrics.gauge(
      'nabij_socket_connections',
      'Open socket.io connections of this instance (chat and video).',
      () => namespace.server.engine.clientsCount,
    );
    // Middleware refuses the handshake itself: the client gets connect_error and never a socket.
    namespace.use((socket, next) => {
      this.auth.authenticate(socket.handshake.auth?.['token']).then(
        (actor) => {
          if (!takesPartInChats(actor)) return next(new Error('forbidden'));
          socket.data.actor = actor;
          next();
        },
        () => next(new Error('unauthorized')),
      );
    });
  }

  handleConnection(socket: Socket): void {
    this.chat.connected(socket, socket.data.actor);
    this.logins.track(socket);
  }

  handleDisconnect(socket: Socket): void {
    void this.chat.disconnected(socket);
  }

  @SubscribeMessage(ChatClientEvent.Join)
  join(@ConnectedSocket() socket: Socket, @MessageBody() payload: unknown) {
    return this.chat.join(socket, payload);
  }

  @SubscribeMessage(ChatClientEvent.Send)
  send(@ConnectedSocket() socket: Socket, @MessageBody() payload: unknown) {
    return this.chat.send(socket, payload);
  }

  @SubscribeMessage(ChatClientEvent.Typing)
  typing(@ConnectedSocket() socket: Socket, @MessageBody() payload: unknown): void {
    this.chat.typing(socket, payload);
  }
}
