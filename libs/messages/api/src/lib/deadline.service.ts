import { Injectable } from '@nestjs/common';
import { Clock, OutboxMailEntity } from '@nabij/platform/api';
import { DataSource } from 'typeorm';
import { deadlineStep, WARN_BEFORE_MS } from './deadline';
import { MessageDeadlinesRepository } from './message-deadlines.repository';
import { MessageRecipientsService } from './message-recipients.service';
import { MessagesRepository } from './messages.repository';
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
    private readonly deadlines: MessageDeadlinesRepository,
    private readonly messages: MessagesRepository,
    private readonly recipients: MessageRecipientsService,
  ) {}

  async check(batchSize = 100): Promise<DeadlineCheckResult> {
    const now = this.clock.now();
    const result: DeadlineCheckResult = { warned: 0, escalated: 0 };
    const mails: OutboxMailEntity[] = [];
    await this.dataSource.transaction(async (db) => {
      // Everything that needs a warning by now, or more: deadlineStep decides which.
      const due = await this.deadlines.claimDue(db, new Date(now.getTime() + WARN_BEFORE_MS), batchSize);
      for (const d of due) {
        const step = deadlineStep({ dueAt: new Date(d.due_at), warnedAt: d.warned_at, escalatedAt: d.escalated_at }, now);
        if (step === 'none') continue;
        const ctx = await this.recipients.contextOf(db, d.thread_id);
        if (step === 'warn') {
          const to = ctx.assignedWorkerId ? [ctx.assignedWorkerId] : await this.recipients.dutyWorkers(db, ctx.organisationId, now);
          mails.push(...(await this.notifications.notify(db, to, 'message_due_soon', d.thread_id, true, new Date(d.due_at))));
          await this.deadlines.markWarned(db, d.id, now);
          result.warned++;
        } else {
          const to = [...(await this.recipients.dutyWorkers(db, ctx.organisationId, now)), ...(await this.recipients.teamLeads(db, ctx))];
          mails.push(...(await this.notifications.notify(db, to, 'message_overdue', d.thread_id, true, new Date(d.due_at))));
          await this.deadlines.markEscalated(db, d.id, now);
          result.escalated++;
        }
      }
    });
    await this.notifications.deliver(mails);
    return result;
  }
}
