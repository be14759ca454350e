import { ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import { AppointmentLookupService, AppointmentWithCase } from '@nabij/dossier/api';
import { AuditService, AuthUser, Clock, RequestMeta } from '@nabij/platform/api';
import {
  isVideoJoinOpen,
  UpcomingVideoCall,
  VIDEO_GRACE_MINUTES_AFTER,
  VIDEO_OPENS_MINUTES_BEFORE,
  VideoRole,
  VideoRoomView,
  videoJoinWindow,
} from '@nabij/video/contracts';
import { VideoCallsRepository } from '../calls/video-calls.repository';

/** How far ahead the home pages list video appointments. */
const UPCOMING_HOURS = 24;
/** The longest appointment the dossier allows (minutes), so a running long call still shows. */
const LONGEST_APPOINTMENT_MINUTES = 480;

/**
 * Who may enter which call room: a video appointment's room belongs to its case's client (when the
 * case shares the online dossier) and its assigned worker of the same organisation, from
 * VIDEO_OPENS_MINUTES_BEFORE before the start until VIDEO_GRACE_MINUTES_AFTER after the planned end.
 * Anyone else gets 404 (the route's role rule already turned away team leads and admins with 403).
 */
@Injectable()
export class VideoRoomsService {
  constructor(
    private readonly appointments: AppointmentLookupService,
    private readonly calls: VideoCallsRepository,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  /** The video appointment the user takes part in, or 404. A worker's look is audit-logged. */
  async room(user: AuthUser, appointmentId: string, meta: RequestMeta): Promise<AppointmentWithCase> {
    const appointment = await this.appointments.appointmentFor(user, appointmentId);
    if (appointment.kind !== 'video')
      throw new NotFoundException({ message: 'This appointment has no video call.', code: 'video.appointment_no_video' });
    if (user.role === 'worker') {
      await this.audit.record({
        actor: user,
        action: 'read',
        resourceType: 'video_room',
        resourceId: appointment.appointmentId,
        clientId: appointment.clientId,
        ...meta,
      });
    }
    return appointment;
  }

  /** Like `room`, and refuses (409) outside the join window or for a cancelled or closed appointment. */
  async joinable(user: AuthUser, appointmentId: string, meta: RequestMeta): Promise<AppointmentWithCase> {
    const appointment = await this.room(user, appointmentId, meta);
    this.assertOpen(appointment);
    return appointment;
  }

  /** The clock's now, for what the socket stamps (a line's time). */
  now(): Date {
    return this.clock.now();
  }

  assertOpen(appointment: AppointmentWithCase): void {
    if (appointment.status === 'cancelled' || appointment.caseClosed)
      throw new ConflictException({
        message: 'This appointment was cancelled or its case is closed: the call room is shut.',
        code: 'video.appointment_cancelled_case',
      });
    if (!isVideoJoinOpen(appointment, this.clock.now())) {
      throw new ConflictException(
        `The call room is open from ${VIDEO_OPENS_MINUTES_BEFORE} minutes before the start until ${VIDEO_GRACE_MINUTES_AFTER} minutes after the end.`,
      );
    }
  }

  async view(user: AuthUser, appointmentId: string, meta: RequestMeta): Promise<VideoRoomView> {
    const a = await this.room(user, appointmentId, meta);
    const window = videoJoinWindow(a.startsAt, a.durationMinutes);
    const you = roleOf(user);
    return {
      appointmentId: a.appointmentId,
      caseId: a.caseId,
      startsAt: new Date(a.startsAt).toISOString(),
      durationMinutes: a.durationMinutes,
      opensAt: window.opensAt.toISOString(),
      closesAt: window.closesAt.toISOString(),
      open: a.status !== 'cancelled' && !a.caseClosed && isVideoJoinOpen(a, this.clock.now()),
      status: a.status,
      you,
      otherName: you === 'client' ? a.workerName : a.clientName,
      clientJoined: await this.calls.clientJoined(a.appointmentId),
    };
  }

  /** The user's planned video appointments whose room is open or opens within UPCOMING_HOURS. */
  async upcoming(user: AuthUser, meta: RequestMeta): Promise<UpcomingVideoCall[]> {
    const now = this.clock.now();
    const from = new Date(now.getTime() - (LONGEST_APPOINTMENT_MINUTES + VIDEO_GRACE_MINUTES_AFTER) * 60_000);
    const until = new Date(now.getTime() + UPCOMING_HOURS * 3600_000);
    const found = (await this.appointments.planned(user, 'video', from, until)).filter(
      (a) => videoJoinWindow(a.startsAt, a.durationMinutes).closesAt > now,
    );
    const you = roleOf(user);
    if (you === 'worker') {
      await this.audit.recordList(
        { actor: user, action: 'read', resourceType: 'video_upcoming', ...meta },
        found.map((a) => ({ clientId: a.clientId, resourceId: a.appointmentId })),
      );
    }
    return found.map((a) => {
      const window = videoJoinWindow(a.startsAt, a.durationMinutes);
      return {
        appointmentId: a.appointmentId,
        startsAt: new Date(a.startsAt).toISOString(),
        durationMinutes: a.durationMinutes,
        opensAt: window.opensAt.toISOString(),
        closesAt: window.closesAt.toISOString(),
        otherName: you === 'client' ? a.workerName : a.clientName,
      };
    });
  }
}

export function roleOf(user: AuthUser): Exclude<VideoRole, 'guest'> {
  // The routes and the socket let only clients and workers through.
  return user.role === 'client' ? 'client' : 'worker';
}
