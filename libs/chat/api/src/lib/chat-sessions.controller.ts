import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiQuery, ApiTags } from '@nestjs/swagger';
import type { ChatMessageView, ChatQueueCount, ChatQueueResponse, ChatSessionView } from '@nabij/chat/contracts';
import { AuthUser, CurrentUser, IntInRangePipe, PG_INT_MAX, Roles } from '@nabij/platform/api';
import { ChatEvaluationDto, ChatTopicDto, ConvertChatDto, ListChatSessionsQueryDto } from './dto/chat.dto';
import { ChatSessionsService } from './sessions/chat-sessions.service';
import { ChatWorkService } from './sessions/chat-work.service';
import { ChatVideoService } from './video/chat-video.service';

/**
 * Chats of signed-in clients and workers. Team leads and admins have no route here: a chat is
 * conversation content, and they see figures only (reports). They get 403 on every route, whatever
 * the id, so the answer never tells whether a chat exists.
 */
@ApiTags('chat')
@ApiBearerAuth()
@Controller('chat')
export class ChatSessionsController {
  constructor(
    private readonly sessions: ChatSessionsService,
    private readonly work: ChatWorkService,
    private readonly video: ChatVideoService,
  ) {}

  @Roles('client')
  @Post('sessions')
  @HttpCode(201)
  start(@CurrentUser() user: AuthUser): Promise<ChatSessionView> {
    return this.sessions.startForClient(user);
  }

  /** A client's own chats (ended ones with their transcript); a worker passes `?caseId=` of a case they hold. */
  @Roles('client', 'worker')
  @Get('sessions')
  list(@CurrentUser() user: AuthUser, @Query() query: ListChatSessionsQueryDto): Promise<ChatSessionView[]> {
    return this.sessions.list(user, query.caseId);
  }

  @Roles('worker')
  @Get('queue/count')
  queueCount(@CurrentUser() user: AuthUser): Promise<ChatQueueCount> {
    return this.work.queueCount(user);
  }

  @Roles('worker')
  @Get('queue')
  queue(@CurrentUser() user: AuthUser): Promise<ChatQueueResponse> {
    return this.work.queue(user);
  }

  @Roles('client', 'worker')
  @Get('sessions/:id')
  get(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string): Promise<ChatSessionView> {
    return this.sessions.viewFor(user, id);
  }

  @Roles('client', 'worker')
  @Get('sessions/:id/messages')
  @ApiQuery({
    name: 'after',
    required: false,
    type: 'integer',
    minimum: 0,
    maximum: PG_INT_MAX,
    description: 'Only messages with a higher seq',
  })
  messages(
    @CurrentUser() user: AuthUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Query('after', new IntInRangePipe({ fallback: 0 })) after: number,
  ): Promise<ChatMessageView[]> {
    return this.sessions.transcriptFor(user, id, after);
  }

  @Roles('worker')
  @Post('sessions/:id/pick-up')
  @HttpCode(200)
  pickUp(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string): Promise<ChatSessionView> {
    return this.work.pickUp(user, id);
  }

  @Roles('client', 'worker')
  @Post('sessions/:id/end')
  @HttpCode(200)
  end(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string): Promise<ChatSessionView> {
    return this.work.endAsUser(user, id);
  }

  @Roles('worker')
  @Post('sessions/:id/convert')
  @HttpCode(200)
  convert(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Body() body: ConvertChatDto): Promise<ChatSessionView> {
    return this.work.convert(user, id, body.caseId);
  }

  /** "Verder met video": books a video call starting now on the chat's case; the client sees "Deelnemen" in the chat. */
  @Roles('worker')
  @Post('sessions/:id/video')
  @HttpCode(200)
  offerVideo(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string): Promise<ChatSessionView> {
    return this.video.offer(user, id);
  }

  /** What the client types while waiting: the worker sees it in the queue. */
  @Roles('client')
  @Put('sessions/:id/topic')
  async topic(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Body() body: ChatTopicDto): Promise<ChatSessionView> {
    return this.sessions.setTopic(await this.sessions.clientSession(user, id), body.topic);
  }

  @Roles('client')
  @Post('sessions/:id/evaluation')
  @HttpCode(204)
  async evaluate(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Body() body: ChatEvaluationDto): Promise<void> {
    await this.sessions.evaluate(await this.sessions.clientSession(user, id), body);
  }
}
