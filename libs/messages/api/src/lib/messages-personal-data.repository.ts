import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AccountDirectoryService } from '@nabij/identity/api';
import { PersonalDataRegistry, PersonalDataSource } from '@nabij/platform/api';
import { DataSource } from 'typeorm';

/**
 * The messages part of "download my data": every message in the client's threads, both ways, with
 * the sender's role and name (the client already sees who answered). Left out: read marks and
 * deadlines (the organisation's working data about its staff, not about the client). The answers to the
 * questions after a closed thread come along (`messageEvaluations`).
 */
@Injectable()
export class MessagesPersonalDataRepository implements PersonalDataSource, OnModuleInit {
  readonly section = 'messages';

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly registry: PersonalDataRegistry,
    private readonly accounts: AccountDirectoryService,
  ) {}

  onModuleInit(): void {
    this.registry.register(this);
  }

  async collect(clientId: string): Promise<Record<string, unknown>> {
    const messages: Array<{ senderId: string }> = await this.db.query(
      `SELECT m.thread_id AS "threadId", m.received_at AS "sentAt", m.sender_role AS "senderRole", m.sender_id AS "senderId", m.body
       FROM message m JOIN message_thread t ON t.id = m.thread_id
       WHERE t.client_id = $1 ORDER BY m.seq`,
      [clientId],
    );
    const evaluations = await this.db.query(
      `SELECT e.thread_id AS "threadId", e.created_at AS "answeredAt", e.skipped, e.helpful, e.understood, e.again, e.remark
       FROM thread_evaluation e JOIN message_thread t ON t.id = e.thread_id
       WHERE t.client_id = $1 ORDER BY e.created_at`,
      [clientId],
    );
    return { messages: await this.accounts.withNames(messages, 'senderId', 'sender'), messageEvaluations: evaluations };
  }
}
