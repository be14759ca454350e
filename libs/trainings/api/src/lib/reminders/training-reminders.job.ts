import { Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { JobsService } from '@nabij/platform/api';
import { TrainingRemindersService } from './training-reminders.service';

/** Every 15 minutes (a pg-boss schedule, one instance per run); the service claims rows with SKIP LOCKED. */
@Injectable()
export class TrainingRemindersJob implements OnModuleInit {
  private readonly logger = new Logger('TrainingReminders');

  constructor(
    private readonly reminders: TrainingRemindersService,
    private readonly jobs: JobsService,
  ) {}

  onModuleInit(): void {
    this.jobs.register({
      name: 'trainings.reminders',
      cron: '*/15 * * * *',
      policy: 'singleton',
      retryLimit: 0,
      handle: () => this.tick(),
    });
  }

  async tick(): Promise<void> {
    const sent = await this.reminders.sendDue();
    if (sent) this.logger.log(`queued ${sent} training reminder(s)`);
  }
}
