import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  ErasureOutcome,
  ErasureScope,
  PersonalDataEraser,
  PersonalDataEraserRegistry,
  PersonalDataRegistry,
  PersonalDataSource,
} from '@nabij/platform/api';
import { DataSource, EntityManager } from 'typeorm';

const IN_SCOPE = `client_id = $1 AND ($2::uuid[] IS NULL OR case_id = ANY($2::uuid[]))`;

/**
 * The guardians domain's part of "download my data" and of erasure (ERASURE_RULES kind `guardians`):
 * the pupil's parent links (who, what they were allowed to see, the pupil's consent) and the parent
 * threads about the pupil. Erasing deletes the links of the cases in scope, and with them the
 * threads; the parent's own account stays (it is the parent's, and may serve other children).
 */
@Injectable()
export class GuardianPersonalDataRepository implements PersonalDataSource, PersonalDataEraser, OnModuleInit {
  readonly section = 'guardians';

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly sources: PersonalDataRegistry,
    private readonly erasers: PersonalDataEraserRegistry,
  ) {}

  onModuleInit(): void {
    this.sources.register(this);
    this.erasers.register(this);
  }

  async collect(clientId: string): Promise<Record<string, unknown>> {
    const links: Array<{
      id: string;
      name: string;
      relation: string;
      show_appointments: boolean;
      show_documents: boolean;
      show_messages: boolean;
      consent_at: Date | null;
      created_at: Date;
      ended_at: Date | null;
    }> = await this.db.query(
      `SELECT id, name, relation, show_appointments, show_documents, show_messages, consent_at, created_at, ended_at
         FROM guardian_link WHERE client_id = $1 ORDER BY created_at, id`,
      [clientId],
    );
    const messages: Array<{ link_id: string; sender_role: string; body: string; created_at: Date }> = await this.db.query(
      `SELECT m.link_id, m.sender_role, m.body, m.created_at FROM guardian_message m JOIN guardian_link l ON l.id = m.link_id
        WHERE l.client_id = $1 ORDER BY m.created_at, m.seq`,
      [clientId],
    );
    return {
      parents: links.map((l) => ({
        name: l.name,
        relation: l.relation,
        shares: { appointments: l.show_appointments, documents: l.show_documents, messages: l.show_messages },
        consentAt: l.consent_at?.toISOString() ?? null,
        linkedAt: l.created_at.toISOString(),
        endedAt: l.ended_at?.toISOString() ?? null,
        messages: messages
          .filter((m) => m.link_id === l.id)
          .map((m) => ({ from: m.sender_role, body: m.body, at: m.created_at.toISOString() })),
      })),
    };
  }

  async inventory(scope: ErasureScope, manager: EntityManager = this.db.manager): Promise<Record<string, number>> {
    const [row] = await manager.query(`SELECT count(*)::int AS n FROM guardian_link WHERE ${IN_SCOPE}`, [scope.clientId, casesOf(scope)]);
    return { guardians: row.n };
  }

  async erase(scope: ErasureScope, manager: EntityManager): Promise<ErasureOutcome> {
    const [, removed] = await manager.query(`DELETE FROM guardian_link WHERE ${IN_SCOPE}`, [scope.clientId, casesOf(scope)]);
    return { counts: { guardians: Number(removed ?? 0) } };
  }
}

function casesOf(scope: ErasureScope): string[] | null {
  return scope.cases === 'all' ? null : scope.cases;
}
