import { Injectable, NotFoundException } from '@nestjs/common';
import { AccountDirectoryService } from '@nabij/identity/api';
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
  constructor(
    private readonly repository: AppointmentLookupRepository,
    private readonly accounts: AccountDirectoryService,
  ) {}

  async appointmentFor(user: AuthUser, appointmentId: string): Promise<AppointmentWithCase> {
    const found = isUuid(appointmentId) ? await this.repository.withCase(appointmentId) : null;
    if (found && mayAccessCase(user, { ...found, id: found.caseId })) return (await this.named([found]))[0];
    throw new NotFoundException({ message: 'This appointment does not exist or is not yours.', code: 'dossier.appointment_not_exist_2' });
  }

  /**
   * The appointment with its case for someone without an account whom the calling domain has
   * already admitted by its own rule (video: a guest link the case's worker made for this
   * appointment); null when it does not exist. The caller checks that the link still fits the case.
   */
  async forLink(appointmentId: string): Promise<AppointmentWithCase | null> {
    const found = isUuid(appointmentId) ? await this.repository.withCase(appointmentId) : null;
    return found ? (await this.named([found]))[0] : null;
  }

  /**
   * Every appointment (any status) on the client's cases: for the client's own "download my data"
   * (video lists its calls by them). No access rule: the caller asks for the logged-in client.
   */
  async ofClient(clientId: string): Promise<AppointmentWithCase[]> {
    return this.named(await this.repository.ofClient(clientId));
  }

  /**
   * Every organisation's planned appointments of this kind starting in [from, until] on open cases
   * whose client shares the online dossier: for a scheduled job (video's notice ahead of a call).
   */
  async plannedForNotice(kind: AppointmentKind, from: Date, until: Date): Promise<AppointmentWithCase[]> {
    return this.named(await this.repository.plannedForNotice(kind, from, until));
  }

  /** The user's planned appointments of this kind that start in [from, until), on open cases. */
  async planned(user: AuthUser, kind: AppointmentKind, from: Date, until: Date): Promise<AppointmentWithCase[]> {
    if (user.role === 'client') return this.named(await this.repository.planned({ clientId: user.id }, kind, from, until));
    if (user.role === 'worker' && user.organisationId)
      return this.named(await this.repository.planned({ workerId: user.id, organisationId: user.organisationId }, kind, from, until));
    return [];
  }

  /**
   * Ids of the organisation's planned appointments that start after `from` on open cases shared
   * online: for reminders, when an organisation switches them on. No access rule: a scheduled job.
   */
  plannedIdsOf(organisationId: string, from: Date): Promise<string[]> {
    return this.repository.plannedIdsOf(organisationId, from);
  }

  /**
   * Counts only (no client, no content): per Amsterdam month of the start, the organisation's
   * appointments marked attended and no-show in [from, until). The caller checks the reader may see
   * the organisation's figures.
   */
  outcomesPerMonth(organisationId: string, from: Date, until: Date): Promise<Array<{ month: string; attended: number; noShow: number }>> {
    return this.repository.outcomesPerMonth(organisationId, from, until);
  }

  /** The client's and worker's names from identity's directory (one look-up for all). */
  private async named(found: AppointmentWithCase[]): Promise<AppointmentWithCase[]> {
    const names = await this.accounts.namesByIds(found.flatMap((a) => [a.clientId, a.assignedWorkerId]));
    return found.map((a) => ({
      ...a,
      clientName: names.get(a.clientId) ?? null,
      workerName: a.assignedWorkerId ? (names.get(a.assignedWorkerId) ?? null) : null,
    }));
  }
}
