import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { ChatMessageView, ChatSenderRole } from '@nabij/chat/contracts';
import { Clock } from '@nabij/platform/api';
import { DataSource, MoreThan, Repository } from 'typeorm';
import { updatedRows } from './updated-rows';
import { ChatMessageEntity } from '../entities/chat-session.entities';

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
    @InjectRepository(ChatMessageEntity) private readonly messages: Repository<ChatMessageEntity>,
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
      const earlier = await this.messages.findOne({ where: { sessionId, clientMsgId } });
      if (earlier) return { message: toMessageView(earlier), duplicate: true };
    }
    try {
      const saved = await this.dataSource.transaction(async (db) => {
        // The row lock on the session hands out seq numbers one at a time, without gaps.
        const [row] = updatedRows<{ last_seq: number }>(
          await db.query(`UPDATE chat_session SET last_seq = last_seq + 1 WHERE id = $1 AND status <> 'ended' RETURNING last_seq`, [
            sessionId,
          ]),
        );
        if (!row) throw new ChatEndedError();
        const message = db.getRepository(ChatMessageEntity).create({
          sessionId,
          seq: row.last_seq,
          senderRole: sender.role,
          senderId: sender.id,
          body,
          clientMsgId,
          createdAt: this.clock.now(),
        });
        return db.getRepository(ChatMessageEntity).save(message);
      });
      return { message: toMessageView(saved), duplicate: false };
    } catch (error) {
      // Two resends of one message racing: the unique index keeps one, the other reports it.
      if (clientMsgId && (error as { code?: string }).code === '23505') {
        const earlier = await this.messages.findOneOrFail({ where: { sessionId, clientMsgId } });
        return { message: toMessageView(earlier), duplicate: true };
      }
      throw error;
    }
  }

  async after(sessionId: string, lastSeenSeq: number, limit = 1000): Promise<ChatMessageView[]> {
    const rows = await this.messages.find({ where: { sessionId, seq: MoreThan(lastSeenSeq) }, order: { seq: 'ASC' }, take: limit });
    return rows.map(toMessageView);
  }
}
