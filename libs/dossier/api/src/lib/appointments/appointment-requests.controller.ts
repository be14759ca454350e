import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { AppointmentRequestCount, OpenAppointmentRequest } from '@nabij/dossier/contracts';
import { AuthUser, CurrentUser, ReqMeta, RequestMeta, Roles } from '@nabij/platform/api';
import { AppointmentChangesService } from './appointment-changes.service';

/**
 * The worker's requests to move an appointment that wait for a new time, over all their cases: a
 * number for the menu and the list (answered on the case page). Only the caller's own open cases in
 * their organisation count; team leads never see these.
 */
@ApiTags('dossier')
@ApiBearerAuth()
@Roles('worker')
@Controller('dossier/appointment-requests')
export class AppointmentRequestsController {
  constructor(private readonly changes: AppointmentChangesService) {}

  @Get()
  list(@CurrentUser() user: AuthUser, @ReqMeta() meta: RequestMeta): Promise<OpenAppointmentRequest[]> {
    return this.changes.openRequests(user, meta);
  }

  @Get('count')
  async count(@CurrentUser() user: AuthUser): Promise<AppointmentRequestCount> {
    return { open: await this.changes.openRequestCount(user) };
  }
}
