import { Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { JobsService } from '@nabij/platform/api';
import { RetentionService } from './retention.service';

/**
 * Every night at 03:30 (Amsterdam; a pg-boss schedule, singleton: never two runs at once), erases
 * cases whose retention term has passed. The state is in the rows (`care_case.anonymised_at`), so
 * a run that stops halfway is finished by the next one.
 */
@Injectable()
export class RetentionJob implements OnModuleInit {
  private readonly logger = new Logger('Retention');

  constructor(
    private readonly retention: RetentionService,
    private readonly jobs: JobsService,
  ) {}

  onModuleInit(): void {
    this.jobs.register({
      name: 'privacy.retention',
      cron: '30 3 * * *',
      policy: 'singleton',
      retryLimit: 2,
      handle: async () => {
        const done = await this.retention.run();
        if (done.cases) this.logger.log(`retention: ${done.cases} cases erased, ${done.clients} clients as a whole`);
      },
    });
  }
}
