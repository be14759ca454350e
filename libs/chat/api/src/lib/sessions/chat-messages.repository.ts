import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { ChatSenderRole } from '@nabij/chat/contracts';
import { GroupRead } from '@nabij/platform/api';
import { EntityManager, Repository } from 'typeorm';
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

  /**
   * The messages after `lastSeenSeq`, oldest first. Joins come in bursts (every open chat rejoins
   * after a restart): concurrent ones share one statement, each chat with its own start and limit.
   */
  async after(sessionId: string, lastSeenSeq: number, limit: number): Promise<ChatMessageEntity[]> {
    return (await this.afterReads.get(`${sessionId}|${lastSeenSeq}|${limit}`)) ?? [];
  }

  private readonly afterReads = new GroupRead<string, ChatMessageEntity[]>(async (keys) => {
    const parts = keys.map((k) => k.split('|'));
    const rows: Array<MessageRow & { key: string }> = await this.messages.manager.query(
      `SELECT k.key, m.* FROM unnest($1::text[], $2::uuid[], $3::int[], $4::int[]) AS k(key, session_id, seq, lim)
         CROSS JOIN LATERAL (
           SELECT * FROM chat_message m WHERE m.session_id = k.session_id AND m.seq > k.seq ORDER BY m.seq LIMIT k.lim
         ) m
        ORDER BY k.key, m.seq`,
      [keys, parts.map((p) => p[0]), parts.map((p) => Number(p[1])), parts.map((p) => Number(p[2]))],
    );
    const found = new Map<string, ChatMessageEntity[]>();
    for (const row of rows) {
      const list = found.get(row.key) ?? [];
      list.push(toEntity(row));
      found.set(row.key, list);
    }
    return found;
  });
}
