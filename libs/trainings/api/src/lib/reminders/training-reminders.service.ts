import { Injectable } from '@nestjs/common';
import { AccountDirectoryService } from '@nabij/identity/api';
import { AppConfig, Clock, MailMessage, MailService, OutboxMailEntity } from '@nabij/platform/api';
import type { ReminderFrequency } from '@nabij/trainings/contracts';
import { DataSource } from 'typeorm';
import { nextStepOf, ProgressModule } from '../module-progress';
import { ParticipationRepository } from '../participation.repository';
import { ProgressService } from '../progress.service';

/** Time between two reminders. Twice a week = every 3.5 days. */
export const REMINDER_INTERVAL_HOURS: Record<ReminderFrequency, number> = { weekly: 7 * 24, twice_weekly: 84 };

/** How many enrolments one run claims; the next run (15 minutes later) takes the rest. */
const BATCH = 100;

/**
 * The reminder is deliberately empty of content: the mailbox or phone may be shared, so no
 * training title, module, answers or goals, only that something is waiting and a link.
 */
export function reminderMail(to: string, publicUrl: string): MailMessage {
  return {
    to,
    subject: 'Je training wacht op je',
    text:
      'Hallo,\n\nJe training wacht op je. Heb je even tijd? Ga dan verder waar je gebleven was:\n' +
      `${publicUrl}/training\n\n` +
      'Je krijgt deze mail omdat je herinneringen hebt aangezet. Wil je ze niet meer? Zet ze uit op de pagina Training.\n\nGroet,\nNabij',
  };
}

/**
 * Sends the reminders clients asked for (off by default). A reminder is due when reminders are on
 * and a full interval has passed since the latest of: the last reminder, the last activity in the
 * training, and the moment reminders were turned on. No mail for a finished training, or while
 * the client can only wait for their trainer's feedback; such a row still gets `last_reminded_at`
 * (it was considered), so it is looked at again one interval later, not every run.
 *
 * Rows are claimed FOR UPDATE SKIP LOCKED and the mail is queued in the same transaction that
 * records `last_reminded_at`, so several API instances never send the same reminder twice.
 */
@Injectable()
export class TrainingRemindersService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly participation: ParticipationRepository,
    private readonly progress: ProgressService,
    private readonly mail: MailService,
    private readonly config: AppConfig,
    private readonly clock: Clock,
    private readonly accounts: AccountDirectoryService,
  ) {}

  /** Returns how many reminder mails were queued. */
  async sendDue(): Promise<number> {
    const now = this.clock.now();
    const queued: OutboxMailEntity[] = [];
    await this.dataSource.transaction(async (manager) => {
      const rows = await this.participation.claimDueReminders(
        manager,
        now,
        { weekly: REMINDER_INTERVAL_HOURS.weekly, twiceWeekly: REMINDER_INTERVAL_HOURS.twice_weekly },
        BATCH,
      );
      if (!rows.length) return;
      // A client admitted with a login name has no address: their reminder is skipped, not sent.
      const emails = await this.accounts.emailsByIds(
        rows.map((r) => r.client_id),
        manager,
      );
      const enrolments = await this.participation.enrolments(
        manager,
        rows.map((r) => r.id),
      );
      for (const row of rows) {
        const enrolment = enrolments.find((e) => e.id === row.id);
        if (!enrolment) continue;
        const snap = await this.progress.snapshot(enrolment, manager);
        const email = emails.get(row.client_id);
        if (email && nextStepOf(snap.modules as ProgressModule[], snap.states, snap.facts)) {
          queued.push(await this.mail.enqueue(reminderMail(email, this.config.publicUrl), manager));
        }
        await this.participation.setLastReminded(manager, enrolment.id, now);
      }
    });
    // Delivered after commit; a failed delivery stays in the outbox for the mail retry job.
    for (const mail of queued) await this.mail.deliver(mail);
    return queued.length;
  }
}
