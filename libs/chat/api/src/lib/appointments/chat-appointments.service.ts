import { BadRequestException, ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import { CHAT_APPOINTMENT_DAYS_AHEAD, CHAT_APPOINTMENT_MINUTES } from '@nabij/chat/contracts';
import type { ChatAppointmentSlotsResponse, ChatAppointmentView } from '@nabij/chat/contracts';
import { AppointmentBookingService, BookableCase, BookedAppointment, WorkerDiary } from '@nabij/dossier/api';
import { AuthUser, Clock } from '@nabij/platform/api';
import { appointmentSlots } from '../hours/appointment-slots';
import { ChatHoursService } from '../hours/chat-hours.service';
import { OpeningWindow } from '../hours/chat-hours';

const NO_CASE = 'You have no open case with a worker to book a chat appointment on; send a message instead.';

/**
 * Chat appointments booked by a registered client outside chat hours. The rule: a slot is a
 * 30-minute block of the organisation's chat hours (holidays and exceptions applied) in the coming
 * 7 days, with the worker assigned to the client's open case, free when none of that worker's
 * planned appointments (any kind, on any of their cases) overlaps it. The booking is an appointment
 * of kind 'chat' in the case's dossier, made through the dossier's AppointmentBookingService. A
 * client holds at most one upcoming chat appointment.
 */
@Injectable()
export class ChatAppointmentsService {
  constructor(
    private readonly booking: AppointmentBookingService,
    private readonly hours: ChatHoursService,
    private readonly clock: Clock,
  ) {}

  async slots(user: AuthUser): Promise<ChatAppointmentSlotsResponse> {
    const careCase = await this.bookableCase(user);
    const now = this.clock.now();
    const diary = this.booking.diary(careCase.workerId);
    const [free, upcoming] = await Promise.all([this.freeSlots(diary, careCase, now), diary.upcoming(careCase.caseId, 'chat', now)]);
    return {
      caseId: careCase.caseId,
      workerName: careCase.workerName,
      slots: free.map((s) => ({ startsAt: s.start.toISOString(), endsAt: s.end.toISOString() })),
      upcoming: upcoming ? view(upcoming) : null,
    };
  }

  /**
   * Books one offered slot. The dossier holds the worker's booking lock while we check, so two
   * clients taking the same slot at once cannot both get it: the second sees it taken.
   */
  async book(user: AuthUser, startsAtIso: string): Promise<ChatAppointmentView> {
    const startsAt = new Date(startsAtIso);
    const careCase = await this.bookableCase(user);
    return this.booking.withLockedDiary(careCase.workerId, async (diary) => {
      const now = this.clock.now();
      if (await diary.upcoming(careCase.caseId, 'chat', now))
        throw new ConflictException({
          message: 'You already have a chat appointment; it is in your dossier.',
          code: 'chat.appointment_exists',
        });
      const free = await this.freeSlots(diary, careCase, now);
      if (!free.some((s) => s.start.getTime() === startsAt.getTime())) {
        const offered = appointmentSlots(now, await this.hours.scheduleFor(careCase.organisationId, now), [], {
          minutes: CHAT_APPOINTMENT_MINUTES,
          days: CHAT_APPOINTMENT_DAYS_AHEAD,
        });
        if (offered.some((s) => s.start.getTime() === startsAt.getTime()))
          throw new ConflictException({ message: 'Someone else just booked this time; choose another one.', code: 'chat.time_taken' });
        throw new BadRequestException({
          message: 'Choose one of the offered times.',
          fields: { startsAt: ['startsAt must be one of the offered slots'] },
        });
      }
      const booked = await diary.book({
        caseId: careCase.caseId,
        clientId: careCase.clientId,
        kind: 'chat',
        startsAt,
        durationMinutes: CHAT_APPOINTMENT_MINUTES,
        actor: user,
        reason: 'chat appointment booked by the client',
        now,
      });
      return view(booked);
    });
  }

  /** The client's newest open case that shares the online dossier and has a worker (as for starting a chat). */
  private async bookableCase(user: AuthUser): Promise<BookableCase> {
    const careCase = await this.booking.bookableCase(user.id);
    if (!careCase) throw new NotFoundException({ message: NO_CASE, code: 'chat.no_open_case' });
    return careCase;
  }

  private async freeSlots(diary: WorkerDiary, careCase: BookableCase, now: Date): Promise<OpeningWindow[]> {
    const until = new Date(now.getTime() + (CHAT_APPOINTMENT_DAYS_AHEAD + 1) * 24 * 3600_000);
    const [schedule, busy] = await Promise.all([this.hours.scheduleFor(careCase.organisationId, now), diary.busy(now, until)]);
    return appointmentSlots(now, schedule, busy, { minutes: CHAT_APPOINTMENT_MINUTES, days: CHAT_APPOINTMENT_DAYS_AHEAD });
  }
}

function view(appointment: BookedAppointment): ChatAppointmentView {
  return {
    id: appointment.id,
    caseId: appointment.caseId,
    startsAt: appointment.startsAt.toISOString(),
    durationMinutes: appointment.durationMinutes,
  };
}
