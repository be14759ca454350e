import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Post, Put } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { ChatHoursView } from '@nabij/chat/contracts';
import { AuthUser, CurrentUser, ReqMeta, RequestMeta, Roles } from '@nabij/platform/api';
import { ChatHoursAdminService } from './hours/chat-hours-admin.service';
import { AddChatClosureDto, ReplaceChatHoursDto } from './hours/dto/chat-hours-admin.dto';

/** Weekly chat hours and closures of the caller's organisation: the admin edits, a team lead reads. */
@ApiTags('chat')
@Controller('chat/hours')
export class ChatHoursAdminController {
  constructor(private readonly hours: ChatHoursAdminService) {}

  @Roles('admin', 'team_lead')
  @Get()
  view(@CurrentUser() user: AuthUser): Promise<ChatHoursView> {
    return this.hours.view(user);
  }

  /** Replaces every weekly opening at once (times HH:mm, start before end, no overlap per weekday). */
  @Roles('admin')
  @Put()
  replace(@CurrentUser() user: AuthUser, @Body() dto: ReplaceChatHoursDto, @ReqMeta() meta: RequestMeta): Promise<ChatHoursView> {
    return this.hours.replace(user, dto, meta);
  }

  @Roles('admin')
  @Post('closures')
  addClosure(@CurrentUser() user: AuthUser, @Body() dto: AddChatClosureDto, @ReqMeta() meta: RequestMeta): Promise<ChatHoursView> {
    return this.hours.addClosure(user, dto, meta);
  }

  @Roles('admin')
  @Delete('closures/:id')
  @HttpCode(204)
  removeClosure(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string, @ReqMeta() meta: RequestMeta): Promise<void> {
    return this.hours.removeClosure(user, id, meta);
  }
}
