import { Controller, Get, Header, Param } from '@nestjs/common';
import { ApiBearerAuth, ApiProduces, ApiTags } from '@nestjs/swagger';
import { AuthUser, CurrentUser, ReqMeta, RequestMeta, Roles } from '@nabij/platform/api';
import { AppointmentCalendarService } from './appointment-calendar.service';

/** A calendar file (.ics) per appointment, for the case's client and worker. */
@ApiTags('reminders')
@ApiBearerAuth()
@Controller('reminders/appointments')
export class AppointmentCalendarController {
  constructor(private readonly calendar: AppointmentCalendarService) {}

  @Roles('client', 'worker')
  @Get(':appointmentId/calendar.ics')
  @ApiProduces('text/calendar')
  @Header('Content-Type', 'text/calendar; charset=utf-8')
  @Header('Content-Disposition', 'attachment; filename="afspraak-nabij.ics"')
  @Header('Cache-Control', 'no-store')
  ics(@CurrentUser() user: AuthUser, @Param('appointmentId') appointmentId: string, @ReqMeta() meta: RequestMeta): Promise<string> {
    return this.calendar.ics(user, appointmentId, meta);
  }
}
