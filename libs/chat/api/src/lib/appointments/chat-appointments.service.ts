import { BadRequestException, ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import { CHAT_APPOINTMENT_DAYS_AHEAD, CHAT_APPOINTMENT_MINUTES } from '@nabij/chat/contracts';
import type { ChatAppointmentSlotsResponse, ChatAppointmentView } from '@nabij/chat/contracts';
import { AuditService, AuthUser, Clock } from '@nabij/platform/api';
import { DataSource, EntityManager } from 'typeorm';
import { appointmentSlots } from '../hours/appointment-slots';
import { ChatHoursService } from '../hours/chat-hours.service';
import { OpeningWindow } from '../hours/chat-hours';

interface BookableCase {
  id: string;
  client_id: string;
  organisation_id: string;
  worker_id: string;
  worker_name: string | null;
}

interface AppointmentRow {
  id: string;
  case_id: string;
  starts_at: Date;
  duration_minutes: number;
}

const NO_CASE = 'You have no open case with a worker to book a chat appointment on; send a message instead.';

/**
 * Chat appointments booked by a registered client outside chat hours. The rule: a slot is a
 * 30-minute block of the organisation's chat hours (holidays and exceptions applied) in the coming
 * 7 days, with the worker assigned to the client's open case, free when none of that worker's
 * planned appointments (any kind, on any of their cases) overlaps it. The booking is an appointment
 * of kind 'chat' in the case's dossier. A client holds at most one upcoming chat appointment.
 */
@Injectable()
export class ChatAppointmentsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly hours: ChatHoursService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async slots(user: AuthUser): Promise<ChatAppointmentSlotsResponse> {
    const careCase = await this.bookableCase(user);
    const now = this.clock.now();
    const [free, upcoming] = await Promise.all([this.freeSlots(this.dataSource.manager, careCase, now), this.upcoming(this.dataSource.manager, careCase.id, now)]);
    return {
      caseId: careCase.id,
      workerName: careCase.worker_name,
      slots: free.map((s) => ({ startsAt: s.start.toISOString(), endsAt: s.end.toISOString() })),
      upcoming: upcoming ? view(upcoming) : null,
    };
  }

  /**
   * Books one offered slot. A per-worker advisory lock serialises bookings with the same worker, so
   * two clients taking the same slot at once cannot both get it: the second sees it taken.
   */
  async book(user: AuthUser, startsAtIso: string): Promise<ChatAppointmentView> {
    const startsAt = new Date(startsAtIso);
    const careCase = await this.bookableCase(user);
    return this.dataSource.transaction(async (db) => {
      await db.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [`chat-appointment:${careCase.worker_id}`]);
      const now = this.clock.now();
      if (await this.upcoming(db, careCase.id, now)) throw new ConflictException('You already have a chat appointment; it is in your dossier.');
      const free = await this.freeSlots(db, careCase, now);
      if (!free.some((s) => s.start.getTime() === startsAt.getTime())) {
        const offered = appointmentSlots(now, await this.hours.scheduleFor(careCase.organisation_id, now), [], { minutes: CHAT_APPOINTMENT_MINUTES, days: CHAT_APPOINTMENT_DAYS_AHEAD });
        if (offered.some((s) => s.start.getTime() === startsAt.getTime())) throw new ConflictException('Someone else just booked this time; choose another one.');
        throw new BadRequestException({ message: 'Choose one of the offered times.', fields: { startsAt: ['startsAt must be one of the offered slots'] } });
      }
      const [row]: AppointmentRow[] = await db.query(
        `INSERT INTO appointment (case_id, kind, starts_at, duration_minutes, status, created_by, created_at, updated_at)
         VALUES ($1, 'chat', $2, $3, 'planned', $4, $5, $5) RETURNING id, case_id, starts_at, duration_minutes`,
        [careCase.id, startsAt, CHAT_APPOINTMENT_MINUTES, user.id, now],
      );
      await this.audit.record({ actor: user, action: 'create', resourceType: 'appointment', resourceId: careCase.id, clientId: careCase.client_id, reason: 'chat appointment booked by the client' }, db);
      return view(row);
    });
  }

  /** The client's newest open case that shares the online dossier and has a worker (as for starting a chat). */
  private async bookableCase(user: AuthUser): Promise<BookableCase> {
    const [row]: BookableCase[] = await this.dataSource.query(
      `SELECT c.id, c.client_id, c.organisation_id, c.assigned_worker_id AS worker_id, w.name AS worker_name
         FROM care_case c JOIN account w ON w.id = c.assigned_worker_id
        WHERE c.client_id = $1 AND c.closed_on IS NULL AND c.uses_online_dossier
        ORDER BY c.opened_on DESC, c.created_at DESC LIMIT 1`,
      [user.id],
    );
    if (!row) throw new NotFoundException(NO_CASE);
    return row;
  }

  private async freeSlots(db: EntityManager, careCase: BookableCase, now: Date): Promise<OpeningWindow[]> {
    const until = new Date(now.getTime() + (CHAT_APPOINTMENT_DAYS_AHEAD + 1) * 24 * 3600_000);
    const [schedule, busy] = await Promise.all([
      this.hours.scheduleFor(careCase.organisation_id, now),
      db.query(
        `SELECT a.starts_at, a.duration_minutes FROM appointment a JOIN care_case c ON c.id = a.case_id
          WHERE c.assigned_worker_id = $1 AND a.status = 'planned'
            AND a.starts_at < $3 AND a.starts_at + make_interval(mins => a.duration_minutes) > $2`,
        [careCase.worker_id, now, until],
      ) as Promise<Array<{ starts_at: Date; duration_minutes: number }>>,
    ]);
    const periods = busy.map((b) => ({ start: new Date(b.starts_at), end: new Date(new Date(b.starts_at).getTime() + b.duration_minutes * 60_000) }));
    return appointmentSlots(now, schedule, periods, { minutes: CHAT_APPOINTMENT_MINUTES, days: CHAT_APPOINTMENT_DAYS_AHEAD });
  }

  private async upcoming(db: EntityManager, caseId: string, now: Date): Promise<AppointmentRow | null> {
    const [row]: AppointmentRow[] = await db.query(
      `SELECT id, case_id, starts_at, duration_minutes FROM appointment
        WHERE case_id = $1 AND kind = 'chat' AND status = 'planned' AND starts_at > $2 ORDER BY starts_at LIMIT 1`,
      [caseId, now],
    );
    return row ?? null;
  }
}

function view(row: AppointmentRow): ChatAppointmentView {
  return { id: row.id, caseId: row.case_id, startsAt: new Date(row.starts_at).toISOString(), durationMinutes: row.duration_minutes };
}
