import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { AuthUser, CurrentUser, ReqMeta, RequestMeta, Roles } from '@nabij/platform/api';
import type { ParticipantOverview, SubmissionView, TrainerSubmissionView, TrainerTask } from '@nabij/trainings/contracts';
import { FeedbackDto } from './dto/training.dto';
import { LearningService } from './learning.service';
import { TrainerService } from './trainer.service';

@ApiTags('trainings')
@ApiBearerAuth()
@Controller()
export class TrainerController {
  constructor(
    private readonly trainer: TrainerService,
    private readonly learning: LearningService,
  ) {}

  /** Homework waiting for my feedback, the longest waiting first. */
  @Roles('worker')
  @Get('trainer/training-tasks')
  tasks(@CurrentUser() user: AuthUser): Promise<TrainerTask[]> {
    return this.trainer.tasks(user);
  }

  /** My participants with their last activity and who has stalled. */
  @Roles('worker')
  @Get('trainer/training-participants')
  participants(@CurrentUser() user: AuthUser): Promise<ParticipantOverview[]> {
    return this.trainer.participants(user);
  }

  /** The client reads their own homework; the worker their participant's (logged). */
  @Roles('client', 'worker')
  @Get('training-submissions/:submissionId')
  read(
    @CurrentUser() user: AuthUser,
    @Param('submissionId', ParseUUIDPipe) submissionId: string,
    @ReqMeta() meta: RequestMeta,
  ): Promise<SubmissionView | TrainerSubmissionView> {
    return user.role === 'client' ? this.learning.submission(user, submissionId) : this.trainer.submission(user, submissionId, meta);
  }

  @Roles('worker')
  @Post('training-submissions/:submissionId/feedback')
  @HttpCode(200)
  feedback(
    @CurrentUser() user: AuthUser,
    @Param('submissionId', ParseUUIDPipe) submissionId: string,
    @Body() body: FeedbackDto,
    @ReqMeta() meta: RequestMeta,
  ): Promise<SubmissionView> {
    return this.trainer.giveFeedback(user, submissionId, body, meta);
  }

  @Roles('worker')
  @Post('training-submissions/:submissionId/return')
  @HttpCode(200)
  returnForWork(
    @CurrentUser() user: AuthUser,
    @Param('submissionId', ParseUUIDPipe) submissionId: string,
    @Body() body: FeedbackDto,
    @ReqMeta() meta: RequestMeta,
  ): Promise<SubmissionView> {
    return this.trainer.returnForWork(user, submissionId, body, meta);
  }
}
