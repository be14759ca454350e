import { Injectable } from '@nestjs/common';
import type { AppointmentKind } from '@nabij/dossier/contracts';
import { AuditService, AuthUser } from '@nabij/platform/api';
import { DataSource, EntityManager } from 'typeorm';

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
    private readonly audit: AuditService,
  ) {}

  /** The client's newest open case that shares the online dossier and has a worker, or null. */
  async bookableCase(clientId: string): Promise<BookableCase | null> {
    const [row]: BookableCase[] = await this.dataSource.query(
      `SELECT c.id AS "caseId", c.client_id AS "clientId", c.organisation_id AS "organisationId",
              c.assigned_worker_id AS "workerId", w.name AS "workerName"
         FROM care_case c JOIN account w ON w.id = c.assigned_worker_id
        WHERE c.client_id = $1 AND c.closed_on IS NULL AND c.uses_online_dossier
        ORDER BY c.opened_on DESC, c.created_at DESC LIMIT 1`,
      [clientId],
    );
    return row ?? null;
  }

  /** The worker's diary for reading, e.g. to offer free slots; nothing is held. */
  diary(workerId: string): WorkerDiary {
    return new SqlWorkerDiary(this.dataSource.manager, workerId, this.audit);
  }

  /**
   * Runs `work` in one transaction holding a per-worker advisory lock, so two bookings with the
   * same worker at once cannot both take the same time: the second sees the first one's booking.
   */
  withLockedDiary<T>(workerId: string, work: (diary: LockedWorkerDiary) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(async (db) => {
      await db.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [`appointment-booking:${workerId}`]);
      return work(new SqlWorkerDiary(db, workerId, this.audit));
    });
  }
}

class SqlWorkerDiary implements LockedWorkerDiary {
  constructor(
    private readonly db: EntityManager,
    private readonly workerId: string,
    private readonly audit: AuditService,
  ) {}

  async busy(from: Date, until: Date): Promise<BusyPeriod[]> {
    const rows: Array<{ starts_at: Date; duration_minutes: number }> = await this.db.query(
      `SELECT a.starts_at, a.duration_minutes FROM appointment a JOIN care_case c ON c.id = a.case_id
        WHERE c.assigned_worker_id = $1 AND a.status = 'planned'
          AND a.starts_at < $3 AND a.starts_at + make_interval(mins => a.duration_minutes) > $2`,
      [this.workerId, from, until],
    );
    return rows.map((r) => ({
      start: new Date(r.starts_at),
      end: new Date(new Date(r.starts_at).getTime() + r.duration_minutes * 60_000),
    }));
  }

  async upcoming(caseId: string, kind: AppointmentKind, after: Date): Promise<BookedAppointment | null> {
    const [row]: BookedAppointment[] = await this.db.query(
      `SELECT id, case_id AS "caseId", starts_at AS "startsAt", duration_minutes AS "durationMinutes" FROM appointment
        WHERE case_id = $1 AND kind = $2 AND status = 'planned' AND starts_at > $3 ORDER BY starts_at LIMIT 1`,
      [caseId, kind, after],
    );
    return row ? { ...row, startsAt: new Date(row.startsAt) } : null;
  }

  async book(a: NewAppointment): Promise<BookedAppointment> {
    const [row]: BookedAppointment[] = await this.db.query(
      `INSERT INTO appointment (case_id, kind, starts_at, duration_minutes, status, created_by, created_at, updated_at)
       VALUES ($1, $2, $3, $4, 'planned', $5, $6, $6)
       RETURNING id, case_id AS "caseId", starts_at AS "startsAt", duration_minutes AS "durationMinutes"`,
      [a.caseId, a.kind, a.startsAt, a.durationMinutes, a.actor.id, a.now],
    );
    await this.audit.record(
      { actor: a.actor, action: 'create', resourceType: 'appointment', resourceId: a.caseId, clientId: a.clientId, reason: a.reason },
      this.db,
    );
    return { ...row, startsAt: new Date(row.startsAt) };
  }
}
