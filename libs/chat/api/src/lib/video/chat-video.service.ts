import { ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import type { ChatSessionView } from '@nabij/chat/contracts';
import { AppointmentBookingService } from '@nabij/dossier/api';
import { AuthUser, Clock } from '@nabij/platform/api';
import { ChatEvents } from '../socket/chat-events';
import { ChatSessionsRepository } from '../sessions/chat-sessions.repository';
import { ChatSessionsService } from '../sessions/chat-sessions.service';

/** How long the video appointment booked from a chat is planned for (its room stays open 30 minutes longer). */
export const CHAT_VIDEO_MINUTES = 30;

const NEEDS_CASE =
  'Video is only possible in a chat with a signed-in client who has a dossier (an open case). Plan a video appointment in the dossier instead.';
const NOT_YOUR_CASE =
  "Only the client's own worker can continue with video: the call belongs to their open case, which must share the online dossier.";

/**
 * "Verder met video": the worker holding a live chat books a video appointment starting now on the
 * chat's case, through the dossier's AppointmentBookingService (the dossier owns appointments), and
 * links it to the chat in the same transaction. The client's chat window then shows "Deelnemen".
 * The chat itself stays open until someone ends it.
 *
 * Only for a chat of a signed-in client with a case: the call room belongs to the case's client and
 * its assigned worker, so an anonymous visitor (no login, also after the chat was linked to a case)
 * or a duty colleague who is not the case's worker cannot use it.
 */
@Injectable()
export class ChatVideoService {
  constructor(
    private readonly sessions: ChatSessionsService,
    private readonly repository: ChatSessionsRepository,
    private readonly booking: AppointmentBookingService,
    private readonly events: ChatEvents,
    private readonly clock: Clock,
  ) {}

  async offer(worker: AuthUser, sessionId: string): Promise<ChatSessionView> {
    const participant = await this.sessions.participant({ kind: 'account', user: worker }, sessionId);
    if (participant?.role !== 'worker')
      throw new NotFoundException({ message: 'There is no chat with this id for you.', code: 'chat.no_chat' });
    const { session } = participant;
    // Asking again (a double click, a second tab) gives the same call.
    if (session.videoAppointmentId) return this.sessions.view(session);
    if (session.status !== 'active')
      throw new ConflictException({ message: 'Only a running chat can continue with video.', code: 'chat.running_chat_continue' });
    // A chat started anonymously stays anonymous in the visitor's browser: they are not signed in to join a call.
    if (!session.caseId || !session.clientId || session.postcodeCheckId)
      throw new ConflictException({ message: NEEDS_CASE, code: 'chat.video_possible_chat' });
    const careCase = await this.booking.caseBookableBy(worker, session.caseId);
    if (!careCase) throw new ConflictException(NOT_YOUR_CASE);
    await this.booking.withLockedDiary(worker.id, async (diary, db) => {
      const now = this.clock.now();
      const booked = await diary.book({
        caseId: careCase.caseId,
        clientId: careCase.clientId,
        kind: 'video',
        startsAt: now,
        durationMinutes: CHAT_VIDEO_MINUTES,
        actor: worker,
        reason: 'video call started from a chat',
        now,
      });
      // Two offers at once: the booking lock makes the second wait, and it finds the link made (rolled back here).
      if (!(await this.repository.linkVideo(session.id, booked.id, db)))
        throw new ConflictException({ message: 'This chat has ended or already continues with video.', code: 'chat.ended_or_video' });
    });
    const view = await this.sessions.view(session);
    this.events.sessionChanged(view);
    return view;
  }
}
