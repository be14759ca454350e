import { Injectable, OnApplicationShutdown } from '@nestjs/common';
import type { ChatMessageView, ChatSenderRole } from '@nabij/chat/contracts';
import { Clock } from '@nabij/platform/api';
import { DataSource, EntityManager } from 'typeorm';
import { ChatMessageEntity } from '../entities/chat-session.entities';
import { ChatMessagesRepository, NewChatMessage } from './chat-messages.repository';

export class ChatEndedError extends Error {
  constructor() {
    super('This chat has ended.');
  }
}

export interface AppendResult {
  message: ChatMessageView;
  /** A resend of a message that was already stored (same clientMsgId): do not deliver it again. */
  duplicate: boolean;
}

export function toMessageView(m: ChatMessageEntity): ChatMessageView {
  return {
    sessionId: m.sessionId,
    seq: m.seq,
    sender: m.senderRole,
    body: m.body,
    clientMsgId: m.clientMsgId,
    createdAt: m.createdAt.toISOString(),
  };
}

/** How many waiting messages one commit takes at most. */
const MAX_BATCH = 500;

interface PendingMessage {
  sessionId: string;
  sender: { role: ChatSenderRole; id: string | null };
  body: string;
  clientMsgId: string | null;
  createdAt: Date;
  resolve(result: AppendResult): void;
  reject(error: unknown): void;
}

/**
 * The transcript: every message gets the next number of its chat and is committed before anyone
 * hears of it.
 *
 * Group commit: while one batch is being written, the messages that arrive wait and then go in the
 * next transaction together (one multi-row insert, one commit, one disk flush for all of them).
 * A quiet chat still writes its message at once; a busy instance writes hundreds per commit instead
 * of one. If a batch fails, its messages are retried one by one, so one bad message cannot fail the
 * others; a message that still fails is not acknowledged and the client sends it again.
 */
@Injectable()
export class ChatMessagesService implements OnApplicationShutdown {
  private queue: PendingMessage[] = [];
  private writing: Promise<void> | null = null;

  constructor(
    private readonly messages: ChatMessagesRepository,
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  append(
    sessionId: string,
    sender: { role: ChatSenderRole; id: string | null },
    body: string,
    clientMsgId: string | null,
  ): Promise<AppendResult> {
    return new Promise<AppendResult>((resolve, reject) => {
      this.queue.push({ sessionId, sender, body, clientMsgId, createdAt: this.clock.now(), resolve, reject });
      this.writing ??= this.writeQueue();
    });
  }

  /** Waits until every message handed in so far is written (shutdown, tests). */
  async flushed(): Promise<void> {
    while (this.writing) await this.writing;
  }

  async onApplicationShutdown(): Promise<void> {
    await this.flushed();
  }

  async after(sessionId: string, lastSeenSeq: number, limit = 1000): Promise<ChatMessageView[]> {
    const rows = await this.messages.after(sessionId, lastSeenSeq, limit);
    return rows.map(toMessageView);
  }

  private async writeQueue(): Promise<void> {
    try {
      while (this.queue.length) await this.writeBatch(this.queue.splice(0, MAX_BATCH));
    } finally {
      this.writing = null;
    }
  }

  private async writeBatch(batch: PendingMessage[]): Promise<void> {
    let results: Array<AppendResult | ChatEndedError>;
    try {
      results = await this.dataSource.transaction((db) => this.store(batch, db));
    } catch (error) {
      if (batch.length === 1) return batch[0].reject(error);
      for (const message of batch) await this.writeBatch([message]);
      return;
    }
    batch.forEach((message, i) => {
      const result = results[i];
      if (result instanceof ChatEndedError) message.reject(result);
      else message.resolve(result);
    });
  }

  /** One transaction for the batch: lock the chats, skip resends, number, insert, move the counters. */
  private async store(batch: PendingMessage[], db: EntityManager): Promise<Array<AppendResult | ChatEndedError>> {
    const lastSeq = await this.messages.lockOpenSessions([...new Set(batch.map((m) => m.sessionId))].sort(), db);
    const key = (sessionId: string, clientMsgId: string) => `${sessionId} ${clientMsgId}`;
    const resent = batch.filter((m) => m.clientMsgId !== null && lastSeq.has(m.sessionId));
    const stored = new Map(
      (
        await this.messages.findByClientMsgIds(
          resent.map((m) => ({ sessionId: m.sessionId, clientMsgId: m.clientMsgId as string })),
          db,
        )
      ).map((m) => [key(m.sessionId, m.clientMsgId as string), m]),
    );
    // Per message: an error, a resend of a stored message, or the index of its row in `fresh`.
    const plan: Array<ChatEndedError | ChatMessageEntity | number> = [];
    const fresh: NewChatMessage[] = [];
    const freshByKey = new Map<string, number>();
    const touched = new Map<string, number>();
    for (const m of batch) {
      const last = touched.get(m.sessionId) ?? lastSeq.get(m.sessionId);
      if (last === undefined) {
        plan.push(new ChatEndedError());
        continue;
      }
      const k = m.clientMsgId === null ? null : key(m.sessionId, m.clientMsgId);
      const earlier = k === null ? undefined : (stored.get(k) ?? freshByKey.get(k));
      if (earlier !== undefined) {
        plan.push(earlier);
        continue;
      }
      touched.set(m.sessionId, last + 1);
      if (k !== null) freshByKey.set(k, fresh.length);
      plan.push(fresh.length);
      fresh.push({
        sessionId: m.sessionId,
        seq: last + 1,
        senderRole: m.sender.role,
        senderId: m.sender.id,
        body: m.body,
        clientMsgId: m.clientMsgId,
        createdAt: m.createdAt,
      });
    }
    const inserted = await this.messages.insertMany(fresh, db);
    await this.messages.setLastSeq(touched, db);
    // RETURNING rows are matched by (chat, number), not by their order.
    const bySeq = new Map(inserted.map((m) => [`${m.sessionId} ${m.seq}`, m]));
    const row = (i: number) => bySeq.get(`${fresh[i].sessionId} ${fresh[i].seq}`) as ChatMessageEntity;
    const firstUse = new Set<number>();
    return plan.map((step) => {
      if (step instanceof ChatEndedError) return step;
      if (typeof step !== 'number') return { message: toMessageView(step), duplicate: true };
      // A second copy of a message within the same batch is a resend of the first.
      const duplicate = firstUse.has(step);
      firstUse.add(step);
      return { message: toMessageView(row(step)), duplicate };
    });
  }
}
