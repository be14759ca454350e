import { BeforeApplicationShutdown, Inject, Injectable, Logger } from '@nestjs/common';
import {
  ChatAck,
  ChatErrorCode,
  ChatJoinResult,
  ChatMessageView,
  ChatSenderRole,
  ChatServerEvent,
  ChatTypingEvent,
} from '@nabij/chat/contracts';
import { hasHostileText, PG_INT_MAX } from '@nabij/platform/api';
import type { Socket } from 'socket.io';
import { ChatActor } from '../sessions/chat-actor';
import { ChatEndedError, ChatMessagesService } from '../sessions/chat-messages.service';
import { ChatPresenceService } from '../sessions/chat-presence.service';
import { ChatSessionsService } from '../sessions/chat-sessions.service';
import { ChatSocketOptions } from './chat-socket-options';
import { chatRoom, clientRoom, workersRoom } from './chat-events';
import { RateLimiter } from './rate-limiter';

interface SocketState {
  actor: ChatActor;
  /** Chats this socket joined, with the role it plays there. */
  joined: Map<string, { role: ChatSenderRole; senderId: string | null }>;
  limiter: RateLimiter;
}

const fail = (error: ChatErrorCode, message: string): ChatAck<never> => ({ ok: false, error, message });
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
// Control characters other than tab and newline have no place in a chat line (and NUL breaks PostgreSQL text).
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F]/g;

/** What happens on the /chat socket: joining a chat's room, sending, typing. */
@Injectable()
export class ChatSocketService implements BeforeApplicationShutdown {
  private readonly logger = new Logger('ChatSocket');
  /** Set when this instance starts to stop (before Nest closes its sockets and the database). */
  private stopping = false;
  /** Departure checks still running, which the stop waits for. */
  private readonly departures = new Set<Promise<void>>();

  constructor(
    private readonly sessions: ChatSessionsService,
    private readonly messages: ChatMessagesService,
    private readonly presence: ChatPresenceService,
    @Inject(ChatSocketOptions) private readonly options: ChatSocketOptions,
  ) {}

  connected(socket: Socket, actor: ChatActor): void {
    const state: SocketState = { actor, joined: new Map(), limiter: new RateLimiter(this.options.rateBurst, this.options.ratePerSecond) };
    socket.data.chat = state;
    if (actor.kind === 'account' && actor.user.role === 'worker' && actor.user.organisationId) {
      void socket.join(workersRoom(actor.user.organisationId));
    }
  }

  /** Joins the chat's room after checking it is the caller's chat, and replays what they missed. */
  async join(socket: Socket, payload: unknown): Promise<ChatAck<ChatJoinResult>> {
    const state = this.state(socket);
    const p = (payload ?? {}) as { sessionId?: unknown; lastSeenSeq?: unknown };
    if (typeof p.sessionId !== 'string' || !UUID.test(p.sessionId)) return fail('invalid', 'sessionId must be a chat id.');
    const lastSeenSeq = p.lastSeenSeq === undefined ? 0 : Number(p.lastSeenSeq);
    if (!Number.isInteger(lastSeenSeq) || lastSeenSeq < 0 || lastSeenSeq > PG_INT_MAX)
      return fail('invalid', `lastSeenSeq must be a whole number from 0 to ${PG_INT_MAX}.`);
    const participant = await this.sessions.participant(state.actor, p.sessionId);
    if (!participant) return fail('not_found', 'There is no chat with this id for you.');
    const senderId = state.actor.kind === 'account' ? state.actor.user.id : null;
    state.joined.set(p.sessionId, { role: participant.role, senderId });
    await socket.join(chatRoom(p.sessionId));
    if (participant.role === 'client') {
      await socket.join(clientRoom(p.sessionId));
      await this.presence.clientBack(p.sessionId);
    }
    if (socket.disconnected) {
      // Gone while this join ran (a page closed at once): its disconnect handler saw no chat yet. Leave
      // the rooms just joined (no ghost member) and record the departure now.
      await Promise.all([socket.leave(chatRoom(p.sessionId)), socket.leave(clientRoom(p.sessionId))]);
      await this.disconnected(socket);
      return fail('not_joined', 'The connection closed while joining.');
    }
    // Read again after joining the room: a change in between reaches this socket either way.
    const [session, messages] = await Promise.all([this.sessions.view(participant.session), this.messages.after(p.sessionId, lastSeenSeq)]);
    return { ok: true, data: { session, messages } };
  }

  /** Stores the message, then delivers it to the others in the chat, then acknowledges it. */
  async send(socket: Socket, payload: unknown): Promise<ChatAck<ChatMessageView>> {
    const state = this.state(socket);
    const p = (payload ?? {}) as { sessionId?: unknown; body?: unknown; clientMsgId?: unknown };
    const membership = typeof p.sessionId === 'string' ? state.joined.get(p.sessionId) : undefined;
    if (!membership) return fail('not_joined', 'Join the chat before sending.');
    if (typeof p.body !== 'string') return fail('invalid', 'body must be text.');
    if (p.clientMsgId !== undefined && (typeof p.clientMsgId !== 'string' || p.clientMsgId.length === 0 || p.clientMsgId.length > 64)) {
      return fail('invalid', 'clientMsgId must be text of at most 64 characters.');
    }
    const body = p.body.replace(CONTROL, '').trim();
    // The HTTP pipe refuses these for every route; socket payloads do not pass through it.
    if (hasHostileText(body) || (typeof p.clientMsgId === 'string' && hasHostileText(p.clientMsgId))) {
      return fail(
        'invalid',
        'The message or its id contains characters that are not allowed (half of an emoji, or a NUL character in the id).',
      );
    }
    if (body.length === 0) return fail('invalid', 'The message is empty.');
    if (body.length > this.options.maxMessageLength)
      return fail('too_long', `A message can be at most ${this.options.maxMessageLength} characters.`);
    const wait = state.limiter.take();
    if (wait > 0) return fail('rate_limited', `You are sending too fast; try again in ${Math.ceil(wait / 1000)} s.`);
    const sessionId = p.sessionId as string;
    try {
      const { message, duplicate } = await this.messages.append(
        sessionId,
        { role: membership.role, id: membership.senderId },
        body,
        (p.clientMsgId as string | undefined) ?? null,
      );
      if (!duplicate) socket.to(chatRoom(sessionId)).emit(ChatServerEvent.Message, message);
      return { ok: true, data: message };
    } catch (error) {
      if (error instanceof ChatEndedError) return fail('ended', error.message);
      // Not stored, so not acknowledged: the client keeps the message and may resend it.
      this.logger.error(error instanceof Error ? error.stack : String(error));
      return fail('unavailable', 'The message was not sent; try again.');
    }
  }

  /**
   * The instance stops: Nest closes its sockets next, then the database. Sockets closed by the stop
   * are not clients leaving (they reconnect to another instance), so they record no departure; an
   * instance that stops without a word is what the queue's presence check covers (ChatPresenceService).
   * Checks already running finish first, while the database is still there.
   */
  async beforeApplicationShutdown(): Promise<void> {
    this.stopping = true;
    await Promise.allSettled([...this.departures]);
  }

  /**
   * After the socket left its rooms: for each waiting chat it was the client in, when no socket of the client
   * is left in the chat on any instance (fetchSockets asks them all through the adapter), the client is gone.
   */
  async disconnected(socket: Socket): Promise<void> {
    if (this.stopping) return;
    const check = this.departure(socket);
    this.departures.add(check);
    try {
      await check;
    } finally {
      this.departures.delete(check);
    }
  }

  private async departure(socket: Socket): Promise<void> {
    const state = socket.data.chat as SocketState | undefined;
    if (!state) return;
    for (const [sessionId, membership] of state.joined) {
      if (membership.role !== 'client') continue;
      try {
        // One indexed read here saves asking every instance (fetchSockets waits for all of them) when
        // a client leaves a chat that is already picked up or ended.
        if (!(await this.presence.isWaiting(sessionId))) continue;
        const others = await socket.nsp.in(clientRoom(sessionId)).fetchSockets();
        if (others.length === 0) await this.presence.clientGone(sessionId);
      } catch (error) {
        // No answer from every instance: leave them waiting; the sweep only ends chats marked gone.
        this.logger.warn(`Presence check failed: ${error instanceof Error ? error.message : error}`);
      }
    }
  }

  typing(socket: Socket, payload: unknown): void {
    const state = this.state(socket);
    const p = (payload ?? {}) as { sessionId?: unknown; typing?: unknown };
    const membership = typeof p.sessionId === 'string' ? state.joined.get(p.sessionId) : undefined;
    if (!membership) return;
    const event: ChatTypingEvent = { sessionId: p.sessionId as string, sender: membership.role, typing: p.typing === true };
    socket.to(chatRoom(event.sessionId)).volatile.emit(ChatServerEvent.Typing, event);
  }

  private state(socket: Socket): SocketState {
    return socket.data.chat as SocketState;
  }
}
