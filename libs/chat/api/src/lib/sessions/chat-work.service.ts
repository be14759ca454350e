import { ConflictException, ForbiddenException, Injectable, NotFoundException } from '@nestjs/common';
import type { ChatQueueCount, ChatQueueEntry, ChatQueueResponse, ChatSenderRole, ChatSessionView } from '@nabij/chat/contracts';
import { CaseLookupService } from '@nabij/dossier/api';
import { AccountDirectoryService } from '@nabij/identity/api';
import { PostcodeCheckService } from '@nabij/intake/api';
import { AuditService, AuthUser, Clock, JobsService } from '@nabij/platform/api';
import { CONTACT_OCCURRED, ContactOccurred } from '@nabij/time/contracts';
import { DataSource } from 'typeorm';
import { ChatSessionEntity } from '../entities/chat-session.entities';
import { localMoment } from '../hours/chat-hours';
import { ChatHoursService } from '../hours/chat-hours.service';
import { ChatEvents } from '../socket/chat-events';
import { ChatSessionsRepository, QueueRow } from './chat-sessions.repository';
import { ChatPresenceService } from './chat-presence.service';
import { ChatSessionsService } from './chat-sessions.service';

/** What duty workers do: see the queue, pick up (one worker per chat), end, attach an anonymous chat to a case. */
@Injectable()
export class ChatWorkService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly repository: ChatSessionsRepository,
    private readonly sessions: ChatSessionsService,
    private readonly cases: CaseLookupService,
    private readonly hours: ChatHoursService,
    private readonly events: ChatEvents,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly jobs: JobsService,
    private readonly presence: ChatPresenceService,
    private readonly accounts: AccountDirectoryService,
    private readonly postcodeChecks: PostcodeCheckService,
  ) {}

  /** The duty queue with who is waiting (name, e-mail, postcode, birth date): for workers only. */
  /** How many wait, for the navigation: the same list as `queue`, but nothing of it is read. */
  async queueCount(user: AuthUser): Promise<ChatQueueCount> {
    if (user.role !== 'worker')
      throw new ForbiddenException({ message: 'Only social workers see the chat queue.', code: 'chat.social_workers_see' });
    if (user.organisationId) await this.presence.sweep(user.organisationId);
    const rows = await this.repository.queueRows(user.organisationId, user.id);
    return { waiting: rows.filter((r) => r.status === 'waiting').length };
  }

  async queue(user: AuthUser): Promise<ChatQueueResponse> {
    // The route allows workers only; this keeps personal data out of any other caller's hands too.
    if (user.role !== 'worker')
      throw new ForbiddenException({ message: 'Only social workers see the chat queue.', code: 'chat.social_workers_see' });
    // Checked on read too: whoever is gone past the grace period is not shown as waiting, even if no job ran.
    if (user.organisationId) await this.presence.sweep(user.organisationId);
    const now = this.clock.now();
    const rows = await this.repository.queueRows(user.organisationId, user.id);
    // A registered client's details are identity's, a financier's name intake's: one look-up each.
    const clients = await this.accounts.clientDetailsByIds(rows.map((r) => r.client_id));
    const financierOf = (r: QueueRow) => r.financier_id ?? (r.client_id ? clients.get(r.client_id)?.financierId : null) ?? null;
    const financiers = await this.postcodeChecks.financierNames(rows.map(financierOf));
    let position = 0;
    const entry = (r: QueueRow, client = r.client_id ? clients.get(r.client_id) : undefined): ChatQueueEntry => ({
      id: r.id,
      status: r.status,
      position: r.status === 'waiting' ? ++position : null,
      waitingSeconds: Math.max(0, Math.round((now.getTime() - new Date(r.created_at).getTime()) / 1000)),
      anonymous: r.client_id === null,
      nickname: r.nickname,
      visitorNumber: r.visitor_number,
      connected: r.status !== 'waiting' || r.client_left_at === null,
      goneSince: r.status === 'waiting' && r.client_left_at ? new Date(r.client_left_at).toISOString() : null,
      topic: r.topic,
      clientName: client?.name ?? null,
      email: r.email ?? client?.email ?? null,
      postcode: r.postcode ?? client?.postcode ?? null,
      birthDate: r.birth_date ?? client?.birthDate ?? null,
      financier: financiers.get(financierOf(r) ?? '') ?? null,
      caseId: r.case_id,
      createdAt: new Date(r.created_at).toISOString(),
    });
    const entries = rows.map((r) => entry(r));
    // A registered client's question typed while waiting is their content: its reading is logged.
    const readTopics = rows.filter((r) => r.status === 'waiting' && r.topic && r.client_id);
    await this.audit.recordList(
      { actor: user, action: 'read', resourceType: 'chat_session', reason: 'question in the chat queue' },
      readTopics.map((r) => ({ clientId: r.client_id!, resourceId: r.id })),
    );
    const onDuty = user.organisationId ? (await this.hours.workersOnDuty(user.organisationId, now)).includes(user.id) : false;
    return {
      waiting: entries.filter((e) => e.status === 'waiting'),
      mine: entries.filter((e) => e.status === 'active'),
      onDuty,
      graceSeconds: this.presence.graceSeconds,
    };
  }

  /** The conditional update lets exactly one of several workers clicking at once win the chat. */
  async pickUp(user: AuthUser, sessionId: string): Promise<ChatSessionView> {
    const won = await this.repository.pickUp(sessionId, user.organisationId, user.id, this.clock.now());
    if (!won) {
      const lost = await this.repository.statusOf(sessionId, user.organisationId);
      if (!lost) throw new NotFoundException({ message: 'There is no chat with this id for you.', code: 'chat.no_chat' });
      throw new ConflictException(
        lost === 'ended'
          ? { message: 'This chat has already ended.', code: 'chat.ended' }
          : { message: 'Another worker has already picked up this chat.', code: 'chat.taken' },
      );
    }
    const session = await this.sessions.visibleTo(user, sessionId);
    const view = await this.sessions.view(session);
    this.events.sessionChanged(view);
    this.events.queueMoved(session.organisationId);
    return view;
  }

  /**
   * Ends a chat for the worker who holds it or the client in it; records how long it lasted and, for
   * a chat a worker held, prefills the worker's time entry in the same transaction (to confirm later):
   * on the case, or without one for an anonymous chat until it is linked to a case.
   */
  async end(session: ChatSessionEntity, by: ChatSenderRole): Promise<ChatSessionView> {
    const now = this.clock.now();
    const ended = await this.dataSource.transaction(async (db) => {
      const row = await this.repository.end(session.id, now, by, db);
      if (row?.worker_id) {
        const contact = chatContact(row.id, row.worker_id, row.case_id, session.organisationId, now, row.duration_seconds);
        // In the ending's transaction: time prefills the entry from the event.
        await this.jobs.send(CONTACT_OCCURRED, contact, { manager: db });
      }
      return row;
    });
    if (!ended) throw new ConflictException({ message: 'This chat has already ended.', code: 'chat.ended' });
    const view = await this.sessions.view(session);
    this.events.sessionChanged(view);
    if (session.status === 'waiting') this.events.queueMoved(session.organisationId);
    return view;
  }

  async endAsUser(user: AuthUser, sessionId: string): Promise<ChatSessionView> {
    const participant = await this.sessions.participant({ kind: 'account', user }, sessionId);
    if (!participant) throw new NotFoundException({ message: 'There is no chat with this id for you.', code: 'chat.no_chat' });
    return this.end(participant.session, participant.role);
  }

  /** Attaches an anonymous chat and its transcript to a registered client's open case in the worker's caseload. */
  async convert(user: AuthUser, sessionId: string, caseId: string): Promise<ChatSessionView> {
    const session = await this.sessions.visibleTo(user, sessionId);
    if (session.workerId !== user.id)
      throw new NotFoundException({ message: 'There is no chat with this id for you.', code: 'chat.no_chat' });
    if (session.clientId)
      throw new ConflictException({ message: 'This chat is already linked to a client.', code: 'chat.chat_already_linked' });
    // Only an open case of the worker's own caseload, so the transcript lands where they can read it.
    const careCase = await this.cases.caseOfWorker(caseId, user.id, user.organisationId);
    if (!careCase || careCase.closedOn)
      throw new NotFoundException({ message: 'There is no open case with this id in your caseload.', code: 'common.no_open_case' });
    const converted = await this.dataSource
      .transaction(async (db) => {
        const linked = await this.repository.linkToCase(session.id, careCase, this.clock.now(), user.id, db);
        if (linked && session.status === 'ended' && session.endedAt) {
          // The chat's time entry was registered without a case: the same contact again, now with the case, moves it there.
          const contact = chatContact(session.id, user.id, careCase.id, session.organisationId, session.endedAt, session.durationSeconds);
          await this.jobs.send(CONTACT_OCCURRED, contact, { manager: db });
        }
        if (linked) {
          await this.audit.record(
            {
              actor: user,
              action: 'update',
              resourceType: 'chat_session',
              resourceId: session.id,
              clientId: careCase.clientId,
              reason: 'anonymous chat linked to case',
            },
            db,
          );
        }
        return linked;
      })
      .catch((error) => {
        // The client's own chat is still running (one running chat per client).
        if ((error as { code?: string }).code === '23505')
          throw new ConflictException({ message: 'This client has another chat running; end it first.', code: 'chat.client_busy' });
        throw error;
      });
    if (!converted) throw new ConflictException({ message: 'This chat is already linked to a client.', code: 'chat.chat_already_linked' });
    return this.sessions.view(session);
  }
}

/** The ContactOccurred of a chat a worker held: its real duration in whole minutes (at least 1) on the day it ended. */
function chatContact(
  sessionId: string,
  workerId: string,
  caseId: string | null,
  organisationId: string,
  endedAt: Date,
  durationSeconds: number | null,
): ContactOccurred {
  return {
    source: 'chat',
    sourceId: sessionId,
    workerId,
    caseId,
    organisationId,
    occurredOn: localMoment(endedAt).date,
    contactType: 'chat',
    minutes: Math.max(1, Math.ceil((durationSeconds ?? 0) / 60)),
  };
}
