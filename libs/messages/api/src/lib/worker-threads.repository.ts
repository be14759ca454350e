import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';

export interface WaitingThreadRow {
  id: string;
  case_id: string;
  case_closed: boolean;
  client_name: string | null;
  waiting_since: Date;
  due_at: Date;
}

/** Threads as the organisation admin sees them before deactivating a worker: whose, since when; no contents. */
@Injectable()
export class WorkerThreadsRepository {
  /**
   * Threads with an unanswered client message on the worker's cases, the most urgent first. A case
   * closed after the client wrote still has its question waiting, so closed cases count too.
   */
  waitingThreadsOfWorker(db: EntityManager, workerId: string): Promise<WaitingThreadRow[]> {
    return db.query(
      `SELECT t.id, t.case_id, c.closed_on IS NOT NULL AS case_closed, cl.name AS client_name, d.started_at AS waiting_since, d.due_at
         FROM message_thread t
         JOIN care_case c ON c.id = t.case_id
         JOIN message_deadline d ON d.thread_id = t.id AND d.answered_at IS NULL
         JOIN account cl ON cl.id = t.client_id
        WHERE c.assigned_worker_id = $1
        ORDER BY d.due_at, t.id`,
      [workerId],
    );
  }
}
