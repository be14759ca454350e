import { Signal, WritableSignal, computed, signal } from '@angular/core';
import { ChatClientEvent, ChatServerEvent } from '@nabij/chat/contracts';
import type {
  ChatAck,
  ChatErrorCode,
  ChatJoinResult,
  ChatMessageView,
  ChatQueueEvent,
  ChatSenderRole,
  ChatSessionView,
  ChatTypingEvent,
} from '@nabij/chat/contracts';
import type { ChatConnection, ChatConnector } from './chat-connection';

/** One conversation as one participant sees it: the session, the transcript and whether the other side types. */
export class ChatRoom {
  private readonly _session: WritableSignal<ChatSessionView>;
  private readonly _messages = signal<ChatMessageView[]>([]);
  private readonly _otherTyping = signal(false);
  private sent = 0;

  readonly session: Signal<ChatSessionView>;
  readonly messages = this._messages.asReadonly();
  readonly otherTyping = this._otherTyping.asReadonly();
  /** The highest message number we hold; a rejoin asks only for what came after. */
  readonly lastSeenSeq = computed(() => this._messages().at(-1)?.seq ?? 0);

  constructor(
    private readonly link: ChatLink,
    initial: ChatSessionView,
    readonly me: ChatSenderRole,
  ) {
    this._session = signal(initial);
    this.session = this._session.asReadonly();
  }

  get id(): string {
    return this._session().id;
  }

  async join(): Promise<void> {
    const ack = await this.link.ack<ChatJoinResult>(ChatClientEvent.Join, { sessionId: this.id, lastSeenSeq: this.lastSeenSeq() });
    if (!ack.ok) return;
    this._session.set(ack.data.session);
    this.add(ack.data.messages);
  }

  /** Resolves with null when stored, or the reason it was refused. */
  async send(body: string): Promise<ChatErrorCode | null> {
    const text = body.trim();
    if (!text) return 'invalid';
    const clientMsgId = `${this.id.slice(0, 8)}-${Date.now().toString(36)}-${++this.sent}`;
    try {
      const ack = await this.link.ack<ChatMessageView>(ChatClientEvent.Send, { sessionId: this.id, body: text, clientMsgId });
      if (!ack.ok) return ack.error;
      this.add([ack.data]);
      return null;
    } catch {
      return 'unavailable';
    }
  }

  typing(typing: boolean): void {
    this.link.emit(ChatClientEvent.Typing, { sessionId: this.id, typing });
  }

  /** Events from the link, already filtered to this session. */
  receive(message: ChatMessageView): void {
    this._otherTyping.set(false);
    this.add([message]);
  }

  update(session: ChatSessionView): void {
    this._session.set(session);
    if (session.status === 'ended') this._otherTyping.set(false);
  }

  queueMoved(event: ChatQueueEvent): void {
    this._session.update((s) =>
      s.status === 'waiting' ? { ...s, queue: { position: event.position, estimatedWaitSeconds: event.estimatedWaitSeconds } } : s,
    );
  }

  typed(event: ChatTypingEvent): void {
    if (event.sender !== this.me) this._otherTyping.set(event.typing);
  }

  private add(incoming: ChatMessageView[]): void {
    if (!incoming.length) return;
    this._messages.update((current) => {
      const bySeq = new Map(current.map((m) => [m.seq, m]));
      for (const m of incoming) bySeq.set(m.seq, m);
      return [...bySeq.values()].sort((a, b) => a.seq - b.seq);
    });
  }
}

/** One socket with the chats joined on it; after a reconnect every room is joined again and gets what it missed. */
export class ChatLink {
  private readonly rooms = new Map<string, ChatRoom>();
  private readonly _connected = signal(false);
  private everConnected = false;
  readonly connected = this._connected.asReadonly();
  /** Workers: called when the queue changed. */
  onQueueChanged: () => void = () => undefined;

  private constructor(private readonly connection: ChatConnection) {}

  static async open(connector: ChatConnector, token: () => string | null): Promise<ChatLink> {
    const link = new ChatLink(await connector(token));
    const c = link.connection;
    c.on('connect', () => link.connectedAgain());
    c.on('disconnect', () => link._connected.set(false));
    c.on(ChatServerEvent.Message, (m: ChatMessageView) => link.rooms.get(m.sessionId)?.receive(m));
    c.on(ChatServerEvent.Session, (s: ChatSessionView) => link.rooms.get(s.id)?.update(s));
    c.on(ChatServerEvent.Queue, (q: ChatQueueEvent) => link.rooms.get(q.sessionId)?.queueMoved(q));
    c.on(ChatServerEvent.Typing, (t: ChatTypingEvent) => link.rooms.get(t.sessionId)?.typed(t));
    c.on(ChatServerEvent.QueueChanged, () => link.onQueueChanged());
    return link;
  }

  /** Joins the chat (now, or as soon as the socket connects). */
  async room(session: ChatSessionView, me: ChatSenderRole): Promise<ChatRoom> {
    let room = this.rooms.get(session.id);
    if (!room) {
      room = new ChatRoom(this, session, me);
      this.rooms.set(session.id, room);
    } else {
      room.update(session);
    }
    if (this._connected()) await room.join();
    return room;
  }

  leave(sessionId: string): void {
    this.rooms.delete(sessionId);
  }

  ack<T>(event: string, payload: unknown): Promise<ChatAck<T>> {
    return this.connection.emitWithAck<ChatAck<T>>(event, payload);
  }

  emit(event: string, payload: unknown): void {
    this.connection.emit(event, payload);
  }

  close(): void {
    this.rooms.clear();
    this.connection.close();
  }

  private connectedAgain(): void {
    this._connected.set(true);
    if (this.everConnected) this.onQueueChanged();
    this.everConnected = true;
    for (const room of this.rooms.values()) void room.join().catch(() => undefined);
  }
}
