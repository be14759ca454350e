import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';

export interface WaitingThreadRow {
  id: string;
  case_id: string;
  client_id: string;
  waiting_since: Date;
  due_at: Date;
}

/** Threads as the organisation admin sees them before deactivating a worker: whose, since when; no contents. */
@Injectable()
export class WorkerThreadsRepository {
  /** Threads of these cases with an unanswered client message, the most urgent first. */
  waitingThreadsOfCases(db: EntityManager, caseIds: string[]): Promise<WaitingThreadRow[]> {
    return db.query(
      `SELECT t.id, t.case_id, t.client_id, d.started_at AS waiting_since, d.due_at
         FROM message_thread t
         JOIN message_deadline d ON d.thread_id = t.id AND d.answered_at IS NULL
        WHERE t.case_id = ANY($1::uuid[])
        ORDER BY d.due_at, t.id`,
      [caseIds],
    );
  }
}
