import { Body, Controller, Delete, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { AuthUser, CurrentUser, ReqMeta, RequestMeta, Roles } from '@nabij/platform/api';
import type {
  CreatedVideoGuestLink,
  GroupVideoRoomView,
  SavedCallText,
  IceServersResponse,
  UpcomingVideoCall,
  VideoGuestLinkView,
  VideoNotice,
  VideoRoomView,
} from '@nabij/video/contracts';
import { CreateVideoGuestLinkDto, IceServersQueryDto, SaveCallTextDto } from './dto/video.dto';
import { VideoTextService } from './text/video-text.service';
import { VideoGuestsService } from './guests/video-guests.service';
import { VideoNoticesService } from './notices/video-notices.service';
import { IceServersService } from './ice/ice-servers.service';
import { GroupVideoRoomsService } from './rooms/group-video-rooms.service';
import { VideoRoomsService } from './rooms/video-rooms.service';
import { VideoSocketService } from './socket/video-socket.service';

/** Video appointments' call rooms: only the case's client and its worker; team leads and admins get 403. */
@ApiTags('video')
@ApiBearerAuth()
@Controller('video')
export class VideoController {
  constructor(
    private readonly rooms: VideoRoomsService,
    private readonly ice: IceServersService,
    private readonly guests: VideoGuestsService,
    private readonly sockets: VideoSocketService,
    private readonly notices: VideoNoticesService,
    private readonly text: VideoTextService,
    private readonly groups: GroupVideoRoomsService,
  ) {}

  /** A training group's session held in Nabij: its trainers and active participants only (others 404). */
  @Roles('client', 'worker')
  @Get('group-sessions/:sessionId')
  groupRoom(
    @CurrentUser() user: AuthUser,
    @Param('sessionId') sessionId: string,
    @ReqMeta() meta: RequestMeta,
  ): Promise<GroupVideoRoomView> {
    return this.groups.view(user, sessionId, meta);
  }

  @Roles('client', 'worker')
  @Get('group-sessions/:sessionId/ice-servers')
  groupIceServers(
    @CurrentUser() user: AuthUser,
    @Param('sessionId') sessionId: string,
    @ReqMeta() meta: RequestMeta,
  ): Promise<IceServersResponse> {
    return this.ice.forGroupSession(user, sessionId, meta);
  }

  /** The client's notices ahead of their video calls, not seen yet (only the time). */
  @Roles('client')
  @Get('notices')
  unseenNotices(@CurrentUser() user: AuthUser): Promise<VideoNotice[]> {
    return this.notices.unseen(user);
  }

  @Roles('client')
  @Post('notices/:appointmentId/seen')
  @HttpCode(204)
  noticeSeen(@CurrentUser() user: AuthUser, @Param('appointmentId') appointmentId: string): Promise<void> {
    return this.notices.markSeen(user, appointmentId);
  }

  @Roles('client', 'worker')
  @Get('upcoming')
  upcoming(@CurrentUser() user: AuthUser, @ReqMeta() meta: RequestMeta): Promise<UpcomingVideoCall[]> {
    return this.rooms.upcoming(user, meta);
  }

  @Roles('client', 'worker')
  @Get('ice-servers')
  iceServers(@CurrentUser() user: AuthUser, @Query() query: IceServersQueryDto, @ReqMeta() meta: RequestMeta): Promise<IceServersResponse> {
    return this.ice.forCall(user, query.appointmentId, meta);
  }

  @Roles('client', 'worker')
  @Get('rooms/:appointmentId')
  room(@CurrentUser() user: AuthUser, @Param('appointmentId') appointmentId: string, @ReqMeta() meta: RequestMeta): Promise<VideoRoomView> {
    return this.rooms.view(user, appointmentId, meta);
  }

  /** "Bewaar in dossier": the worker saves the call's text panel to the case (as a report the client reads); nothing is kept otherwise. */
  @Roles('worker')
  @Post('rooms/:appointmentId/text')
  @HttpCode(201)
  saveText(
    @CurrentUser() user: AuthUser,
    @Param('appointmentId') appointmentId: string,
    @Body() body: SaveCallTextDto,
    @ReqMeta() meta: RequestMeta,
  ): Promise<SavedCallText> {
    return this.text.save(user, appointmentId, body, meta);
  }

  /** The worker invites an interpreter or colleague: the link's token is in this answer only. */
  @Roles('worker')
  @Post('rooms/:appointmentId/guests')
  createGuest(
    @CurrentUser() user: AuthUser,
    @Param('appointmentId') appointmentId: string,
    @Body() body: CreateVideoGuestLinkDto,
    @ReqMeta() meta: RequestMeta,
  ): Promise<CreatedVideoGuestLink> {
    return this.guests.create(user, appointmentId, body, meta);
  }

  @Roles('worker')
  @Get('rooms/:appointmentId/guests')
  guestLinks(
    @CurrentUser() user: AuthUser,
    @Param('appointmentId') appointmentId: string,
    @ReqMeta() meta: RequestMeta,
  ): Promise<VideoGuestLinkView[]> {
    return this.guests.list(user, appointmentId, meta);
  }

  /** Withdraws the link; a guest who is in the room is taken out at once. */
  @Roles('worker')
  @Delete('rooms/:appointmentId/guests/:linkId')
  async revokeGuest(
    @CurrentUser() user: AuthUser,
    @Param('appointmentId') appointmentId: string,
    @Param('linkId') linkId: string,
    @ReqMeta() meta: RequestMeta,
  ): Promise<VideoGuestLinkView> {
    const revoked = await this.guests.revoke(user, appointmentId, linkId, meta);
    await this.sockets.guestRevoked(appointmentId, revoked.id);
    return revoked;
  }
}
