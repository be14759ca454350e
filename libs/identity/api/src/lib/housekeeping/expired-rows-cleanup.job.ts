import { Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { Clock, JobsService } from '@nabij/platform/api';
import { SessionsService } from '../sessions.service';
import { ExpiredRowsRepository, RemovedRows } from './expired-rows.repository';

const DAY_MS = 86_400_000;
/** Failed logins count for 15 minutes (LoginThrottleService); a day is kept for looking into a complaint. */
export const LOGIN_FAILURE_KEEP_MS = DAY_MS;
/**
 * Reset links, e-mail checks, activation codes and logins are kept 30 days after they stopped working
 * (to answer "I never got in" questions), then removed: they hold nothing anyone needs after that.
 */
export const ENDED_KEEP_MS = 30 * DAY_MS;

/**
 * Every night at 04:20 (Amsterdam; a pg-boss schedule, singleton): removes identity's rows that have
 * done their work, so these tables do not grow for ever. Refresh tokens grow fastest (one per refresh).
 */
@Injectable()
export class ExpiredRowsCleanupJob implements OnModuleInit {
  private readonly logger = new Logger('Housekeeping');

  constructor(
    private readonly rows: ExpiredRowsRepository,
    private readonly sessions: SessionsService,
    private readonly jobs: JobsService,
    private readonly clock: Clock,
  ) {}

  onModuleInit(): void {
    this.jobs.register({
      name: 'identity.expired-rows-cleanup',
      cron: '20 4 * * *',
      policy: 'singleton',
      retryLimit: 2,
      handle: async () => {
        const removed = await this.run();
        const total = Object.values(removed).reduce((a, b) => a + b, 0);
        if (total) this.logger.log(`housekeeping: ${JSON.stringify(removed)}`);
      },
    });
  }

  async run(): Promise<RemovedRows & { logins: number }> {
    const now = this.clock.now().getTime();
    const removed = await this.rows.removeExpired(new Date(now - LOGIN_FAILURE_KEEP_MS), new Date(now - ENDED_KEEP_MS));
    return { ...removed, logins: await this.sessions.forgetOld(new Date(now - ENDED_KEEP_MS)) };
  }
}
