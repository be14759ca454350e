import { Injectable } from '@nestjs/common';
import { DutyRosterService } from '@nabij/chat/api';
import { Clock, OutboxMailEntity } from '@nabij/platform/api';
import { DataSource } from 'typeorm';
import { deadlineStep, WARN_BEFORE_MS } from './deadline';
import { dutyWorkers, teamLeads, threadContext } from './message-recipients';
import { NotificationsService } from './notifications.service';

export interface DeadlineCheckResult {
  warned: number;
  escalated: number;
}

/**
 * deadline_check: warns the assigned worker 6 hours before a deadline and escalates to the duty
 * workers and the team lead when it passes. All state lives in message_deadline (warned_at,
 * escalated_at), so a restart loses nothing; rows are claimed FOR UPDATE SKIP LOCKED, so several
 * API instances running the check at once never notify twice.
 */
@Injectable()
export class DeadlineService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly notifications: NotificationsService,
    private readonly clock: Clock,
    private readonly roster: DutyRosterService,
  ) {}

  async check(batchSize = 100): Promise<DeadlineCheckResult> {
    const now = this.clock.now();
    const result: DeadlineCheckResult = { warned: 0, escalated: 0 };
    const mails: OutboxMailEntity[] = [];
    await this.dataSource.transaction(async (db) => {
      const due: Array<{ id: string; thread_id: string; due_at: Date; warned_at: Date | null; escalated_at: Date | null }> = await db.query(
        `SELECT id, thread_id, due_at, warned_at, escalated_at FROM message_deadline
          WHERE answered_at IS NULL AND escalated_at IS NULL AND due_at <= $1
          ORDER BY due_at LIMIT $2
          FOR UPDATE SKIP LOCKED`,
        [new Date(now.getTime() + WARN_BEFORE_MS), batchSize],
      );
      for (const d of due) {
        const step = deadlineStep({ dueAt: new Date(d.due_at), warnedAt: d.warned_at, escalatedAt: d.escalated_at }, now);
        if (step === 'none') continue;
        const ctx = await threadContext(db, d.thread_id);
        if (step === 'warn') {
          const to = ctx.assignedWorkerId ? [ctx.assignedWorkerId] : await dutyWorkers(db, this.roster, ctx.organisationId, now);
          mails.push(...(await this.notifications.notify(db, to, 'message_due_soon', d.thread_id, true)));
          await db.query(`UPDATE message_deadline SET warned_at = $2 WHERE id = $1`, [d.id, now]);
          result.warned++;
        } else {
          const to = [...(await dutyWorkers(db, this.roster, ctx.organisationId, now)), ...(await teamLeads(db, ctx))];
          mails.push(...(await this.notifications.notify(db, to, 'message_overdue', d.thread_id, true)));
          await db.query(`UPDATE message_deadline SET escalated_at = $2, outcome = 'missed', missed_at = due_at WHERE id = $1`, [
            d.id,
            now,
          ]);
          result.escalated++;
        }
      }
    });
    await this.notifications.deliver(mails);
    return result;
  }
}
