import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { ActivationLetter } from '@nabij/intake/contracts';
import type { CallAttemptView, CallEntryDetail, FinishedCall, MyCalls, TaskCase, TaskReferral } from '@nabij/outreach/contracts';
import { AuthUser, CurrentUser, ReqMeta, RequestMeta, Roles } from '@nabij/platform/api';
import { CreateTaskCaseDto, CreateTaskReferralDto, FinishCallDto } from '../dto/call-list.dto';
import { CallsService } from './calls.service';

/** The worker's "Bellijst": only the worker a family is assigned to; team leads and admins get 403. */
@ApiTags('outreach')
@ApiBearerAuth()
@Controller('outreach')
export class CallsController {
  constructor(private readonly calls: CallsService) {}

  @Roles('worker')
  @Get('calls')
  mine(@CurrentUser() user: AuthUser, @ReqMeta() meta: RequestMeta): Promise<MyCalls> {
    return this.calls.mine(user, meta);
  }

  @Roles('worker')
  @Get('entries/:entryId')
  entry(
    @CurrentUser() user: AuthUser,
    @Param('entryId', ParseUUIDPipe) entryId: string,
    @ReqMeta() meta: RequestMeta,
  ): Promise<CallEntryDetail> {
    return this.calls.entry(user, entryId, meta);
  }

  @Roles('worker')
  @Post('entries/:entryId/calls')
  start(
    @CurrentUser() user: AuthUser,
    @Param('entryId', ParseUUIDPipe) entryId: string,
    @ReqMeta() meta: RequestMeta,
  ): Promise<CallAttemptView> {
    return this.calls.start(user, entryId, meta);
  }

  @Roles('worker')
  @Post('calls/:attemptId/finish')
  @HttpCode(200)
  finish(
    @CurrentUser() user: AuthUser,
    @Param('attemptId', ParseUUIDPipe) attemptId: string,
    @Body() body: FinishCallDto,
    @ReqMeta() meta: RequestMeta,
  ): Promise<FinishedCall> {
    return this.calls.finish(user, attemptId, body, meta);
  }

  /** "Verwijs door": a proposed referral on the client's case from a follow-up the family agreed to; made once. */
  @Roles('worker')
  @Post('tasks/:taskId/referral')
  refer(
    @CurrentUser() user: AuthUser,
    @Param('taskId', ParseUUIDPipe) taskId: string,
    @Body() body: CreateTaskReferralDto,
    @ReqMeta() meta: RequestMeta,
  ): Promise<TaskReferral> {
    return this.calls.refer(user, taskId, body, meta);
  }

  /**
   * "Maak een dossier": for a family without a Nabij account that agreed in the call, a client account
   * with a login name and a printed code, and a case for this worker; made once (a retry answers the case, no letter).
   */
  @Roles('worker')
  @Post('tasks/:taskId/case')
  makeCase(
    @CurrentUser() user: AuthUser,
    @Param('taskId', ParseUUIDPipe) taskId: string,
    @Body() body: CreateTaskCaseDto,
    @ReqMeta() meta: RequestMeta,
  ): Promise<TaskCase<ActivationLetter>> {
    return this.calls.makeCase(user, taskId, body, meta);
  }

  @Roles('worker')
  @Post('tasks/:taskId/done')
  @HttpCode(204)
  taskDone(@CurrentUser() user: AuthUser, @Param('taskId', ParseUUIDPipe) taskId: string, @ReqMeta() meta: RequestMeta): Promise<void> {
    return this.calls.finishTask(user, taskId, meta);
  }
}
