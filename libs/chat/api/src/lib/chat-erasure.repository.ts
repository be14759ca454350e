import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ErasureOutcome, ErasureScope, PersonalDataEraser, PersonalDataEraserRegistry } from '@nabij/platform/api';
import { DataSource, EntityManager } from 'typeorm';

/**
 * The chat part of erasing a client or an expired case (ERASURE_RULES kind `chat`): the transcripts,
 * and the e-mail address, postcode and birth date given for the chat. The session row stays with
 * its date, duration and evaluation scores: they hold no content and feed time registration and
 * the chat figures. The evaluation's free-text remark is content and goes. Scope `all` also takes the client's chats that belong to no case.
 */
@Injectable()
export class ChatErasureRepository implements PersonalDataEraser, OnModuleInit {
  readonly section = 'chat';

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly registry: PersonalDataEraserRegistry,
  ) {}

  onModuleInit(): void {
    this.registry.register(this);
  }

  async inventory(scope: ErasureScope, manager: EntityManager = this.db.manager): Promise<Record<string, number>> {
    const ids = await this.sessionIds(scope, manager);
    const [row] = await manager.query(`SELECT count(*)::int AS n FROM chat_message WHERE session_id = ANY($1)`, [ids]);
    return { chat: row.n };
  }

  async erase(scope: ErasureScope, manager: EntityManager): Promise<ErasureOutcome> {
    const ids = await this.sessionIds(scope, manager);
    const [, removed] = await manager.query(`DELETE FROM chat_message WHERE session_id = ANY($1)`, [ids]);
    await manager.query(`UPDATE chat_evaluation SET remark = NULL WHERE session_id = ANY($1)`, [ids]);
    await manager.query(`UPDATE chat_session SET email = NULL, postcode = NULL, birth_date = NULL, token_hash = NULL WHERE id = ANY($1)`, [
      ids,
    ]);
    return { counts: { chat: Number(removed ?? 0) } };
  }

  private async sessionIds(scope: ErasureScope, manager: EntityManager): Promise<string[]> {
    const rows: { id: string }[] =
      scope.cases === 'all'
        ? await manager.query(`SELECT id FROM chat_session WHERE client_id = $1`, [scope.clientId])
        : await manager.query(`SELECT id FROM chat_session WHERE client_id = $1 AND case_id = ANY($2)`, [scope.clientId, scope.cases]);
    return rows.map((r) => r.id);
  }
}
