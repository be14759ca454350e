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

/**
 * Outreach's part of "download my data" and of erasure (ERASURE_RULES kind `outreach`): a client
 * who stood on a call list (a list of a team's or municipality's clients) — the calls, how each
 * ended, and the answers given, each with the question as it was asked. Families from a file have
 * no account and are not in here. Only erasing the whole client (scope `all`) takes it; the
 * minutes of the calls stay in time registration (kind `time`).
 */
@Injectable()
export class OutreachPersonalDataRepository implements PersonalDataSource, PersonalDataEraser, OnModuleInit {
  readonly section = 'outreach';

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
    const calls: Array<{ list: string; ended_at: Date; outcome: string }> = await this.db.query(
      `SELECT l.name AS list, a.ended_at, a.outcome
         FROM outreach_attempt a JOIN outreach_entry e ON e.id = a.entry_id JOIN outreach_list l ON l.id = e.list_id
        WHERE e.client_id = $1 AND a.ended_at IS NOT NULL ORDER BY a.ended_at`,
      [clientId],
    );
    const answers: Array<{ submitted_at: Date; questionnaire: string; question: string; answer: unknown }> = await this.db.query(
      `SELECT r.submitted_at, qn.title AS questionnaire, q.text AS question, r.answers->q.key AS answer
         FROM outreach_response r
         JOIN outreach_entry e ON e.id = r.entry_id
         JOIN outreach_questionnaire qn ON qn.id = (SELECT questionnaire_id FROM outreach_questionnaire_version WHERE id = r.version_id)
         JOIN outreach_question q ON q.version_id = r.version_id AND r.answers ? q.key
         JOIN outreach_section s ON s.id = q.section_id
        WHERE e.client_id = $1 ORDER BY r.submitted_at, s.position, q.position`,
      [clientId],
    );
    return {
      calls: calls.map((c) => ({ list: c.list, endedAt: c.ended_at.toISOString(), outcome: c.outcome })),
      answers: answers.map((a) => ({
        givenAt: a.submitted_at.toISOString(),
        questionnaire: a.questionnaire,
        question: a.question,
        answer: a.answer,
      })),
    };
  }

  async inventory(scope: ErasureScope, manager: EntityManager = this.db.manager): Promise<Record<string, number>> {
    if (scope.cases !== 'all') return { outreach: 0 };
    const [row] = await manager.query(`SELECT count(*)::int AS n FROM outreach_entry WHERE client_id = $1`, [scope.clientId]);
    return { outreach: row.n };
  }

  /** The client's entries go, and with them (ON DELETE CASCADE) their calls, answers and tasks. */
  async erase(scope: ErasureScope, manager: EntityManager): Promise<ErasureOutcome> {
    if (scope.cases !== 'all') return { counts: { outreach: 0 } };
    const [, removed] = await manager.query(`DELETE FROM outreach_entry WHERE client_id = $1`, [scope.clientId]);
    return { counts: { outreach: Number(removed ?? 0) } };
  }
}
