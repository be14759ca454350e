import { ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import { AuditService, AuthUser, Clock, RequestMeta } from '@nabij/platform/api';
import { GroupVideoSeatsService } from '@nabij/trainings/api';
import { GROUP_VIDEO_OPENS_MINUTES_BEFORE, GroupVideoSeat, isGroupVideoOpen } from '@nabij/trainings/contracts';
import type { GroupVideoRoomView } from '@nabij/video/contracts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Who may enter a training group session's call room: trainings says (GroupVideoSeatsService) whether
 * the user is one of the session's trainers or active participants and what the group calls them;
 * anyone else, another organisation and a session not held in Nabij get 404. The room is open from
 * GROUP_VIDEO_OPENS_MINUTES_BEFORE before the start until the session's end. A trainer's look is
 * audit-logged (they see who of the group is there).
 */
@Injectable()
export class GroupVideoRoomsService {
  constructor(
    private readonly seats: GroupVideoSeatsService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async seat(user: AuthUser, sessionId: string, meta: RequestMeta): Promise<GroupVideoSeat> {
    if (!UUID.test(sessionId))
      throw new NotFoundException({
        message: 'This group session does not exist or you are not in it.',
        code: 'video.group_session_not_found',
      });
    const seat = await this.seats.seat(user, sessionId);
    if (user.role === 'worker') {
      await this.audit.record({
        actor: user,
        action: 'read',
        resourceType: 'group_video_room',
        resourceId: sessionId,
        clientId: null,
        ...meta,
      });
    }
    return seat;
  }

  /** Like `seat`, and refuses (409) before the room opens or after the session's end. */
  async joinable(user: AuthUser, sessionId: string, meta: RequestMeta): Promise<GroupVideoSeat> {
    const seat = await this.seat(user, sessionId, meta);
    if (!isGroupVideoOpen({ place: 'video', startsAt: seat.startsAt, minutes: seat.minutes }, this.clock.now()))
      throw new ConflictException(
        `The group's call room is open from ${GROUP_VIDEO_OPENS_MINUTES_BEFORE} minutes before the start until the end of the session.`,
      );
    return seat;
  }

  async view(user: AuthUser, sessionId: string, meta: RequestMeta): Promise<GroupVideoRoomView> {
    const seat = await this.seat(user, sessionId, meta);
    const start = new Date(seat.startsAt).getTime();
    return {
      sessionId: seat.sessionId,
      cohortId: seat.cohortId,
      startsAt: seat.startsAt,
      durationMinutes: seat.minutes,
      opensAt: new Date(start - GROUP_VIDEO_OPENS_MINUTES_BEFORE * 60_000).toISOString(),
      closesAt: new Date(start + seat.minutes * 60_000).toISOString(),
      open: isGroupVideoOpen({ place: 'video', startsAt: seat.startsAt, minutes: seat.minutes }, this.clock.now()),
      you: seat.role,
      displayName: seat.displayName,
      maxPeople: seat.maxPeople,
    };
  }
}
