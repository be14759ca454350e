import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { AuthUser, CurrentUser, ReqMeta, RequestMeta, Roles } from '@nabij/platform/api';
import type { IceServersResponse, UpcomingVideoCall, VideoRoomView } from '@nabij/video/contracts';
import { IceServersQueryDto } from './dto/video.dto';
import { IceServersService } from './ice/ice-servers.service';
import { VideoRoomsService } from './rooms/video-rooms.service';

/** Video appointments' call rooms: only the case's client and its worker; team leads and admins get 403. */
@ApiTags('video')
@ApiBearerAuth()
@Controller('video')
export class VideoController {
  constructor(
    private readonly rooms: VideoRoomsService,
    private readonly ice: IceServersService,
  ) {}

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
}
