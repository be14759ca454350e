import { Injectable } from '@nestjs/common';
import { AuthUser, SessionRegistry, SocketLogins } from '@nabij/platform/api';
import { VideoServerEvent } from '@nabij/video/contracts';
import type { Socket } from 'socket.io';
import { VideoSocketAuthService } from './video-socket-auth.service';

/** Closes video sockets whose login ended (logout, sign out everywhere, deactivation) or whose token expired. */
@Injectable()
export class VideoSocketLoginsService extends SocketLogins {
  protected readonly endedEvent = VideoServerEvent.LoginEnded;

  constructor(
    registry: SessionRegistry,
    private readonly auth: VideoSocketAuthService,
  ) {
    super(registry);
  }

  protected loginOf(socket: Socket): { accountId: string } | null {
    const user = socket.data.user as AuthUser | undefined;
    return user ? { accountId: user.id, ...(user.sessionId && { sessionId: user.sessionId }) } : null;
  }

  protected expiresAt(socket: Socket): number | null {
    return this.auth.expiresAt(socket.handshake.auth?.['token']);
  }
}
