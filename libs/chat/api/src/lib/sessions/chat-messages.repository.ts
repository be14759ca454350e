import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { ChatSenderRole } from '@nabij/chat/contracts';
import { EntityManager, MoreThan, Repository } from 'typeorm';
import { ChatMessageEntity } from '../entities/chat-session.entities';

/** A message about to be stored, its number already taken. */
export type NewChatMessage = Omit<ChatMessageEntity, 'id'>;

interface MessageRow {
  id: string;
  session_id: string;
  seq: number;
  sender_role: ChatSenderRole;
  sender_id: string | null;
  body: string;
  client_msg_id: string | null;
  created_at: Date;
}

function toEntity(row: MessageRow): ChatMessageEntity {
  return {
    id: row.id,
    sessionId: row.session_id,
    seq: row.seq,
    senderRole: row.sender_role,
    senderId: row.sender_id,
    body: row.body,
    clientMsgId: row.client_msg_id,
    createdAt: row.created_at,
  };
}

/** Every SQL statement on the transcript (`chat_message`) and the session's message counter. */
@Injectable()
export class ChatMessagesRepository {
  constructor(@InjectRepository(ChatMessageEntity) private readonly messages: Repository<ChatMessageEntity>) {}

  /**
   * Locks the chats (in id order, so two batches wait for each other instead of deadlocking) and
   * returns each one's last message number; ended and unknown chats are left out. The locks hold
   * until the caller's transaction ends, so numbers are handed out one batch at a time, without gaps.
   */
  async lockOpenSessions(sessionIds: string[], manager: EntityManager): Promise<Map<string, number>> {
    const rows: Array<{ id: string; last_seq: number; status: string }> = await manager.query(
      `SELECT id, last_seq, status FROM chat_session WHERE id = ANY ($1::uuid[]) ORDER BY id FOR UPDATE`,
      [sessionIds],
    );
    return new Map(rows.filter((r) => r.status !== 'ended').map((r) => [r.id, r.last_seq]));
  }

  /** Messages already stored under these (chat, client message id) pairs: resends. */
  async findByClientMsgIds(keys: Array<{ sessionId: string; clientMsgId: string }>, manager: EntityManager): Promise<ChatMessageEntity[]> {
    if (!keys.length) return [];
    const rows: MessageRow[] = await manager.query(
      `SELECT m.* FROM chat_message m
         JOIN unnest($1::uuid[], $2::text[]) AS k(session_id, client_msg_id)
           ON m.session_id = k.session_id AND m.client_msg_id = k.client_msg_id`,
      [keys.map((k) => k.sessionId), keys.map((k) => k.clientMsgId)],
    );
    return rows.map(toEntity);
  }

  /** One statement for the whole batch. */
  async insertMany(messages: NewChatMessage[], manager: EntityManager): Promise<ChatMessageEntity[]> {
    if (!messages.length) return [];
    const rows: MessageRow[] = await manager.query(
      `INSERT INTO chat_message (session_id, seq, sender_role, sender_id, body, client_msg_id, created_at)
       SELECT * FROM unnest($1::uuid[], $2::int[], $3::text[], $4::uuid[], $5::text[], $6::text[], $7::timestamptz[])
       RETURNING *`,
      [
        messages.map((m) => m.sessionId),
        messages.map((m) => m.seq),
        messages.map((m) => m.senderRole),
        messages.map((m) => m.senderId),
        messages.map((m) => m.body),
        messages.map((m) => m.clientMsgId),
        messages.map((m) => m.createdAt),
      ],
    );
    return rows.map(toEntity);
  }

  async setLastSeq(lastSeq: Map<string, number>, manager: EntityManager): Promise<void> {
    if (!lastSeq.size) return;
    await manager.query(
      `UPDATE chat_session s SET last_seq = v.last_seq FROM unnest($1::uuid[], $2::int[]) AS v(id, last_seq) WHERE s.id = v.id`,
      [[...lastSeq.keys()], [...lastSeq.values()]],
    );
  }

  after(sessionId: string, lastSeenSeq: number, limit: number): Promise<ChatMessageEntity[]> {
    return this.messages.find({ where: { sessionId, seq: MoreThan(lastSeenSeq) }, order: { seq: 'ASC' }, take: limit });
  }
}
