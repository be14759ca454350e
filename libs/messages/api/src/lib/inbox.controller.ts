import { Body, Controller, Get, HttpCode, Param, Post, UploadedFiles, UseInterceptors } from '@nestjs/common';
import { ApiBearerAuth, ApiConsumes, ApiTags } from '@nestjs/swagger';
import type { UploadedDocument } from '@nabij/platform/api';
import type { InboxCounts, InboxThread, SendMessageResponse, ThreadDetail } from '@nabij/messages/contracts';
import { AuthUser, CurrentUser, ReqMeta, RequestMeta, Roles } from '@nabij/platform/api';
import { AttachmentLimitsAsBadRequest, MessageFiles } from './attachment-upload';
import { ReplyDto } from './dto/messages.dto';
import { InboxService } from './inbox.service';
import { MessagesService } from './messages.service';
import { ThreadEvaluationService } from './thread-evaluation.service';

/** The worker inbox: own case threads and the duty queue, most urgent deadline first. */
@ApiTags('messages')
@ApiBearerAuth()
@Roles('worker')
@Controller('messages/inbox')
export class InboxController {
  constructor(
    private readonly inbox: InboxService,
    private readonly messages: MessagesService,
    private readonly evaluations: ThreadEvaluationService,
  ) {}

  @Get()
  list(@CurrentUser() user: AuthUser, @ReqMeta() meta: RequestMeta): Promise<InboxThread[]> {
    return this.inbox.inbox(user, meta);
  }

  /** Declared before `:threadId`, which would otherwise take "counts" as a thread id. */
  @Get('counts')
  counts(@CurrentUser() user: AuthUser): Promise<InboxCounts> {
    return this.inbox.counts(user);
  }

  @Get(':threadId')
  thread(@CurrentUser() user: AuthUser, @Param('threadId') threadId: string, @ReqMeta() meta: RequestMeta): Promise<ThreadDetail> {
    return this.inbox.workerThread(user, threadId, meta);
  }

  /** JSON, or multipart with up to 3 files in `files`; idempotent on the id like client sends. */
  @Post(':threadId/replies')
  @ApiConsumes('application/json', 'multipart/form-data')
  @UseInterceptors(AttachmentLimitsAsBadRequest, MessageFiles())
  reply(
    @CurrentUser() user: AuthUser,
    @Param('threadId') threadId: string,
    @Body() body: ReplyDto,
    @UploadedFiles() files: UploadedDocument[] | undefined,
    @ReqMeta() meta: RequestMeta,
  ): Promise<SendMessageResponse> {
    return this.messages.workerReply(user, threadId, body, meta, files);
  }

  /** The question is dealt with: the client is asked the evaluation questions once. 409 when closed already. */
  @Post(':threadId/close')
  @HttpCode(204)
  async close(@CurrentUser() user: AuthUser, @Param('threadId') threadId: string, @ReqMeta() meta: RequestMeta): Promise<void> {
    await this.evaluations.close(user, threadId, meta);
  }
}
