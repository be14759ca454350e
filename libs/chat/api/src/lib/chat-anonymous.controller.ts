import { Body, Controller, Get, Headers, HttpCode, Post, Put } from '@nestjs/common';
import { ApiHeader, ApiTags } from '@nestjs/swagger';
import { Throttle } from '@nestjs/throttler';
import { CHAT_TOKEN_HEADER, ChatSessionView, StartAnonymousChatResponse } from '@nabij/chat/contracts';
import { Public } from '@nabij/platform/api';
import { ChatEvaluationDto, ChatTopicDto, StartAnonymousChatDto } from './dto/chat.dto';
import { ChatSessionsService } from './sessions/chat-sessions.service';
import { ChatWorkService } from './sessions/chat-work.service';

/** Anonymous chats: started after a served postcode check, then identified by the chat token header. */
@ApiTags('chat')
@Public()
@Controller('chat/anonymous')
export class ChatAnonymousController {
  constructor(
    private readonly sessions: ChatSessionsService,
    private readonly work: ChatWorkService,
  ) {}

  @Throttle({ default: { ttl: 60_000, limit: 10 } })
  @Post()
  @HttpCode(201)
  start(@Body() body: StartAnonymousChatDto): Promise<StartAnonymousChatResponse> {
    return this.sessions.startAnonymous(body);
  }

  @ApiHeader({ name: CHAT_TOKEN_HEADER, required: true })
  @Get('session')
  async session(@Headers(CHAT_TOKEN_HEADER) token: string | undefined): Promise<ChatSessionView> {
    return this.sessions.view(await this.sessions.sessionForToken(token));
  }

  /** What the visitor types while waiting: the worker sees it in the queue. */
  @ApiHeader({ name: CHAT_TOKEN_HEADER, required: true })
  @Put('topic')
  async topic(@Headers(CHAT_TOKEN_HEADER) token: string | undefined, @Body() body: ChatTopicDto): Promise<ChatSessionView> {
    return this.sessions.setTopic(await this.sessions.sessionForToken(token), body.topic);
  }

  @ApiHeader({ name: CHAT_TOKEN_HEADER, required: true })
  @Post('end')
  @HttpCode(200)
  async end(@Headers(CHAT_TOKEN_HEADER) token: string | undefined): Promise<ChatSessionView> {
    return this.work.end(await this.sessions.sessionForToken(token), 'client');
  }

  @ApiHeader({ name: CHAT_TOKEN_HEADER, required: true })
  @Post('evaluation')
  @HttpCode(204)
  async evaluate(@Headers(CHAT_TOKEN_HEADER) token: string | undefined, @Body() body: ChatEvaluationDto): Promise<void> {
    await this.sessions.evaluate(await this.sessions.sessionForToken(token), body);
  }
}
