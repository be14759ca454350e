import { Body, Controller, Get, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { InboxThread, SendMessageResponse, ThreadDetail } from '@nabij/messages/contracts';
import { AuthUser, CurrentUser, ReqMeta, RequestMeta, Roles } from '@nabij/platform/api';
import { ReplyDto } from './dto/messages.dto';
import { InboxService } from './inbox.service';
import { MessagesService } from './messages.service';

/** The worker inbox: own case threads and the duty queue, most urgent deadline first. */
@ApiTags('messages')
@ApiBearerAuth()
@Roles('worker')
@Controller('messages/inbox')
export class InboxController {
  constructor(
    private readonly inbox: InboxService,
    private readonly messages: MessagesService,
  ) {}

  @Get()
  list(@CurrentUser() user: AuthUser, @ReqMeta() meta: RequestMeta): Promise<InboxThread[]> {
    return this.inbox.inbox(user, meta);
  }

  @Get(':threadId')
  thread(@CurrentUser() user: AuthUser, @Param('threadId') threadId: string, @ReqMeta() meta: RequestMeta): Promise<ThreadDetail> {
    return this.inbox.workerThread(user, threadId, meta);
  }

  @Post(':threadId/replies')
  reply(@CurrentUser() user: AuthUser, @Param('threadId') threadId: string, @Body() body: ReplyDto, @ReqMeta() meta: RequestMeta): Promise<SendMessageResponse> {
    return this.messages.workerReply(user, threadId, body, meta);
  }
}
