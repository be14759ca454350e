import { Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DocumentStore, ErasureOutcome, ErasureScope, PersonalDataEraser, PersonalDataEraserRegistry } from '@nabij/platform/api';
import { DataSource, EntityManager } from 'typeorm';

/**
 * The messages part of erasing a client or an expired case (ERASURE_RULES kind `messages`): every
 * message of the threads in scope with its attachments (rows now, files after the commit) and the
 * client's notifications. The thread and its answer deadlines stay: they hold no content and are the
 * 48-hour figures of the caseload report. Scope `all` takes every thread of the client, also the
 * duty-queue thread without a case.
 */
@Injectable()
export class MessagesErasureRepository implements PersonalDataEraser, OnModuleInit {
  readonly section = 'messages';
  private readonly logger = new Logger('MessagesErasure');

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly registry: PersonalDataEraserRegistry,
    private readonly documents: DocumentStore,
  ) {}

  onModuleInit(): void {
    this.registry.register(this);
  }

  async inventory(scope: ErasureScope, manager: EntityManager = this.db.manager): Promise<Record<string, number>> {
    const threads = await this.threadIds(scope, manager);
    const [row] = await manager.query(`SELECT count(*)::int AS n FROM message WHERE thread_id = ANY($1)`, [threads]);
    return { messages: row.n };
  }

  async erase(scope: ErasureScope, manager: EntityManager): Promise<ErasureOutcome> {
    const threads = await this.threadIds(scope, manager);
    const [files]: [{ storage_key: string }[]] = await manager.query(
      `DELETE FROM message_attachment WHERE message_id IN (SELECT id FROM message WHERE thread_id = ANY($1)) RETURNING storage_key`,
      [threads],
    );
    const [, removed] = await manager.query(`DELETE FROM message WHERE thread_id = ANY($1)`, [threads]);
    await manager.query(`DELETE FROM notification WHERE recipient_id = $1 AND thread_id = ANY($2)`, [scope.clientId, threads]);
    // The evaluation's scores stay for the figures; its free-text remark is content.
    await manager.query(`UPDATE thread_evaluation SET remark = NULL WHERE thread_id = ANY($1)`, [threads]);
    return {
      counts: { messages: Number(removed ?? 0) },
      afterCommit: async () => {
        for (const f of files)
          await this.documents
            .remove(f.storage_key)
            .catch((e: Error) => this.logger.warn(`attachment ${f.storage_key} not removed: ${e.message}`));
      },
    };
  }

  private async threadIds(scope: ErasureScope, manager: EntityManager): Promise<string[]> {
    const rows: { id: string }[] =
      scope.cases === 'all'
        ? await manager.query(`SELECT id FROM message_thread WHERE client_id = $1`, [scope.clientId])
        : await manager.query(`SELECT id FROM message_thread WHERE client_id = $1 AND case_id = ANY($2)`, [scope.clientId, scope.cases]);
    return rows.map((r) => r.id);
  }
}
