import { Injectable } from '@nestjs/common';
import type { ChatMessageView, ChatSenderRole } from '@nabij/chat/contracts';
import { Clock } from '@nabij/platform/api';
import { DataSource } from 'typeorm';
import { ChatMessageEntity } from '../entities/chat-session.entities';
import { ChatMessagesRepository } from './chat-messages.repository';

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

/** The transcript: every message gets the next number of its chat and is committed before anyone hears of it. */
@Injectable()
export class ChatMessagesService {
  constructor(
    private readonly messages: ChatMessagesRepository,
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  async append(
    sessionId: string,
    sender: { role: ChatSenderRole; id: string | null },
    body: string,
    clientMsgId: string | null,
  ): Promise<AppendResult> {
    if (clientMsgId) {
      const earlier = await this.messages.findByClientMsgId(sessionId, clientMsgId);
      if (earlier) return { message: toMessageView(earlier), duplicate: true };
    }
    try {
      const saved = await this.dataSource.transaction(async (db) => {
        // The row lock on the session hands out seq numbers one at a time, without gaps.
        const seq = await this.messages.nextSeq(sessionId, db);
        if (seq === undefined) throw new ChatEndedError();
        return this.messages.insert(
          {
            sessionId,
            seq,
            senderRole: sender.role,
            senderId: sender.id,
            body,
            clientMsgId,
            createdAt: this.clock.now(),
          },
          db,
        );
      });
      return { message: toMessageView(saved), duplicate: false };
    } catch (error) {
      // Two resends of one message racing: the unique index keeps one, the other reports it.
      if (clientMsgId && (error as { code?: string }).code === '23505') {
        const earlier = await this.messages.findByClientMsgIdOrFail(sessionId, clientMsgId);
        return { message: toMessageView(earlier), duplicate: true };
      }
      throw error;
    }
  }

  async after(sessionId: string, lastSeenSeq: number, limit = 1000): Promise<ChatMessageView[]> {
    const rows = await this.messages.after(sessionId, lastSeenSeq, limit);
    return rows.map(toMessageView);
  }
}
