import { Body, Controller, Get, HttpCode, Param, Post, UploadedFiles, UseInterceptors } from '@nestjs/common';
import { ApiBearerAuth, ApiConsumes, ApiTags } from '@nestjs/swagger';
import type { UploadedDocument } from '@nabij/platform/api';
import type { ClientThread, SendMessageResponse, ThreadDetail } from '@nabij/messages/contracts';
import { AuthUser, CurrentUser, Roles } from '@nabij/platform/api';
import { AttachmentLimitsAsBadRequest, MessageFiles } from './attachment-upload';
import { SendMessageDto, ThreadEvaluationDto } from './dto/messages.dto';
import { InboxService } from './inbox.service';
import { MessagesService } from './messages.service';
import { ThreadEvaluationService } from './thread-evaluation.service';

@ApiTags('messages')
@ApiBearerAuth()
@Roles('client')
@Controller('messages/mine')
export class ClientMessagesController {
  constructor(
    private readonly messages: MessagesService,
    private readonly inbox: InboxService,
    private readonly evaluations: ThreadEvaluationService,
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

  /**
   * 201 with the stored message, also when this id was sent before (a retry). JSON, or multipart
   * with up to 3 files in `files` next to `id`, `body` and `caseId`.
   */
  @Post()
  @ApiConsumes('application/json', 'multipart/form-data')
  @UseInterceptors(AttachmentLimitsAsBadRequest, MessageFiles())
  send(
    @CurrentUser() user: AuthUser,
    @Body() body: SendMessageDto,
    @UploadedFiles() files: UploadedDocument[] | undefined,
  ): Promise<SendMessageResponse> {
    return this.messages.clientSend(user, body, files);
  }

  /** Once, after a worker closed the thread: the three questions (and a remark), or `skip: true`. 409 when not closed or done. */
  @Post(':threadId/evaluation')
  @HttpCode(204)
  async evaluate(@CurrentUser() user: AuthUser, @Param('threadId') threadId: string, @Body() body: ThreadEvaluationDto): Promise<void> {
    await this.evaluations.evaluate(user, threadId, body);
  }
}
