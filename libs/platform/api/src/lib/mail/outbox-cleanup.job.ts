import { Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { Clock } from '../clock/clock';
import { JobsService } from '../jobs/jobs.service';
import { SmsOutboxRepository } from '../sms/sms-outbox.repository';
import { MailOutboxRepository } from './mail-outbox.repository';

/**
 * The outboxes are delivery queues, not archives: a mail holds a name and often a link that logs in
 * or resets a password, an SMS a phone number. Thirty days after it was written a row has long been
 * delivered or given up (ten attempts within the first hours) and only answers "did the mail go out?".
 */
export const OUTBOX_KEEP_DAYS = 30;

/** Every night at 04:40 (Amsterdam; a pg-boss schedule, singleton): removes mails and SMS older than OUTBOX_KEEP_DAYS. */
@Injectable()
export class OutboxCleanupJob implements OnModuleInit {
  private readonly logger = new Logger('Housekeeping');

  constructor(
    private readonly mails: MailOutboxRepository,
    private readonly sms: SmsOutboxRepository,
    private readonly jobs: JobsService,
    private readonly clock: Clock,
  ) {}

  onModuleInit(): void {
    this.jobs.register({
      name: 'platform.outbox-cleanup',
      cron: '40 4 * * *',
      policy: 'singleton',
      retryLimit: 2,
      handle: async () => {
        const removed = await this.run();
        if (removed.mails + removed.sms) this.logger.log(`outbox housekeeping: ${JSON.stringify(removed)}`);
      },
    });
  }

  async run(): Promise<{ mails: number; sms: number }> {
    const before = new Date(this.clock.now().getTime() - OUTBOX_KEEP_DAYS * 86_400_000);
    return { mails: await this.mails.deleteWrittenBefore(before), sms: await this.sms.deleteWrittenBefore(before) };
  }
}
