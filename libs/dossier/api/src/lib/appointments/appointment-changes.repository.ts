import { Injectable } from '@nestjs/common';
import type { AppointmentChange, AppointmentChangeKind } from '@nabij/dossier/contracts';
import { EntityManager } from 'typeorm';

interface ChangeRow {
  id: string;
  kind: AppointmentChangeKind;
  reason: string;
  requested_at: Date;
  previous_starts_at: Date;
  answered_at: Date | null;
  new_starts_at: Date | null;
}

const view = (r: ChangeRow): AppointmentChange => ({
  id: r.id,
  kind: r.kind,
  reason: r.reason,
  requestedAt: new Date(r.requested_at).toISOString(),
  previousStartsAt: new Date(r.previous_starts_at).toISOString(),
  answeredAt: r.answered_at ? new Date(r.answered_at).toISOString() : null,
  newStartsAt: r.new_starts_at ? new Date(r.new_starts_at).toISOString() : null,
});

export interface OpenMoveRow {
  id: string;
  caseId: string;
  appointmentId: string;
  clientId: string;
  startsAt: Date;
  requestedAt: Date;
  reason: string;
}

/** An unanswered request to move a planned appointment on an open case of worker $1 in organisation $2. */
const OPEN_MOVE_OF_WORKER = `q.kind = 'move' AND q.answered_at IS NULL AND p.status = 'planned'
          AND c.assigned_worker_id = $1 AND c.organisation_id = $2 AND c.closed_on IS NULL`;

/** SQL of the client's cancellations and requests to move (table appointment_change_request). */
@Injectable()
export class AppointmentChangesRepository {
  /** Locks the appointment row of the case for the rest of the caller's transaction; null when not on this case. */
  async lockAppointment(
    db: EntityManager,
    caseId: string,
    appointmentId: string,
  ): Promise<{ id: string; status: string; startsAt: Date; kind: string } | null> {
    const [row] = await db.query(
      `SELECT id, status, starts_at AS "startsAt", kind FROM appointment WHERE id = $1 AND case_id = $2 FOR UPDATE`,
      [appointmentId, caseId],
    );
    return row ? { ...row, startsAt: new Date(row.startsAt) } : null;
  }

  async insert(
    db: EntityManager,
    r: { appointmentId: string; caseId: string; kind: AppointmentChangeKind; reason: string; previousStartsAt: Date; by: string; at: Date },
  ): Promise<AppointmentChange> {
    const [row]: ChangeRow[] = await db.query(
      `INSERT INTO appointment_change_request (appointment_id, case_id, kind, reason, previous_starts_at, requested_by, requested_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING *`,
      [r.appointmentId, r.caseId, r.kind, r.reason, r.previousStartsAt, r.by, r.at],
    );
    return view(row);
  }

  /** The open request to move the appointment, if any. */
  async openMove(db: EntityManager, appointmentId: string): Promise<AppointmentChange | null> {
    const [row]: ChangeRow[] = await db.query(
      `SELECT * FROM appointment_change_request WHERE appointment_id = $1 AND kind = 'move' AND answered_at IS NULL`,
      [appointmentId],
    );
    return row ? view(row) : null;
  }

  /** Closes the open request to move with the new start; null when there was none. */
  async answerMove(db: EntityManager, appointmentId: string, newStartsAt: Date, by: string, at: Date): Promise<AppointmentChange | null> {
    const [rows]: [ChangeRow[], number] = await db.query(
      `UPDATE appointment_change_request SET answered_at = $4, answered_by = $3, new_starts_at = $2
        WHERE appointment_id = $1 AND kind = 'move' AND answered_at IS NULL RETURNING *`,
      [appointmentId, newStartsAt, by, at],
    );
    return rows[0] ? view(rows[0]) : null;
  }

  async moveAppointment(db: EntityManager, appointmentId: string, startsAt: Date, at: Date): Promise<void> {
    await db.query(`UPDATE appointment SET starts_at = $2, updated_at = $3 WHERE id = $1`, [appointmentId, startsAt, at]);
  }

  async cancelAppointment(db: EntityManager, appointmentId: string, at: Date): Promise<void> {
    await db.query(`UPDATE appointment SET status = 'cancelled', updated_at = $2 WHERE id = $1`, [appointmentId, at]);
  }

  /**
   * The requests to move that wait for the worker's answer: on the worker's open cases in their
   * organisation, for appointments still planned. Oldest request first.
   */
  openMovesOfWorker(db: EntityManager, workerId: string, organisationId: string | null): Promise<OpenMoveRow[]> {
    return db.query(
      `SELECT q.id, q.case_id AS "caseId", q.appointment_id AS "appointmentId", c.client_id AS "clientId",
              p.starts_at AS "startsAt", q.requested_at AS "requestedAt", q.reason
         FROM appointment_change_request q
         JOIN care_case c ON c.id = q.case_id
         JOIN appointment p ON p.id = q.appointment_id
        WHERE ${OPEN_MOVE_OF_WORKER}
        ORDER BY q.requested_at, q.id`,
      [workerId, organisationId],
    );
  }

  /** How many of those there are (the menu badge): a number, no rows. */
  async countOpenMovesOfWorker(db: EntityManager, workerId: string, organisationId: string | null): Promise<number> {
    const [row] = await db.query(
      `SELECT count(*)::int AS open
         FROM appointment_change_request q
         JOIN care_case c ON c.id = q.case_id
         JOIN appointment p ON p.id = q.appointment_id
        WHERE ${OPEN_MOVE_OF_WORKER}`,
      [workerId, organisationId],
    );
    return row.open;
  }

  /** The latest change of the appointment, if any. */
  async latest(db: EntityManager, appointmentId: string): Promise<AppointmentChange | null> {
    const [row]: ChangeRow[] = await db.query(
      `SELECT * FROM appointment_change_request WHERE appointment_id = $1 ORDER BY requested_at DESC, id DESC LIMIT 1`,
      [appointmentId],
    );
    return row ? view(row) : null;
  }
}
