import { Injectable, OnModuleInit } from '@nestjs/common';
import { Clock, JobsService } from '@nabij/platform/api';
import { TwoFactorRepository } from './two-factor.repository';

/** Used or expired login challenges are kept a day (for looking into a complaint), then removed. */
export const LOGIN_CHALLENGE_KEEP_MS = 24 * 3600_000;

/** Every hour (a pg-boss schedule, singleton): removes login challenges that expired over a day ago. */
@Injectable()
export class LoginChallengeCleanupJob implements OnModuleInit {
  constructor(
    private readonly repo: TwoFactorRepository,
    private readonly jobs: JobsService,
    private readonly clock: Clock,
  ) {}

  onModuleInit(): void {
    this.jobs.register({
      name: 'identity.login-challenge-cleanup',
      cron: '17 * * * *',
      policy: 'singleton',
      retryLimit: 1,
      handle: () => this.run(),
    });
  }

  run(): Promise<void> {
    return this.repo.deleteChallengesBefore(new Date(this.clock.now().getTime() - LOGIN_CHALLENGE_KEEP_MS));
  }
}
