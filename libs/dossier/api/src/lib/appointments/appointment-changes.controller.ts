import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { Appointment } from '@nabij/dossier/contracts';
import { AuthUser, CurrentUser, ReqMeta, RequestMeta, Roles } from '@nabij/platform/api';
import { AppointmentChangeDto, AppointmentMoveDto } from '../dto/appointment-changes.dto';
import { AppointmentChangesService } from './appointment-changes.service';

/** The client cancels or asks to move an appointment of their case; its worker moves it. */
@ApiTags('dossier')
@ApiBearerAuth()
@Controller('dossier/cases/:caseId/appointments/:appointmentId')
export class AppointmentChangesController {
  constructor(private readonly changes: AppointmentChangesService) {}

  @Roles('client')
  @Post('cancel')
  @HttpCode(200)
  cancel(
    @CurrentUser() user: AuthUser,
    @Param('caseId') caseId: string,
    @Param('appointmentId') appointmentId: string,
    @Body() body: AppointmentChangeDto,
    @ReqMeta() meta: RequestMeta,
  ): Promise<Appointment> {
    return this.changes.cancel(user, caseId, appointmentId, body.reason, meta);
  }

  @Roles('client')
  @Post('move-request')
  askToMove(
    @CurrentUser() user: AuthUser,
    @Param('caseId') caseId: string,
    @Param('appointmentId') appointmentId: string,
    @Body() body: AppointmentChangeDto,
    @ReqMeta() meta: RequestMeta,
  ): Promise<Appointment> {
    return this.changes.askToMove(user, caseId, appointmentId, body.reason, meta);
  }

  @Roles('worker')
  @Post('move')
  @HttpCode(200)
  move(
    @CurrentUser() user: AuthUser,
    @Param('caseId') caseId: string,
    @Param('appointmentId') appointmentId: string,
    @Body() body: AppointmentMoveDto,
    @ReqMeta() meta: RequestMeta,
  ): Promise<Appointment> {
    return this.changes.move(user, caseId, appointmentId, body.startsAt, meta);
  }
}
