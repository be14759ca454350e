import { Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { JobsService } from '../jobs/jobs.service';
import { MailService } from './mail.service';

/**
 * Once a minute (a pg-boss schedule, one instance per run), sends waiting mails that have no delivery
 * job of their own: the safety net behind those jobs, so no registration mail is lost.
 */
@Injectable()
export class MailRetryJob implements OnModuleInit {
  private readonly logger = new Logger('MailRetry');

  constructor(
    private readonly mail: MailService,
    private readonly jobs: JobsService,
  ) {}

  onModuleInit(): void {
    this.jobs.register({
      name: 'platform.mail-retry',
      cron: '* * * * *',
      policy: 'singleton',
      retryLimit: 0,
      handle: async () => {
        const delivered = await this.mail.retryPending();
        if (delivered) this.logger.log(`delivered ${delivered} waiting mail(s)`);
      },
    });
  }
}
