import { Body, Controller, Delete, HttpCode, Param, Patch, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { Appointment, ClientAction, ConversationReport, Goal, ReportReaction } from '@nabij/dossier/contracts';
import { AuthUser, CurrentUser, ReqMeta, RequestMeta, Roles } from '@nabij/platform/api';
import { DossierItemsService } from './dossier-items.service';
import {
  AppointmentDto,
  ClientActionDto,
  GoalDto,
  ReactionDto,
  ReportDto,
  UpdateAppointmentDto,
  UpdateGoalDto,
  UpdateReportDto,
} from './dto/dossier-items.dto';

/** Writing into a case's dossier; who may write what is decided per route and per case. */
@ApiTags('dossier')
@ApiBearerAuth()
@Controller('dossier/cases/:caseId')
export class DossierItemsController {
  constructor(private readonly items: DossierItemsService) {}

  @Roles('worker', 'client')
  @Post('goals')
  addGoal(
    @CurrentUser() user: AuthUser,
    @Param('caseId') caseId: string,
    @Body() body: GoalDto,
    @ReqMeta() meta: RequestMeta,
  ): Promise<Goal> {
    return this.items.addGoal(user, caseId, body, meta);
  }

  @Roles('worker', 'client')
  @Patch('goals/:goalId')
  updateGoal(
    @CurrentUser() user: AuthUser,
    @Param('caseId') caseId: string,
    @Param('goalId') goalId: string,
    @Body() body: UpdateGoalDto,
    @ReqMeta() meta: RequestMeta,
  ): Promise<Goal> {
    return this.items.updateGoal(user, caseId, goalId, body, meta);
  }

  @Roles('worker', 'client')
  @Delete('goals/:goalId')
  @HttpCode(204)
  removeGoal(
    @CurrentUser() user: AuthUser,
    @Param('caseId') caseId: string,
    @Param('goalId') goalId: string,
    @ReqMeta() meta: RequestMeta,
  ): Promise<void> {
    return this.items.removeGoal(user, caseId, goalId, meta);
  }

  @Roles('worker')
  @Post('reports')
  addReport(
    @CurrentUser() user: AuthUser,
    @Param('caseId') caseId: string,
    @Body() body: ReportDto,
    @ReqMeta() meta: RequestMeta,
  ): Promise<ConversationReport> {
    return this.items.addReport(user, caseId, body, meta);
  }

  @Roles('worker')
  @Patch('reports/:reportId')
  updateReport(
    @CurrentUser() user: AuthUser,
    @Param('caseId') caseId: string,
    @Param('reportId') reportId: string,
    @Body() body: UpdateReportDto,
    @ReqMeta() meta: RequestMeta,
  ): Promise<ConversationReport> {
    return this.items.updateReport(user, caseId, reportId, body, meta);
  }

  @Roles('worker')
  @Post('reports/:reportId/publish')
  @HttpCode(200)
  publishReport(
    @CurrentUser() user: AuthUser,
    @Param('caseId') caseId: string,
    @Param('reportId') reportId: string,
    @ReqMeta() meta: RequestMeta,
  ): Promise<ConversationReport> {
    return this.items.publishReport(user, caseId, reportId, meta);
  }

  @Roles('client')
  @Post('reports/:reportId/reactions')
  addReaction(
    @CurrentUser() user: AuthUser,
    @Param('caseId') caseId: string,
    @Param('reportId') reportId: string,
    @Body() body: ReactionDto,
    @ReqMeta() meta: RequestMeta,
  ): Promise<ReportReaction> {
    return this.items.addReaction(user, caseId, reportId, body, meta);
  }

  @Roles('worker')
  @Post('appointments')
  addAppointment(
    @CurrentUser() user: AuthUser,
    @Param('caseId') caseId: string,
    @Body() body: AppointmentDto,
    @ReqMeta() meta: RequestMeta,
  ): Promise<Appointment> {
    return this.items.addAppointment(user, caseId, body, meta);
  }

  @Roles('worker')
  @Patch('appointments/:appointmentId')
  updateAppointment(
    @CurrentUser() user: AuthUser,
    @Param('caseId') caseId: string,
    @Param('appointmentId') appointmentId: string,
    @Body() body: UpdateAppointmentDto,
    @ReqMeta() meta: RequestMeta,
  ): Promise<Appointment> {
    return this.items.updateAppointment(user, caseId, appointmentId, body, meta);
  }

  @Roles('client')
  @Post('actions')
  addAction(
    @CurrentUser() user: AuthUser,
    @Param('caseId') caseId: string,
    @Body() body: ClientActionDto,
    @ReqMeta() meta: RequestMeta,
  ): Promise<ClientAction> {
    return this.items.addAction(user, caseId, body, meta);
  }

  @Roles('worker')
  @Post('actions/:actionId/done')
  @HttpCode(200)
  completeAction(
    @CurrentUser() user: AuthUser,
    @Param('caseId') caseId: string,
    @Param('actionId') actionId: string,
    @ReqMeta() meta: RequestMeta,
  ): Promise<ClientAction> {
    return this.items.completeAction(user, caseId, actionId, meta);
  }
}
