import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { PersonalDataRegistry, PersonalDataSource } from '@nabij/platform/api';
import { DataSource } from 'typeorm';

/**
 * The messages part of "download my data": every message in the client's threads, both ways, with
 * the sender's role and name (the client already sees who answered). Left out: read marks and
 * deadlines (the organisation's working data about its staff, not about the client).
 */
@Injectable()
export class MessagesPersonalDataRepository implements PersonalDataSource, OnModuleInit {
  readonly section = 'messages';

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly registry: PersonalDataRegistry,
  ) {}

  onModuleInit(): void {
    this.registry.register(this);
  }

  async collect(clientId: string): Promise<Record<string, unknown>> {
    const messages = await this.db.query(
      `SELECT m.thread_id AS "threadId", m.received_at AS "sentAt", m.sender_role AS "senderRole", a.name AS sender, m.body
       FROM message m JOIN message_thread t ON t.id = m.thread_id JOIN account a ON a.id = m.sender_id
       WHERE t.client_id = $1 ORDER BY m.seq`,
      [clientId],
    );
    return { messages };
  }
}
