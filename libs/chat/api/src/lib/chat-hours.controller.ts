import { Controller, Get, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { ChatStatusResponse } from '@nabij/chat/contracts';
import { AuthUser, CurrentUser, PublicWithOptionalUser } from '@nabij/platform/api';
import { ChatStatusQueryDto } from './dto/chat.dto';
import { ChatHoursService } from './hours/chat-hours.service';

@ApiTags('chat')
@Controller('chat')
export class ChatHoursController {
  constructor(private readonly hours: ChatHoursService) {}

  /** Signed in: the user's own organisation. Else `?organisation=<slug>`, left out when there is one. */
  @PublicWithOptionalUser()
  @Get('status')
  status(@Query() query: ChatStatusQueryDto, @CurrentUser() user: AuthUser | undefined): Promise<ChatStatusResponse> {
    return user?.organisationId ? this.hours.statusOf(user.organisationId) : this.hours.status(query.organisation);
  }
}
