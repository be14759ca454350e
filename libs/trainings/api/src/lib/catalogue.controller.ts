import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { AuthUser, CurrentUser, ReqMeta, RequestMeta, Roles } from '@nabij/platform/api';
import type { CatalogueTraining, EnrolmentView, TrainingOutline } from '@nabij/trainings/contracts';
import { CatalogueService } from './catalogue.service';
import { EnrolDto } from './dto/training.dto';
import { EnrolmentsService } from './enrolments.service';

@ApiTags('trainings')
@ApiBearerAuth()
@Controller('trainings')
export class CatalogueController {
  constructor(
    private readonly catalogue: CatalogueService,
    private readonly enrolments: EnrolmentsService,
  ) {}

  @Roles('client', 'worker', 'team_lead', 'admin')
  @Get()
  list(@CurrentUser() user: AuthUser): Promise<CatalogueTraining[]> {
    return this.catalogue.list(user);
  }

  @Roles('client', 'worker', 'team_lead', 'admin')
  @Get(':trainingId')
  outline(@CurrentUser() user: AuthUser, @Param('trainingId', ParseUUIDPipe) trainingId: string): Promise<TrainingOutline> {
    return this.catalogue.outline(user, trainingId);
  }

  /** A client enrols themself; a worker enrols a client of their caseload (clientId). */
  @Roles('client', 'worker')
  @Post(':trainingId/enrolments')
  @HttpCode(201)
  enrol(
    @CurrentUser() user: AuthUser,
    @Param('trainingId', ParseUUIDPipe) trainingId: string,
    @Body() body: EnrolDto,
    @ReqMeta() meta: RequestMeta,
  ): Promise<EnrolmentView> {
    return this.enrolments.enrol(user, trainingId, body, meta);
  }
}
