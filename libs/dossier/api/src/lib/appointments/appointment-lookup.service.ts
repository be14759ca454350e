import { Injectable, NotFoundException } from '@nestjs/common';
import type { AppointmentKind, AppointmentStatus } from '@nabij/dossier/contracts';
import type { AuthUser } from '@nabij/platform/api';
import { isUuid, mayAccessCase } from '../case-access.service';
import { AppointmentLookupRepository } from './appointment-lookup.repository';

/** An appointment with the people of its case, for another domain that works with appointments (video). */
export interface AppointmentWithCase {
  appointmentId: string;
  caseId: string;
  kind: AppointmentKind;
  startsAt: Date;
  durationMinutes: number;
  status: AppointmentStatus;
  organisationId: string;
  clientId: string;
  assignedWorkerId: string | null;
  usesOnlineDossier: boolean;
  caseClosed: boolean;
  clientName: string | null;
  workerName: string | null;
}

/**
 * Reads appointments for other domains under the dossier's own access rule (the case's client, when
 * the case shares the online dossier, and its assigned worker of the same organisation): anyone else
 * gets 404, so an id never reveals that an appointment exists. The dossier owns both tables.
 */
@Injectable()
export class AppointmentLookupService {
  constructor(private readonly repository: AppointmentLookupRepository) {}

  async appointmentFor(user: AuthUser, appointmentId: string): Promise<AppointmentWithCase> {
    const found = isUuid(appointmentId) ? await this.repository.withCase(appointmentId) : null;
    if (found && mayAccessCase(user, { ...found, id: found.caseId })) return found;
    throw new NotFoundException('This appointment does not exist or is not yours.');
  }

  /**
   * The appointment with its case for someone without an account whom the calling domain has
   * already admitted by its own rule (video: a guest link the case's worker made for this
   * appointment); null when it does not exist. The caller checks that the link still fits the case.
   */
  forLink(appointmentId: string): Promise<AppointmentWithCase | null> {
    return isUuid(appointmentId) ? this.repository.withCase(appointmentId) : Promise.resolve(null);
  }

  /**
   * Every organisation's planned appointments of this kind starting in [from, until] on open cases
   * whose client shares the online dossier: for a scheduled job (video's notice ahead of a call).
   */
  plannedForNotice(kind: AppointmentKind, from: Date, until: Date): Promise<AppointmentWithCase[]> {
    return this.repository.plannedForNotice(kind, from, until);
  }

  /** The user's planned appointments of this kind that start in [from, until), on open cases. */
  planned(user: AuthUser, kind: AppointmentKind, from: Date, until: Date): Promise<AppointmentWithCase[]> {
    if (user.role === 'client') return this.repository.planned({ clientId: user.id }, kind, from, until);
    if (user.role === 'worker' && user.organisationId)
      return this.repository.planned({ workerId: user.id, organisationId: user.organisationId }, kind, from, until);
    return Promise.resolve([]);
  }
}
