import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, MoreThan, Repository } from 'typeorm';
import { ChatMessageEntity } from '../entities/chat-session.entities';
import { updatedRows } from './updated-rows';

/** Every SQL statement on the transcript (`chat_message`) and the session's message counter. */
@Injectable()
export class ChatMessagesRepository {
  constructor(@InjectRepository(ChatMessageEntity) private readonly messages: Repository<ChatMessageEntity>) {}

  findByClientMsgId(sessionId: string, clientMsgId: string): Promise<ChatMessageEntity | null> {
    return this.messages.findOne({ where: { sessionId, clientMsgId } });
  }

  findByClientMsgIdOrFail(sessionId: string, clientMsgId: string): Promise<ChatMessageEntity> {
    return this.messages.findOneOrFail({ where: { sessionId, clientMsgId } });
  }

  /**
   * Takes the chat's next message number; the row lock it leaves on the session (until the caller's
   * transaction ends) hands numbers out one at a time, without gaps. Undefined when the chat ended.
   */
  async nextSeq(sessionId: string, manager: EntityManager): Promise<number | undefined> {
    const [row] = updatedRows<{ last_seq: number }>(
      await manager.query(`UPDATE chat_session SET last_seq = last_seq + 1 WHERE id = $1 AND status <> 'ended' RETURNING last_seq`, [
        sessionId,
      ]),
    );
    return row?.last_seq;
  }

  insert(values: Omit<ChatMessageEntity, 'id'>, manager: EntityManager): Promise<ChatMessageEntity> {
    const repo = manager.getRepository(ChatMessageEntity);
    return repo.save(repo.create(values));
  }

  after(sessionId: string, lastSeenSeq: number, limit: number): Promise<ChatMessageEntity[]> {
    return this.messages.find({ where: { sessionId, seq: MoreThan(lastSeenSeq) }, order: { seq: 'ASC' }, take: limit });
  }
}
