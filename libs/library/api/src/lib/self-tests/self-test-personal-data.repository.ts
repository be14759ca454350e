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
import { QuestionRepository } from '../questions/question.repository';
import { ShelfRepository } from '../shelf/shelf.repository';
import { SelfTestRepository } from './self-test.repository';

/**
 * The library's part of "download my data" and of erasure (ERASURE_RULES kinds `self_tests`,
 * `my_library` and `library_questions`): the self-test results a client chose to keep, with each
 * question and the answer given as they read then, and what is on their shelf ("Mijn bibliotheek"),
 * both the client's own, so only erasing the whole client (scope `all`) takes them; and the
 * anonymous question they asked before registering, which goes with its case.
 */
@Injectable()
export class SelfTestPersonalDataRepository implements PersonalDataSource, PersonalDataEraser, OnModuleInit {
  readonly section = 'library';

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly sources: PersonalDataRegistry,
    private readonly erasers: PersonalDataEraserRegistry,
    private readonly results: SelfTestRepository,
    private readonly shelf: ShelfRepository,
    private readonly questions: QuestionRepository,
  ) {}

  onModuleInit(): void {
    this.sources.register(this);
    this.erasers.register(this);
  }

  async collect(clientId: string): Promise<Record<string, unknown>> {
    const rows = await this.results.resultsOf(clientId);
    const selfTestResults = rows.map((r) => ({
      test: r.definition.title.nl,
      version: r.version,
      takenAt: r.taken_at.toISOString(),
      score: r.score,
      result: r.definition.bands.find((b) => b.key === r.band)?.title.nl ?? r.band,
      answers: r.definition.questions.map((q, i) => ({ question: q.text.nl, answer: q.options[r.answers[i]]?.label.nl ?? null })),
    }));
    const myLibrary = (await this.shelf.itemsOf(clientId, 'nl')).map((r) => ({
      kind: r.kind,
      title: r.title ?? r.document_id,
      note: r.note,
      sharedByStaff: r.shared_by !== null,
      sharedAt: r.shared_at.toISOString(),
      readAt: r.read_at?.toISOString() ?? null,
    }));
    const anonymousQuestions = (await this.questions.ofClient(clientId)).map((q) => ({
      nickname: q.nickname,
      question: q.body,
      askedAt: q.asked_at.toISOString(),
      answer: q.answer,
      answeredAt: q.answered_at?.toISOString() ?? null,
    }));
    return { selfTestResults, myLibrary, anonymousQuestions };
  }

  async inventory(scope: ErasureScope, manager: EntityManager = this.db.manager): Promise<Record<string, number>> {
    const questions = (await this.questions.ofClient(scope.clientId, manager)).filter((q) => inScope(scope, q.case_id)).length;
    if (scope.cases !== 'all') return { self_tests: 0, my_library: 0, library_questions: questions };
    const [row] = await manager.query(`SELECT count(*)::int AS n FROM library_self_test_result WHERE account_id = $1`, [scope.clientId]);
    return { self_tests: row.n, my_library: await this.shelf.countOf(scope.clientId, manager), library_questions: questions };
  }

  async erase(scope: ErasureScope, manager: EntityManager): Promise<ErasureOutcome> {
    if (scope.cases !== 'all') {
      const [, gone] = await manager.query(`DELETE FROM library_question WHERE client_id = $1 AND case_id = ANY($2::uuid[])`, [
        scope.clientId,
        scope.cases,
      ]);
      return { counts: { self_tests: 0, my_library: 0, library_questions: Number(gone ?? 0) } };
    }
    const [, removed] = await manager.query(`DELETE FROM library_self_test_result WHERE account_id = $1`, [scope.clientId]);
    return {
      counts: {
        self_tests: Number(removed ?? 0),
        my_library: await this.shelf.deleteOf(scope.clientId, manager),
        library_questions: await this.questions.deleteOfClient(scope.clientId, manager),
      },
    };
  }
}

/** A question goes with its case; one on no case yet only with the whole client. */
function inScope(scope: ErasureScope, caseId: string | null): boolean {
  return scope.cases === 'all' || (caseId !== null && scope.cases.includes(caseId));
}
