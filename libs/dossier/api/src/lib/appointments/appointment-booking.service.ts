import { Injectable } from '@nestjs/common';
import { AccountDirectoryService } from '@nabij/identity/api';
import type { AppointmentKind } from '@nabij/dossier/contracts';
import { AuditService, AuthUser, JobsService } from '@nabij/platform/api';
import { APPOINTMENT_CHANGED, AppointmentChanged } from '@nabij/reminders/contracts';
import { DataSource, EntityManager } from 'typeorm';
import { AppointmentBookingRepository } from './appointment-booking.repository';

/** A client's case another domain may book an appointment on: open, shared online, with a worker. */
export interface BookableCase {
  caseId: string;
  clientId: string;
  organisationId: string;
  workerId: string;
  workerName: string | null;
}

export interface BusyPeriod {
  start: Date;
  end: Date;
}

export interface BookedAppointment {
  id: string;
  caseId: string;
  startsAt: Date;
  durationMinutes: number;
}

export interface NewAppointment {
  caseId: string;
  clientId: string;
  kind: AppointmentKind;
  startsAt: Date;
  durationMinutes: number;
  /** Who books: the creator of the appointment and the actor in the audit log. */
  actor: AuthUser;
  /** Why, for the audit log (e.g. "chat appointment booked by the client"). */
  reason: string;
  now: Date;
}

/** A worker's planned appointments over all their cases, as far as booking needs to know. */
export interface WorkerDiary {
  /** Planned appointments of the worker that overlap [from, until). */
  busy(from: Date, until: Date): Promise<BusyPeriod[]>;
  /** The first planned appointment of this kind on the case that starts after `after`. */
  upcoming(caseId: string, kind: AppointmentKind, after: Date): Promise<BookedAppointment | null>;
}

/** The diary while the worker's booking lock is held: what it shows stays true until `book`. */
export interface LockedWorkerDiary extends WorkerDiary {
  book(appointment: NewAppointment): Promise<BookedAppointment>;
}

/**
 * Appointments other domains book into the dossier (chat books a chat appointment). The dossier
 * owns the `appointment` and `care_case` tables; the booking rules of the caller (which slots are
 * offered) stay with the caller, which gets the worker's diary to apply them to.
 */
@Injectable()
export class AppointmentBookingService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly repository: AppointmentBookingRepository,
    private readonly audit: AuditService,
    private readonly accounts: AccountDirectoryService,
    private readonly jobs: JobsService,
  ) {}

  /** The client's newest open case that shares the online dossier and has a worker, or null. */
  async bookableCase(clientId: string): Promise<BookableCase | null> {
    const found = await this.repository.bookableCase(clientId);
    if (!found) return null;
    // The worker's name is identity's (AccountDirectoryService).
    return { ...found, workerName: (await this.accounts.namesByIds([found.workerId])).get(found.workerId) ?? null };
  }

  /**
   * The case when `worker` may book on it for its client: open, shared online (so the client sees
   * the appointment) and assigned to this worker in their organisation; else null.
   */
  async caseBookableBy(worker: AuthUser, caseId: string): Promise<BookableCase | null> {
    const found = await this.repository.caseOfWorker(caseId, worker.id);
    if (!found || found.organisationId !== worker.organisationId) return null;
    return { ...found, workerName: (await this.accounts.namesByIds([found.workerId])).get(found.workerId) ?? null };
  }

  /** The worker's diary for reading, e.g. to offer free slots; nothing is held. */
  diary(workerId: string): WorkerDiary {
    return new SqlWorkerDiary(this.repository, this.dataSource.manager, workerId, this.audit, this.jobs);
  }

  /**
   * Runs `work` in one transaction holding a per-worker advisory lock, so two bookings with the
   * same worker at once cannot both take the same time: the second sees the first one's booking.
   * `work` gets the transaction too, so the caller's own rows (e.g. chat's link to the booking) are
   * written with the booking or not at all.
   */
  withLockedDiary<T>(workerId: string, work: (diary: LockedWorkerDiary, db: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(async (db) => {
      await this.repository.lockWorker(db, workerId);
      return work(new SqlWorkerDiary(this.repository, db, workerId, this.audit, this.jobs), db);
    });
  }
}

/** The worker's diary on one EntityManager (the locked transaction, or outside one for reading). */
class SqlWorkerDiary implements LockedWorkerDiary {
  constructor(
    private readonly repository: AppointmentBookingRepository,
    private readonly db: EntityManager,
    private readonly workerId: string,
    private readonly audit: AuditService,
    private readonly jobs: JobsService,
  ) {}

  busy(from: Date, until: Date): Promise<BusyPeriod[]> {
    return this.repository.busy(this.db, this.workerId, from, until);
  }

  upcoming(caseId: string, kind: AppointmentKind, after: Date): Promise<BookedAppointment | null> {
    return this.repository.upcoming(this.db, caseId, kind, after);
  }

  async book(a: NewAppointment): Promise<BookedAppointment> {
    const booked = await this.repository.insert(this.db, {
      caseId: a.caseId,
      kind: a.kind,
      startsAt: a.startsAt,
      durationMinutes: a.durationMinutes,
      createdBy: a.actor.id,
      now: a.now,
    });
    await this.audit.record(
      { actor: a.actor, action: 'create', resourceType: 'appointment', resourceId: a.caseId, clientId: a.clientId, reason: a.reason },
      this.db,
    );
    // Reminders are planned for it like for any appointment the worker plans.
    await this.jobs.send<AppointmentChanged>(APPOINTMENT_CHANGED, { appointmentId: booked.id }, { manager: this.db });
    return booked;
  }
}
