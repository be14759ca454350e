import { BadRequestException, ConflictException, Injectable, NotFoundException, UnauthorizedException } from '@nestjs/common';
import type {
  ChatEvaluationRequest,
  ChatMessageView,
  ChatSenderRole,
  ChatSessionView,
  StartAnonymousChatResponse,
} from '@nabij/chat/contracts';
import { CaseLookupService } from '@nabij/dossier/api';
import { PostcodeCheckService } from '@nabij/intake/api';
import { AuditService, AuthUser, Clock } from '@nabij/platform/api';
import { ChatSessionEntity } from '../entities/chat-session.entities';
import { localMoment } from '../hours/chat-hours';
import { ChatHoursService } from '../hours/chat-hours.service';
import { ChatEvents } from '../socket/chat-events';
import { ChatActor, hashChatToken, newChatToken } from './chat-actor';
import { ChatMessagesService } from './chat-messages.service';
import { ChatQueueService } from './chat-queue.service';
import { ChatSessionsRepository } from './chat-sessions.repository';
import type { StartAnonymousChatDto } from '../dto/chat.dto';

const NOT_FOUND = 'There is no chat with this id for you.';

/** Starting chats, who may see which chat, and what a participant sees of it. */
@Injectable()
export class ChatSessionsService {
  constructor(
    private readonly sessions: ChatSessionsRepository,
    private readonly cases: CaseLookupService,
    private readonly hours: ChatHoursService,
    private readonly queue: ChatQueueService,
    private readonly messages: ChatMessagesService,
    private readonly events: ChatEvents,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly postcodeChecks: PostcodeCheckService,
  ) {}

  /** A registered client's chat, linked to their open case; a running chat is resumed, not doubled. */
  async startForClient(user: AuthUser): Promise<ChatSessionView> {
    const running = (await this.sessions.findOfClient(user.id, 'waiting')) ?? (await this.sessions.findOfClient(user.id, 'active'));
    if (running) return this.view(running);
    const openCase = await this.cases.newestOpenCaseOfClient(user.id);
    const organisationId: string | null = openCase?.organisationId ?? user.organisationId;
    if (!organisationId)
      throw new ConflictException({
        message: 'Your account is not linked to an organisation yet; send a message instead.',
        code: 'chat.no_organisation',
      });
    await this.assertOpen(organisationId);
    const session = await this.insert(
      { organisationId, clientId: user.id, caseId: openCase?.id ?? null },
      'You already have a chat running.',
    );
    this.events.queueMoved(organisationId);
    return this.view(session);
  }

  /** An anonymous chat after a served, unexpired postcode check; returns the token to reconnect with. */
  async startAnonymous(body: StartAnonymousChatDto): Promise<StartAnonymousChatResponse> {
    // The check is intake's (PostcodeCheckService): served, with the organisation that serves it.
    const check = await this.postcodeChecks.servedCheck(body.checkId);
    if (!check) {
      throw new BadRequestException({
        message: 'Check your postcode first.',
        fields: { checkId: ['checkId must come from a served postcode check'] },
      });
    }
    if (check.expired) {
      throw new BadRequestException({
        message: 'Your postcode check has expired; check your postcode again.',
        fields: { checkId: ['the postcode check has expired'] },
      });
    }
    await this.assertOpen(check.organisationId);
    const { token, hash } = newChatToken();
    const nickname = body.nickname?.trim() || null;
    // Workers tell anonymous visitors apart by the nickname, else by "Anoniem <n>" of the day.
    const visitorNumber = nickname ? null : await this.sessions.nextVisitorNumber(check.organisationId, localMoment(this.clock.now()).date);
    const session = await this.insert(
      {
        organisationId: check.organisationId,
        postcodeCheckId: check.checkId,
        postcode: check.postcode,
        financierId: check.financierId,
        email: body.email?.trim().toLowerCase() ?? null,
        birthDate: body.birthDate ?? null,
        nickname,
        visitorNumber,
        tokenHash: hash,
      },
      'A chat for this postcode check is already running; reconnect with your chat token.',
    );
    this.events.queueMoved(check.organisationId);
    return { session: await this.view(session), chatToken: token };
  }

  async sessionForToken(token: string | undefined): Promise<ChatSessionEntity> {
    const session = token ? await this.sessions.findByTokenHash(hashChatToken(token)) : null;
    if (!session) throw new UnauthorizedException({ message: 'This chat token is not valid.', code: 'chat.chat_token_not' });
    return session;
  }

  /** The role `actor` plays in the chat, or null when it is not theirs to join. */
  async participant(actor: ChatActor, sessionId: string): Promise<{ session: ChatSessionEntity; role: ChatSenderRole } | null> {
    const session = await this.sessions.findById(sessionId);
    if (!session) return null;
    if (actor.kind === 'anonymous') return actor.sessionId === session.id ? { session, role: 'client' } : null;
    const { user } = actor;
    if (user.role === 'client' && session.clientId === user.id) return { session, role: 'client' };
    if (user.role === 'worker' && session.workerId === user.id && session.organisationId === user.organisationId)
      return { session, role: 'worker' };
    return null;
  }

  /**
   * Clients see their own chats; workers waiting chats of their organisation, the ones they hold and
   * ended ones of their cases. Nobody else (team leads, admins) sees any chat: same 404 as a foreign id.
   */
  async visibleTo(user: AuthUser, sessionId: string): Promise<ChatSessionEntity> {
    if (user.role !== 'client' && user.role !== 'worker') throw new NotFoundException({ message: NOT_FOUND, code: 'chat.no_chat' });
    const session = await this.sessions.findById(sessionId);
    const visible =
      !!session &&
      (user.role === 'client'
        ? session.clientId === user.id
        : session.organisationId === user.organisationId && (session.workerId === user.id || session.status === 'waiting'));
    if (visible) return session;
    // The worker assigned to the case reads its chats (the transcript is part of the dossier), even ones a duty colleague held.
    if (
      session &&
      user.role === 'worker' &&
      session.caseId &&
      session.status === 'ended' &&
      session.organisationId === user.organisationId
    ) {
      if (await this.cases.caseOfWorker(session.caseId, user.id)) return session;
    }
    throw new NotFoundException({ message: NOT_FOUND, code: 'chat.no_chat' });
  }

  async viewFor(user: AuthUser, sessionId: string): Promise<ChatSessionView> {
    return this.view(await this.visibleTo(user, sessionId));
  }

  async transcriptFor(user: AuthUser, sessionId: string, after: number): Promise<ChatMessageView[]> {
    const session = await this.visibleTo(user, sessionId);
    if (user.role !== 'client') {
      await this.audit.record({
        actor: user,
        action: 'read',
        resourceType: 'chat_transcript',
        resourceId: session.id,
        clientId: session.clientId,
      });
    }
    return this.messages.after(session.id, after);
  }

  /**
   * Clients: their own chats, ended ones included (the transcript is part of their dossier). Workers:
   * the chats of one case they are assigned to, whoever held the chat.
   */
  async list(user: AuthUser, caseId: string | undefined): Promise<ChatSessionView[]> {
    if (user.role === 'client') {
      const rows = await this.sessions.listOfClient(user.id, caseId);
      return Promise.all(rows.map((s) => this.view(s)));
    }
    if (!caseId) throw new BadRequestException({ message: 'Say which case: ?caseId=<id>', fields: { caseId: ['caseId is required'] } });
    const careCase = await this.cases.caseOfWorker(caseId, user.id, user.organisationId);
    if (!careCase) throw new NotFoundException({ message: 'There is no case with this id for you.', code: 'chat.no_case' });
    await this.audit.record({
      actor: user,
      action: 'read',
      resourceType: 'chat_session',
      resourceId: caseId,
      clientId: careCase.clientId,
      reason: 'chats of a case',
    });
    const rows = await this.sessions.listOfCase(caseId);
    return Promise.all(rows.map((s) => this.view(s)));
  }

  /** What the client types while waiting, so the worker who picks up knows the topic; empty clears it. */
  async setTopic(session: ChatSessionEntity, topic: string): Promise<ChatSessionView> {
    const stored = await this.sessions.setTopic(session.id, topic.trim() || null);
    if (!stored)
      throw new ConflictException({ message: 'You can only change your question while you wait.', code: 'chat.question_locked' });
    this.events.workersChanged(session.organisationId);
    return this.view(session);
  }

  async evaluate(session: ChatSessionEntity, answers: ChatEvaluationRequest): Promise<void> {
    if (session.status !== 'ended')
      throw new ConflictException({ message: 'You can answer the questions when the chat has ended.', code: 'chat.questions_too_early' });
    const stored = await this.sessions.insertEvaluation(session.id, answers, this.clock.now());
    if (!stored)
      throw new ConflictException({ message: 'You already answered the questions for this chat.', code: 'chat.questions_answered' });
  }

  async clientSession(user: AuthUser, sessionId: string): Promise<ChatSessionEntity> {
    const session = await this.visibleTo(user, sessionId);
    if (session.clientId !== user.id) throw new NotFoundException({ message: NOT_FOUND, code: 'chat.no_chat' });
    return session;
  }

  async view(session: ChatSessionEntity): Promise<ChatSessionView> {
    const fresh = (await this.sessions.findById(session.id)) ?? session;
    const [queue, evaluated] = await Promise.all([
      fresh.status === 'waiting' ? this.queue.positionOf(fresh.id, fresh.organisationId) : Promise.resolve(null),
      // The questions can only be answered once the chat has ended.
      fresh.status === 'ended' ? this.sessions.hasEvaluation(fresh.id) : Promise.resolve(false),
    ]);
    return {
      id: fresh.id,
      status: fresh.status,
      anonymous: fresh.clientId === null,
      caseId: fresh.caseId,
      createdAt: fresh.createdAt.toISOString(),
      pickedUpAt: fresh.pickedUpAt?.toISOString() ?? null,
      endedAt: fresh.endedAt?.toISOString() ?? null,
      durationSeconds: fresh.durationSeconds,
      endedReason: fresh.endedReason,
      topic: fresh.topic,
      lastSeq: fresh.lastSeq,
      queue,
      evaluated,
      videoAppointmentId: fresh.videoAppointmentId ?? null,
    };
  }

  private async assertOpen(organisationId: string): Promise<void> {
    const hours = await this.hours.hoursAt(organisationId, this.clock.now());
    if (!hours.open) {
      const next = hours.nextOpensAt ? ` It opens again at ${hours.nextOpensAt.toISOString()}.` : '';
      throw new ConflictException({
        message: `Chat is closed now.${next} You can send a message or book a chat appointment instead.`,
        code: 'chat.closed',
      });
    }
  }

  private async insert(values: Partial<ChatSessionEntity>, runningMessage: string): Promise<ChatSessionEntity> {
    try {
      return await this.sessions.insert({ ...values, status: 'waiting', lastSeq: 0, createdAt: this.clock.now() });
    } catch (error) {
      if ((error as { code?: string }).code === '23505') throw new ConflictException(runningMessage);
      throw error;
    }
  }
}
