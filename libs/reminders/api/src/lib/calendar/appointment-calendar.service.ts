import { Injectable } from '@nestjs/common';
import { AppointmentLookupService } from '@nabij/dossier/api';
import { AppConfig, AuditService, AuthUser, Clock, RequestMeta } from '@nabij/platform/api';
import { appointmentIcs } from './appointment-ics';

@Injectable()
export class AppointmentCalendarService {
  constructor(
    private readonly appointments: AppointmentLookupService,
    private readonly audit: AuditService,
    private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {}

  /** The .ics of an appointment on the caller's case (the dossier's rule: anyone else 404). */
  async ics(user: AuthUser, appointmentId: string, meta: RequestMeta): Promise<string> {
    const a = await this.appointments.appointmentFor(user, appointmentId);
    // A worker reading a client's appointment is in the client's access log.
    if (user.role === 'worker')
      await this.audit.record({
        actor: user,
        action: 'read',
        resourceType: 'appointment_calendar',
        resourceId: a.caseId,
        clientId: a.clientId,
        ...meta,
      });
    return appointmentIcs(a, this.clock.now(), this.config.publicUrl);
  }
}
