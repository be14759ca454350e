import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { AuthUser, CurrentUser, ReqMeta, RequestMeta, Roles } from '@nabij/platform/api';
import type { EnrolmentView, ModuleView, ProgressView, SelfTestResult, SubmissionView } from '@nabij/trainings/contracts';
import { ReaderLangQueryDto } from './dto/module-translation.dto';
import { HomeworkDto, ReminderSettingsDto, SelfTestAnswersDto } from './dto/training.dto';
import { EnrolmentsService } from './enrolments.service';
import { LearningService } from './learning.service';

@ApiTags('trainings')
@ApiBearerAuth()
@Controller('training-enrolments')
export class LearningController {
  constructor(
    private readonly enrolments: EnrolmentsService,
    private readonly learning: LearningService,
  ) {}

  @Roles('client')
  @Get('mine')
  mine(@CurrentUser() user: AuthUser): Promise<EnrolmentView[]> {
    return this.enrolments.mine(user);
  }

  /** Modules done, what waits for feedback, the goals and the next step. */
  @Roles('client', 'worker')
  @Get(':enrolmentId/progress')
  progress(@CurrentUser() user: AuthUser, @Param('enrolmentId', ParseUUIDPipe) enrolmentId: string): Promise<ProgressView> {
    return this.enrolments.progressOf(user, enrolmentId);
  }

  @Roles('client')
  @Put(':enrolmentId/reminders')
  reminders(
    @CurrentUser() user: AuthUser,
    @Param('enrolmentId', ParseUUIDPipe) enrolmentId: string,
    @Body() body: ReminderSettingsDto,
  ): Promise<EnrolmentView> {
    return this.enrolments.setReminders(user, enrolmentId, body);
  }

  @Roles('client')
  @Get(':enrolmentId/modules/:moduleId')
  module(
    @CurrentUser() user: AuthUser,
    @Param('enrolmentId', ParseUUIDPipe) enrolmentId: string,
    @Param('moduleId', ParseUUIDPipe) moduleId: string,
    @Query() query: ReaderLangQueryDto,
  ): Promise<ModuleView> {
    return this.learning.readModule(user, enrolmentId, moduleId, query.lang ?? 'nl');
  }

  @Roles('client')
  @Post(':enrolmentId/steps/:stepId/done')
  @HttpCode(200)
  done(
    @CurrentUser() user: AuthUser,
    @Param('enrolmentId', ParseUUIDPipe) enrolmentId: string,
    @Param('stepId', ParseUUIDPipe) stepId: string,
  ) {
    return this.learning.completeStep(user, enrolmentId, stepId);
  }

  @Roles('client')
  @Post(':enrolmentId/steps/:stepId/self-test')
  @HttpCode(200)
  selfTest(
    @CurrentUser() user: AuthUser,
    @Param('enrolmentId', ParseUUIDPipe) enrolmentId: string,
    @Param('stepId', ParseUUIDPipe) stepId: string,
    @Body() body: SelfTestAnswersDto,
    @Query() query: ReaderLangQueryDto,
  ): Promise<SelfTestResult> {
    return this.learning.takeSelfTest(user, enrolmentId, stepId, body, query.lang ?? 'nl');
  }

  /** Hand in homework, or improve it until the trainer has given feedback. */
  @Roles('client')
  @Put(':enrolmentId/steps/:stepId/homework')
  homework(
    @CurrentUser() user: AuthUser,
    @Param('enrolmentId', ParseUUIDPipe) enrolmentId: string,
    @Param('stepId', ParseUUIDPipe) stepId: string,
    @Body() body: HomeworkDto,
    @ReqMeta() meta: RequestMeta,
  ): Promise<SubmissionView> {
    return this.learning.submitHomework(user, enrolmentId, stepId, body, meta);
  }
}
