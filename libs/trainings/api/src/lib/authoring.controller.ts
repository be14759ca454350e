import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { AuthUser, CurrentUser, ReqMeta, RequestMeta, Roles } from '@nabij/platform/api';
import type { AuthoringTraining } from '@nabij/trainings/contracts';
import { AuthoringService } from './authoring.service';
import { ModuleDto, StepDto, TrainingDto, UpdateModuleDto, UpdateStepDto, UpdateTrainingDto } from './dto/training.dto';

/** The content editor: admins edit all trainings, a worker the ones they train. */
@ApiTags('trainings (editor)')
@ApiBearerAuth()
@Roles('admin', 'worker')
@Controller()
export class AuthoringController {
  constructor(private readonly authoring: AuthoringService) {}

  @Post('trainings')
  @HttpCode(201)
  create(@CurrentUser() user: AuthUser, @Body() body: TrainingDto, @ReqMeta() meta: RequestMeta): Promise<AuthoringTraining> {
    return this.authoring.createTraining(user, body, meta);
  }

  @Get('trainings/:trainingId/content')
  content(@CurrentUser() user: AuthUser, @Param('trainingId', ParseUUIDPipe) trainingId: string): Promise<AuthoringTraining> {
    return this.authoring.full(user, trainingId);
  }

  @Patch('trainings/:trainingId')
  update(
    @CurrentUser() user: AuthUser,
    @Param('trainingId', ParseUUIDPipe) trainingId: string,
    @Body() body: UpdateTrainingDto,
  ): Promise<AuthoringTraining> {
    return this.authoring.updateTraining(user, trainingId, body);
  }

  @Post('trainings/:trainingId/modules')
  @HttpCode(201)
  addModule(
    @CurrentUser() user: AuthUser,
    @Param('trainingId', ParseUUIDPipe) trainingId: string,
    @Body() body: ModuleDto,
  ): Promise<AuthoringTraining> {
    return this.authoring.addModule(user, trainingId, body);
  }

  @Patch('training-modules/:moduleId')
  updateModule(
    @CurrentUser() user: AuthUser,
    @Param('moduleId', ParseUUIDPipe) moduleId: string,
    @Body() body: UpdateModuleDto,
  ): Promise<AuthoringTraining> {
    return this.authoring.updateModule(user, moduleId, body);
  }

  @Post('training-modules/:moduleId/steps')
  @HttpCode(201)
  addStep(
    @CurrentUser() user: AuthUser,
    @Param('moduleId', ParseUUIDPipe) moduleId: string,
    @Body() body: StepDto,
  ): Promise<AuthoringTraining> {
    return this.authoring.addStep(user, moduleId, body);
  }

  @Patch('training-steps/:stepId')
  updateStep(
    @CurrentUser() user: AuthUser,
    @Param('stepId', ParseUUIDPipe) stepId: string,
    @Body() body: UpdateStepDto,
  ): Promise<AuthoringTraining> {
    return this.authoring.updateStep(user, stepId, body);
  }
}
