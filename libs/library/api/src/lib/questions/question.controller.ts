import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Throttle } from '@nestjs/throttler';
import type { PostcodeCheckResponse } from '@nabij/intake/contracts';
import type { AskedQuestion, CaseQuestion, OpenQuestionCount, QuestionThread, QueuedQuestion } from '@nabij/library/contracts';
import { AuthUser, CurrentUser, Public, ReqMeta, RequestMeta, Roles } from '@nabij/platform/api';
import { AnswerQuestionDto, AskQuestionDto, ReadQuestionDto } from '../dto/library.dto';
import { QuestionService } from './question.service';

/**
 * The anonymous first question: public to ask (5 an hour per address) and to read back with the
 * private link's token (POST, so the token is in no URL or log); workers answer their organisation's.
 * Team leads and admins never see the content.
 */
@ApiTags('library')
@Controller('library/questions')
export class QuestionController {
  constructor(private readonly questions: QuestionService) {}

  @Public()
  @Throttle({ default: { ttl: 3_600_000, limit: 5 } })
  @Post()
  ask(@Body() body: AskQuestionDto): Promise<AskedQuestion> {
    return this.questions.ask(body);
  }

  @Public()
  @Throttle({ default: { ttl: 60_000, limit: 20 } })
  @Post('read')
  @HttpCode(200)
  read(@Body() body: ReadQuestionDto): Promise<QuestionThread> {
    return this.questions.read(body.token);
  }

  /** A number only (no content, nothing to log): the open questions of the worker's organisation, for the menu badge. */
  @Roles('worker')
  @Get('count')
  count(@CurrentUser() user: AuthUser): Promise<OpenQuestionCount> {
    return this.questions.openCount(user);
  }

  @Roles('worker')
  @Get()
  queue(@CurrentUser() user: AuthUser, @ReqMeta() meta: RequestMeta): Promise<QueuedQuestion[]> {
    return this.questions.queue(user, meta);
  }

  /** The case's worker: the anonymous question its client asked before registering through the invitation. */
  @Roles('worker')
  @Get('cases/:caseId')
  ofCase(
    @CurrentUser() user: AuthUser,
    @Param('caseId', ParseUUIDPipe) caseId: string,
    @ReqMeta() meta: RequestMeta,
  ): Promise<CaseQuestion[]> {
    return this.questions.ofCase(user, caseId, meta);
  }

  /** The asker invited to register: a fresh postcode check (intake's) to continue on the registration form with. */
  @Public()
  @Throttle({ default: { ttl: 60_000, limit: 10 } })
  @Post('registration-check')
  @HttpCode(200)
  registrationCheck(@Body() body: ReadQuestionDto): Promise<PostcodeCheckResponse> {
    return this.questions.registrationCheck(body.token);
  }

  @Roles('worker')
  @Post(':id/invite')
  @HttpCode(200)
  invite(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string, @ReqMeta() meta: RequestMeta): Promise<QueuedQuestion> {
    return this.questions.invite(user, id, meta);
  }

  @Roles('worker')
  @Post(':id/answer')
  @HttpCode(200)
  answer(
    @CurrentUser() user: AuthUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: AnswerQuestionDto,
    @ReqMeta() meta: RequestMeta,
  ): Promise<QueuedQuestion> {
    return this.questions.answer(user, id, body, meta);
  }
}
