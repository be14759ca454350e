import { Injectable } from '@nestjs/common';
import { AppConfig, AuthUser, Clock, RequestMeta } from '@nabij/platform/api';
import type { IceServer, IceServersResponse } from '@nabij/video/contracts';
import { VideoGuestsService } from '../guests/video-guests.service';
import { GroupVideoRoomsService } from '../rooms/group-video-rooms.service';
import { VideoRoomsService } from '../rooms/video-rooms.service';
import { turnCredential } from './turn-credentials';

/**
 * The STUN/TURN servers a participant's browser uses for one call. TURN relays media when a direct
 * connection fails, so its credentials are handed out only to someone who may join an open room,
 * and only for TURN_TTL_SECONDS. Without TURN configured, browsers on one network still connect.
 */
@Injectable()
export class IceServersService {
  constructor(
    private readonly config: AppConfig,
    private readonly rooms: VideoRoomsService,
    private readonly guests: VideoGuestsService,
    private readonly groups: GroupVideoRoomsService,
    private readonly clock: Clock,
  ) {}

  async forCall(user: AuthUser, appointmentId: string, meta: RequestMeta): Promise<IceServersResponse> {
    await this.rooms.joinable(user, appointmentId, meta);
    return this.servers(user.id);
  }

  /** The same for a trainer or participant of a group session held in Nabij, while its room is open. */
  async forGroupSession(user: AuthUser, sessionId: string, meta: RequestMeta): Promise<IceServersResponse> {
    await this.groups.joinable(user, sessionId, meta);
    return this.servers(user.id);
  }

  /** The same for a guest with a valid link, while the room is open; TURN knows them as `guest-<link id>`. */
  async forGuest(token: unknown): Promise<IceServersResponse> {
    const { link } = await this.guests.joinable(token);
    return this.servers(`guest-${link.id}`);
  }

  private servers(who: string): IceServersResponse {
    const iceServers: IceServer[] = [];
    if (this.config.stunUrls.length > 0) iceServers.push({ urls: this.config.stunUrls });
    if (this.config.turnUrls.length === 0 || !this.config.turnSecret) return { iceServers, expiresAt: null };
    const turn = turnCredential(this.config.turnSecret, who, this.clock.now(), this.config.turnTtlSeconds);
    iceServers.push({ urls: this.config.turnUrls, username: turn.username, credential: turn.credential });
    return { iceServers, expiresAt: turn.expiresAt.toISOString() };
  }
}
