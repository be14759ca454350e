import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Throttle } from '@nestjs/throttler';
import { Public } from '@nabij/platform/api';
import type { IceServersResponse, VideoGuestRoomView } from '@nabij/video/contracts';
import { VideoGuestTokenDto } from './dto/video.dto';
import { VideoGuestsService } from './guests/video-guests.service';
import { IceServersService } from './ice/ice-servers.service';

/**
 * The guest's side of a one-time link (an interpreter or a colleague without an account): the
 * token in the body (never in the address, so no log holds it), throttled per IP. An unknown or
 * withdrawn link is 404 guest_link_invalid; the room outside its window 409.
 */
@ApiTags('video')
@Public()
@Throttle({ default: { ttl: 60_000, limit: 30 } })
@Controller('video/guest')
export class VideoGuestController {
  constructor(
    private readonly guests: VideoGuestsService,
    private readonly ice: IceServersService,
  ) {}

  @Post('room')
  @HttpCode(200)
  room(@Body() body: VideoGuestTokenDto): Promise<VideoGuestRoomView> {
    return this.guests.view(body.token);
  }

  @Post('ice-servers')
  @HttpCode(200)
  iceServers(@Body() body: VideoGuestTokenDto): Promise<IceServersResponse> {
    return this.ice.forGuest(body.token);
  }
}
