import { Injectable } from '@nestjs/common';
import type { SlaOutcome } from '@nabij/messages/contracts';
import { DataSource, EntityManager, IsNull } from 'typeorm';
import { MessageDeadlineEntity } from './entities/message.entities';

/** A running clock the deadline check may act on, claimed by the caller's transaction. */
export interface DueDeadlineRow {
  id: string;
  thread_id: string;
  due_at: Date;
  warned_at: Date | null;
  escalated_at: Date | null;
}

/** One stored run of the clock, as the database returns it. */
export interface DeadlineHistoryRow {
  thread_id: string;
  started_at: Date;
  due_at: Date;
  outcome: SlaOutcome | null;
  met_at: Date | null;
  missed_at: Date | null;
  answered_at: Date | null;
}

/**
 * Every SQL statement about the 48-hour clock (message_deadline). All methods except `history` run
 * in the caller's transaction, so the send, the reply and the check keep their row locks.
 */
@Injectable()
export class MessageDeadlinesRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** The clock of the thread that still waits for an answer, if any. */
  running(db: EntityManager, threadId: string): Promise<MessageDeadlineEntity | null> {
    return db.getRepository(MessageDeadlineEntity).findOneBy({ threadId, answeredAt: IsNull() });
  }

  start(db: EntityManager, threadId: string, startedAt: Date, dueAt: Date): Promise<MessageDeadlineEntity> {
    return db.getRepository(MessageDeadlineEntity).save({
      threadId,
      startedAt,
      dueAt,
      warnedAt: null,
      escalatedAt: null,
      answeredAt: null,
      metAt: null,
      missedAt: null,
      outcome: null,
    });
  }

  /** A reply stops the clock: met when in time, missed when late (the check may have said so already). */
  async answer(db: EntityManager, threadId: string, answeredAt: Date): Promise<void> {
    await db.query(
      `UPDATE message_deadline
          SET answered_at = $2,
              outcome = COALESCE(outcome, CASE WHEN $2 <= due_at THEN 'met' ELSE 'missed' END),
              met_at = CASE WHEN outcome IS NULL AND $2 <= due_at THEN $2 ELSE met_at END,
              missed_at = CASE WHEN outcome IS NULL AND $2 > due_at THEN due_at ELSE missed_at END
        WHERE thread_id = $1 AND answered_at IS NULL`,
      [threadId, answeredAt],
    );
  }

  /**
   * Unanswered, not yet escalated clocks due by `dueBy`, earliest first, locked FOR UPDATE SKIP
   * LOCKED: instances checking at the same time each get other rows.
   */
  claimDue(db: EntityManager, dueBy: Date, batchSize: number): Promise<DueDeadlineRow[]> {
    return db.query(
      `SELECT id, thread_id, due_at, warned_at, escalated_at FROM message_deadline
        WHERE answered_at IS NULL AND escalated_at IS NULL AND due_at <= $1
        ORDER BY due_at LIMIT $2
        FOR UPDATE SKIP LOCKED`,
      [dueBy, batchSize],
    );
  }

  async markWarned(db: EntityManager, id: string, at: Date): Promise<void> {
    await db.query(`UPDATE message_deadline SET warned_at = $2 WHERE id = $1`, [id, at]);
  }

  /** Escalated means missed, counted from the deadline itself. */
  async markEscalated(db: EntityManager, id: string, at: Date): Promise<void> {
    await db.query(`UPDATE message_deadline SET escalated_at = $2, outcome = 'missed', missed_at = due_at WHERE id = $1`, [id, at]);
  }

  /** Running clocks of the whole installation: all, past the warning point, past the deadline (for the metrics). */
  async openCounts(now: Date, warnAt: Date): Promise<{ waiting: number; warned: number; overdue: number }> {
    const [row] = await this.dataSource.query(
      `SELECT count(*)::int AS waiting,
              count(*) FILTER (WHERE due_at <= $2)::int AS warned,
              count(*) FILTER (WHERE due_at <= $1)::int AS overdue
         FROM message_deadline WHERE answered_at IS NULL`,
      [now, warnAt],
    );
    return row;
  }

  history(threadId: string): Promise<DeadlineHistoryRow[]> {
    return this.dataSource.query(`SELECT * FROM message_deadline WHERE thread_id = $1 ORDER BY started_at`, [threadId]);
  }
}
