import { Injectable } from '@nestjs/common';
import type { AppointmentKind } from '@nabij/dossier/contracts';
import { DataSource, EntityManager } from 'typeorm';
import type { BookableCase, BookedAppointment, BusyPeriod } from './appointment-booking.service';

/** What `insert` writes: a planned appointment created by `createdBy` at `now`. */
export interface AppointmentToInsert {
  caseId: string;
  kind: AppointmentKind;
  startsAt: Date;
  durationMinutes: number;
  createdBy: string;
  now: Date;
}

/**
 * SQL of booking appointments from other domains (appointment and care_case tables). Methods that
 * take an EntityManager run in the caller's transaction, so the booking lock covers them.
 */
@Injectable()
export class AppointmentBookingRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** The client's newest open case that shares the online dossier and has a worker, or null. */
  async bookableCase(clientId: string): Promise<Omit<BookableCase, 'workerName'> | null> {
    const [row]: Array<Omit<BookableCase, 'workerName'>> = await this.dataSource.query(
      `SELECT c.id AS "caseId", c.client_id AS "clientId", c.organisation_id AS "organisationId",
              c.assigned_worker_id AS "workerId"
         FROM care_case c
        WHERE c.client_id = $1 AND c.closed_on IS NULL AND c.uses_online_dossier AND c.assigned_worker_id IS NOT NULL
        ORDER BY c.opened_on DESC, c.created_at DESC LIMIT 1`,
      [clientId],
    );
    return row ?? null;
  }

  /** The case if it is open, shares the online dossier and is assigned to the worker; else null. */
  async caseOfWorker(caseId: string, workerId: string): Promise<Omit<BookableCase, 'workerName'> | null> {
    const [row]: Array<Omit<BookableCase, 'workerName'>> = await this.dataSource.query(
      `SELECT c.id AS "caseId", c.client_id AS "clientId", c.organisation_id AS "organisationId",
              c.assigned_worker_id AS "workerId"
         FROM care_case c
        WHERE c.id = $1 AND c.assigned_worker_id = $2 AND c.closed_on IS NULL AND c.uses_online_dossier`,
      [caseId, workerId],
    );
    return row ?? null;
  }

  /** Holds the worker's booking lock until the caller's transaction ends. */
  async lockWorker(db: EntityManager, workerId: string): Promise<void> {
    await db.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [`appointment-booking:${workerId}`]);
  }

  /** The worker's planned appointments (over all their cases) that overlap [from, until). */
  async busy(db: EntityManager, workerId: string, from: Date, until: Date): Promise<BusyPeriod[]> {
    const rows: Array<{ starts_at: Date; duration_minutes: number }> = await db.query(
      `SELECT a.starts_at, a.duration_minutes FROM appointment a JOIN care_case c ON c.id = a.case_id
        WHERE c.assigned_worker_id = $1 AND a.status = 'planned'
          AND a.starts_at < $3 AND a.starts_at + make_interval(mins => a.duration_minutes) > $2`,
      [workerId, from, until],
    );
    return rows.map((r) => ({
      start: new Date(r.starts_at),
      end: new Date(new Date(r.starts_at).getTime() + r.duration_minutes * 60_000),
    }));
  }

  /** The first planned appointment of this kind on the case that starts after `after`. */
  async upcoming(db: EntityManager, caseId: string, kind: AppointmentKind, after: Date): Promise<BookedAppointment | null> {
    const [row]: BookedAppointment[] = await db.query(
      `SELECT id, case_id AS "caseId", starts_at AS "startsAt", duration_minutes AS "durationMinutes" FROM appointment
        WHERE case_id = $1 AND kind = $2 AND status = 'planned' AND starts_at > $3 ORDER BY starts_at LIMIT 1`,
      [caseId, kind, after],
    );
    return row ? { ...row, startsAt: new Date(row.startsAt) } : null;
  }

  async insert(db: EntityManager, a: AppointmentToInsert): Promise<BookedAppointment> {
    const [row]: BookedAppointment[] = await db.query(
      `INSERT INTO appointment (case_id, kind, starts_at, duration_minutes, status, created_by, created_at, updated_at)
       VALUES ($1, $2, $3, $4, 'planned', $5, $6, $6)
       RETURNING id, case_id AS "caseId", starts_at AS "startsAt", duration_minutes AS "durationMinutes"`,
      [a.caseId, a.kind, a.startsAt, a.durationMinutes, a.createdBy, a.now],
    );
    return { ...row, startsAt: new Date(row.startsAt) };
  }
}
