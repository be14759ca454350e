import { ConnectedSocket, MessageBody, OnGatewayConnection, OnGatewayInit, SubscribeMessage, WebSocketGateway } from '@nestjs/websockets';
import { SkipThrottle } from '@nestjs/throttler';
import { NamespaceRedisAdapter, Public } from '@nabij/platform/api';
import { VIDEO_NAMESPACE, VideoClientEvent } from '@nabij/video/contracts';
import type { Namespace, Socket } from 'socket.io';
import { VideoSocketAuthService } from './video-socket-auth.service';
import { VideoSocketLoginsService } from './video-socket-logins.service';
import { VideoGuestsService } from '../guests/video-guests.service';
import { GuestIdentity, VideoSocketService } from './video-socket.service';

/**
 * Signalling for video calls. Every connection is authenticated before it is accepted (middleware
 * below), so the HTTP guards stand aside: @Public for the JWT guard, @SkipThrottle for the per-IP
 * throttle. Only clients and workers take part in calls, and a guest with a valid one-time link;
 * team leads and admins get no socket.
 */
@Public()
@SkipThrottle()
@WebSocketGateway({ namespace: VIDEO_NAMESPACE, maxHttpBufferSize: 64 * 1024 })
export class VideoGateway implements OnGatewayInit<Namespace>, OnGatewayConnection<Socket> {
  constructor(
    private readonly auth: VideoSocketAuthService,
    private readonly video: VideoSocketService,
    private readonly logins: VideoSocketLoginsService,
    private readonly guests: VideoGuestsService,
    private readonly redis: NamespaceRedisAdapter,
  ) {}

  afterInit(namespace: Namespace): void {
    this.redis.install(namespace);
    this.video.attach(namespace);
    this.logins.attach(namespace);
    namespace.use((socket, next) => {
      const guestToken: unknown = socket.handshake.auth?.['guestToken'];
      if (guestToken !== undefined) {
        // A guest (interpreter, colleague) by a one-time link: that appointment only, no account.
        this.guests.forToken(guestToken).then(
          ({ link }) => {
            socket.data.guest = { linkId: link.id, appointmentId: link.appointment_id } satisfies GuestIdentity;
            next();
          },
          () => next(new Error('unauthorized')),
        );
        return;
      }
      this.auth.authenticate(socket.handshake.auth?.['token']).then(
        (user) => {
          if (user.role !== 'client' && user.role !== 'worker') return next(new Error('forbidden'));
          socket.data.user = user;
          next();
        },
        () => next(new Error('unauthorized')),
      );
    });
  }

  handleConnection(socket: Socket): void {
    this.video.connected(socket, socket.data.user, socket.data.guest);
    this.logins.track(socket);
  }

  @SubscribeMessage(VideoClientEvent.Join)
  join(@ConnectedSocket() socket: Socket, @MessageBody() payload: unknown) {
    return this.video.join(socket, payload);
  }

  @SubscribeMessage(VideoClientEvent.Admit)
  admit(@ConnectedSocket() socket: Socket, @MessageBody() payload: unknown) {
    return this.video.admit(socket, payload);
  }

  @SubscribeMessage(VideoClientEvent.Signal)
  signal(@ConnectedSocket() socket: Socket, @MessageBody() payload: unknown) {
    return this.video.signal(socket, payload);
  }

  @SubscribeMessage(VideoClientEvent.Media)
  media(@ConnectedSocket() socket: Socket, @MessageBody() payload: unknown) {
    return this.video.media(socket, payload);
  }

  @SubscribeMessage(VideoClientEvent.Mute)
  mute(@ConnectedSocket() socket: Socket, @MessageBody() payload: unknown) {
    return this.video.mute(socket, payload);
  }

  @SubscribeMessage(VideoClientEvent.Text)
  text(@ConnectedSocket() socket: Socket, @MessageBody() payload: unknown) {
    return this.video.text(socket, payload);
  }

  @SubscribeMessage(VideoClientEvent.HangUp)
  hangUp(@ConnectedSocket() socket: Socket, @MessageBody() payload: unknown) {
    return this.video.hangUp(socket, payload);
  }
}
