import { Injectable } from '@nestjs/common';
import type { ReminderSlot } from '@nabij/reminders/contracts';
import { DataSource, EntityManager } from 'typeorm';

export interface ReminderRow {
  id: string;
  appointment_id: string;
  slot: ReminderSlot;
  starts_at: Date;
  due_at: Date;
  state: 'scheduled' | 'sent' | 'cancelled';
  job_id: string | null;
}

/** SQL of the appointment_reminder table: one row per reminder and start time of an appointment. */
@Injectable()
export class RemindersRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Locks the appointment's reminder rows for the caller's transaction (two changes at once plan in turn). */
  async lockAppointment(db: EntityManager, appointmentId: string): Promise<void> {
    await db.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [`appointment-reminders:${appointmentId}`]);
  }

  /** Cancels the appointment's scheduled reminders except those for `keepStartsAt`; returns their job ids. */
  async cancelScheduled(db: EntityManager, appointmentId: string, keepStartsAt: Date | null): Promise<string[]> {
    const [rows]: [Array<{ job_id: string | null }>, number] = await db.query(
      `UPDATE appointment_reminder SET state = 'cancelled'
        WHERE appointment_id = $1 AND state = 'scheduled' AND ($2::timestamptz IS NULL OR starts_at <> $2)
        RETURNING job_id`,
      [appointmentId, keepStartsAt],
    );
    return rows.map((r) => r.job_id).filter((id): id is string => !!id);
  }

  /** A new scheduled reminder; null when this one (appointment, slot, start) exists already. */
  async insert(
    db: EntityManager,
    r: { appointmentId: string; slot: ReminderSlot; startsAt: Date; dueAt: Date; now: Date },
  ): Promise<string | null> {
    const [row]: Array<{ id: string }> = await db.query(
      `INSERT INTO appointment_reminder (appointment_id, slot, starts_at, due_at, state, created_at)
       VALUES ($1, $2, $3, $4, 'scheduled', $5)
       ON CONFLICT (appointment_id, slot, starts_at) DO NOTHING RETURNING id`,
      [r.appointmentId, r.slot, r.startsAt, r.dueAt, r.now],
    );
    return row?.id ?? null;
  }

  async setJob(db: EntityManager, id: string, jobId: string | null): Promise<void> {
    await db.query(`UPDATE appointment_reminder SET job_id = $2 WHERE id = $1`, [id, jobId]);
  }

  /** The reminder, locked for the caller's transaction. */
  async lock(db: EntityManager, id: string): Promise<ReminderRow | null> {
    const [row]: ReminderRow[] = await db.query(`SELECT * FROM appointment_reminder WHERE id = $1 FOR UPDATE`, [id]);
    return row ?? null;
  }

  async markSent(db: EntityManager, id: string, at: Date): Promise<void> {
    await db.query(`UPDATE appointment_reminder SET state = 'sent', sent_at = $2 WHERE id = $1`, [id, at]);
  }

  async markCancelled(db: EntityManager, id: string): Promise<void> {
    await db.query(`UPDATE appointment_reminder SET state = 'cancelled' WHERE id = $1`, [id]);
  }

  /** Scheduled reminders whose time has come, oldest first (the sweep's work). */
  async dueIds(now: Date, limit = 200): Promise<string[]> {
    const rows: Array<{ id: string }> = await this.dataSource.query(
      `SELECT id FROM appointment_reminder WHERE state = 'scheduled' AND due_at <= $1 ORDER BY due_at, id LIMIT $2`,
      [now, limit],
    );
    return rows.map((r) => r.id);
  }
}
