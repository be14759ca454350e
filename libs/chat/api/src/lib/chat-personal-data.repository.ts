import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AccountDirectoryService } from '@nabij/identity/api';
import { PersonalDataRegistry, PersonalDataSource } from '@nabij/platform/api';
import { DataSource } from 'typeorm';

/**
 * The chat part of "download my data": every chat the client had while logged in (or that was
 * linked to their account afterwards), with its transcript, who answered and the client's own
 * evaluation. Left out: chats the client had anonymously and never linked (we cannot tell they were
 * theirs) and the session token (a secret, not information about the person).
 */
@Injectable()
export class ChatPersonalDataRepository implements PersonalDataSource, OnModuleInit {
  readonly section = 'chat';

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly registry: PersonalDataRegistry,
    private readonly accounts: AccountDirectoryService,
  ) {}

  onModuleInit(): void {
    this.registry.register(this);
  }

  async collect(clientId: string): Promise<Record<string, unknown>> {
    const chats: Array<{ workerId: string | null }> = await this.db.query(
      `SELECT s.id, s.case_id AS "caseId", s.created_at AS "startedAt", s.ended_at AS "endedAt", s.duration_seconds AS "durationSeconds",
              s.email, s.postcode, to_char(s.birth_date, 'YYYY-MM-DD') AS "birthDate", s.worker_id AS "workerId",
              e.helpful AS "evaluationHelpful", e.understood AS "evaluationUnderstood", e.again AS "evaluationAgain",
              e.remark AS "evaluationRemark"
       FROM chat_session s LEFT JOIN chat_evaluation e ON e.session_id = s.id
       WHERE s.client_id = $1 ORDER BY s.created_at, s.id`,
      [clientId],
    );
    const transcripts: Array<{ senderId: string | null }> = await this.db.query(
      `SELECT m.session_id AS "chatId", m.created_at AS "sentAt", m.sender_role AS "senderRole", m.sender_id AS "senderId", m.body
       FROM chat_message m JOIN chat_session s ON s.id = m.session_id
       WHERE s.client_id = $1 ORDER BY s.created_at, m.seq`,
      [clientId],
    );
    // Names of who answered come from identity's directory (identity owns account).
    return {
      chats: await this.accounts.withNames(chats, 'workerId', 'worker'),
      transcripts: await this.accounts.withNames(transcripts, 'senderId', 'sender'),
    };
  }
}
