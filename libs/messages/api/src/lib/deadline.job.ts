import { Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { JobsService } from '@nabij/platform/api';
import { DeadlineService } from './deadline.service';

/**
 * deadline_check once a minute, run by one instance (a pg-boss schedule). The check itself claims
 * its rows with SKIP LOCKED, so a slow run that overlaps the next one still warns only once.
 */
@Injectable()
export class DeadlineJob implements OnModuleInit {
  private readonly logger = new Logger('MessageDeadlines');

  constructor(
    private readonly deadlines: DeadlineService,
    private readonly jobs: JobsService,
  ) {}

  onModuleInit(): void {
    // No retries: the next minute's run is the retry.
    this.jobs.register({
      name: 'messages.deadline-check',
      cron: '* * * * *',
      policy: 'singleton',
      retryLimit: 0,
      handle: () => this.run(),
    });
  }

  async run(): Promise<void> {
    const { warned, escalated } = await this.deadlines.check();
    if (warned || escalated) this.logger.log(`warned ${warned}, escalated ${escalated}`);
  }
}
