import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { ForumMe, ModerationItem } from '@nabij/forum/contracts';
import { AuthUser, CurrentUser, ReqMeta, RequestMeta, Roles } from '@nabij/platform/api';
import { ModeratePostDto, MuteMemberDto } from './dto/forum.dto';
import { ModerationService } from './moderation.service';

/** Forum moderation for workers (trainers moderate their group's forum); never for team leads. */
@ApiTags('forum')
@Roles('worker')
@Controller('forum/moderation')
export class ModerationController {
  constructor(private readonly moderation: ModerationService) {}

  @Get('queue')
  queue(@CurrentUser() user: AuthUser, @ReqMeta() meta: RequestMeta): Promise<ModerationItem[]> {
    return this.moderation.queue(user, meta);
  }

  @Post('posts/:postId')
  @HttpCode(204)
  moderate(
    @CurrentUser() user: AuthUser,
    @Param('postId', ParseUUIDPipe) postId: string,
    @Body() body: ModeratePostDto,
    @ReqMeta() meta: RequestMeta,
  ): Promise<void> {
    return this.moderation.moderate(user, postId, body, meta);
  }

  @Post('members/:memberId/mute')
  mute(
    @CurrentUser() user: AuthUser,
    @Param('memberId', ParseUUIDPipe) memberId: string,
    @Body() body: MuteMemberDto,
    @ReqMeta() meta: RequestMeta,
  ): Promise<ForumMe> {
    return this.moderation.mute(user, memberId, body, meta);
  }

  @Delete('members/:memberId/mute')
  unmute(
    @CurrentUser() user: AuthUser,
    @Param('memberId', ParseUUIDPipe) memberId: string,
    @ReqMeta() meta: RequestMeta,
  ): Promise<ForumMe> {
    return this.moderation.mute(user, memberId, null, meta);
  }
}
