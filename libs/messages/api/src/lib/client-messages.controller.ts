import { Body, Controller, Get, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { ClientThread, SendMessageResponse, ThreadDetail } from '@nabij/messages/contracts';
import { AuthUser, CurrentUser, Roles } from '@nabij/platform/api';
import { SendMessageDto } from './dto/messages.dto';
import { InboxService } from './inbox.service';
import { MessagesService } from './messages.service';

@ApiTags('messages')
@ApiBearerAuth()
@Roles('client')
@Controller('messages/mine')
export class ClientMessagesController {
  constructor(
    private readonly messages: MessagesService,
    private readonly inbox: InboxService,
  ) {}

  @Get()
  threads(@CurrentUser() user: AuthUser): Promise<ClientThread[]> {
    return this.inbox.clientThreads(user);
  }

  /** Reading a thread clears its unread count. */
  @Get(':threadId')
  thread(@CurrentUser() user: AuthUser, @Param('threadId') threadId: string): Promise<ThreadDetail> {
    return this.inbox.clientThread(user, threadId);
  }

  /** 201 with the stored message, also when this id was sent before (a retry). */
  @Post()
  send(@CurrentUser() user: AuthUser, @Body() body: SendMessageDto): Promise<SendMessageResponse> {
    return this.messages.clientSend(user, body);
  }
}
