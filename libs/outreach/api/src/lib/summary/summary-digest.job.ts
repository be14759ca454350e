import { Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { JobsService } from '@nabij/platform/api';
import { SummaryDigestService } from './summary-digest.service';

/** outreach.weekly-digest every Monday at 08:00 (Europe/Amsterdam), run by one instance (a pg-boss schedule). */
@Injectable()
export class SummaryDigestJob implements OnModuleInit {
  private readonly logger = new Logger('OutreachDigest');

  constructor(
    private readonly digest: SummaryDigestService,
    private readonly jobs: JobsService,
  ) {}

  onModuleInit(): void {
    // A retry sends only what was not sent: each organisation's week is marked when its mails are stored.
    this.jobs.register({
      name: 'outreach.weekly-digest',
      cron: '0 8 * * 1',
      policy: 'singleton',
      retryLimit: 3,
      retryDelaySeconds: 300,
      handle: () => this.run(),
    });
  }

  async run(): Promise<void> {
    const { weekStart, organisations, mails } = await this.digest.sendLastWeek();
    this.logger.log(`week of ${weekStart}: ${mails} mails to team leads of ${organisations} organisations`);
  }
}
