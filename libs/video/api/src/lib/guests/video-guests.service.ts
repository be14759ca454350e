import { ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import { AppointmentLookupService, AppointmentWithCase } from '@nabij/dossier/api';
import { AppConfig, AuditService, AuthUser, Clock, RequestMeta } from '@nabij/platform/api';
import {
  CreatedVideoGuestLink,
  CreateVideoGuestLinkRequest,
  firstNameOf,
  isVideoJoinOpen,
  VIDEO_GUEST_PATH,
  VideoGuestLinkView,
  VideoGuestRoomView,
  videoJoinWindow,
} from '@nabij/video/contracts';
import { createHash, randomBytes } from 'node:crypto';
import { VideoRoomsService } from '../rooms/video-rooms.service';
import { VideoGuestLinkRow, VideoGuestsRepository } from './video-guests.repository';

export const GUEST_LINK_INVALID = 'guest_link_invalid';
export const GUEST_LINK_IN_USE = 'guest_link_in_use';
export const VIDEO_ROOM_CLOSED = 'video_room_closed';

/** A guest link's token: 32 random bytes, so it cannot be guessed; only its SHA-256 is stored. */
const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');
const TOKEN = /^[A-Za-z0-9_-]{43}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A valid guest link with its appointment, as the guest's routes and socket use it. */
export interface VideoGuest {
  link: VideoGuestLinkRow;
  appointment: AppointmentWithCase;
}

/**
 * A third person in a call by a one-time link (an interpreter or a colleague): the case's worker
 * makes it for one appointment, the token is shown once and stored hashed, it opens only that
 * appointment's room and only in its join window, and the worker can withdraw it. A guest has no
 * account: they see times and first names, nothing of the case. A link stops working when the
 * appointment is cancelled, the case closes or moves to another worker.
 */
@Injectable()
export class VideoGuestsService {
  constructor(
    private readonly rooms: VideoRoomsService,
    private readonly appointments: AppointmentLookupService,
    private readonly guests: VideoGuestsRepository,
    private readonly audit: AuditService,
    private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {}

  async create(
    user: AuthUser,
    appointmentId: string,
    request: CreateVideoGuestLinkRequest,
    meta: RequestMeta,
  ): Promise<CreatedVideoGuestLink> {
    const appointment = await this.rooms.room(user, appointmentId, meta);
    const now = this.clock.now();
    if (
      appointment.status !== 'planned' ||
      appointment.caseClosed ||
      videoJoinWindow(appointment.startsAt, appointment.durationMinutes).closesAt <= now
    )
      throw new ConflictException({
        message: 'This call is over or cancelled: no guest can be invited any more.',
        code: VIDEO_ROOM_CLOSED,
      });
    const token = randomBytes(32).toString('base64url');
    const link = await this.guests.create({
      appointmentId: appointment.appointmentId,
      caseId: appointment.caseId,
      invitedBy: user.id,
      kind: request.kind,
      firstName: request.firstName.trim(),
      tokenHash: hashToken(token),
      now,
    });
    if (!link)
      throw new ConflictException({
        message: 'This call already has a guest link. Withdraw it first to make a new one.',
        code: GUEST_LINK_IN_USE,
      });
    await this.audit.record({
      actor: user,
      action: 'create',
      resourceType: 'video_guest_link',
      resourceId: link.id,
      clientId: appointment.clientId,
      ...meta,
    });
    return { ...view(link), token, url: `${this.config.publicUrl}${VIDEO_GUEST_PATH}#${token}` };
  }

  async list(user: AuthUser, appointmentId: string, meta: RequestMeta): Promise<VideoGuestLinkView[]> {
    const appointment = await this.rooms.room(user, appointmentId, meta);
    return (await this.guests.forAppointment(appointment.appointmentId)).map(view);
  }

  async revoke(user: AuthUser, appointmentId: string, linkId: string, meta: RequestMeta): Promise<VideoGuestLinkView> {
    const appointment = await this.rooms.room(user, appointmentId, meta);
    const link = UUID.test(linkId) ? await this.guests.revoke(appointment.appointmentId, linkId, this.clock.now()) : null;
    if (!link)
      throw new NotFoundException({ message: 'This appointment has no such guest link in use.', code: 'video.appointment_no_guest' });
    await this.audit.record({
      actor: user,
      action: 'delete',
      resourceType: 'video_guest_link',
      resourceId: link.id,
      clientId: appointment.clientId,
      ...meta,
    });
    return view(link);
  }

  /** The guest behind a token, or 404 guest_link_invalid (unknown, withdrawn, or the appointment no longer fits). */
  async forToken(token: unknown): Promise<VideoGuest> {
    const link = typeof token === 'string' && TOKEN.test(token) ? await this.guests.inUseByHash(hashToken(token)) : null;
    const guest = link ? await this.fits(link) : null;
    if (!guest)
      throw new NotFoundException({
        message: 'This link does not work (any more). Ask the social worker for a new one.',
        code: GUEST_LINK_INVALID,
      });
    return guest;
  }

  /** The guest by link id again (the socket checks before each join that the link is still in use). */
  async stillValid(linkId: string): Promise<VideoGuest | null> {
    const link = await this.guests.inUse(linkId);
    return link ? this.fits(link) : null;
  }

  /** Like forToken, and refuses (409) outside the room's join window. */
  async joinable(token: unknown): Promise<VideoGuest> {
    const guest = await this.forToken(token);
    this.rooms.assertOpen(guest.appointment);
    return guest;
  }

  async view(token: unknown): Promise<VideoGuestRoomView> {
    const { link, appointment: a } = await this.forToken(token);
    const window = videoJoinWindow(a.startsAt, a.durationMinutes);
    return {
      appointmentId: a.appointmentId,
      startsAt: new Date(a.startsAt).toISOString(),
      durationMinutes: a.durationMinutes,
      opensAt: window.opensAt.toISOString(),
      closesAt: window.closesAt.toISOString(),
      open: isVideoJoinOpen(a, this.clock.now()),
      kind: link.kind,
      firstName: link.first_name,
      workerFirstName: firstNameOf(a.workerName),
      clientFirstName: firstNameOf(a.clientName),
    };
  }

  admit(linkId: string): Promise<VideoGuestLinkRow | null> {
    return this.guests.admit(linkId, this.clock.now());
  }

  private async fits(link: VideoGuestLinkRow): Promise<VideoGuest | null> {
    const appointment = await this.appointments.forLink(link.appointment_id);
    if (!appointment || appointment.kind !== 'video' || appointment.status === 'cancelled' || appointment.caseClosed) return null;
    // The case moved to another worker: the old worker's invitation no longer holds.
    if (appointment.caseId !== link.case_id || appointment.assignedWorkerId !== link.invited_by) return null;
    return { link, appointment };
  }
}

function view(link: VideoGuestLinkRow): VideoGuestLinkView {
  return {
    id: link.id,
    kind: link.kind,
    firstName: link.first_name,
    createdAt: new Date(link.created_at).toISOString(),
    admittedAt: link.admitted_at ? new Date(link.admitted_at).toISOString() : null,
    revokedAt: link.revoked_at ? new Date(link.revoked_at).toISOString() : null,
  };
}
