import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { AppConfig } from '@nabij/platform/api';
import { TrainingRemindersService } from './training-reminders.service';

const EVERY_MS = 15 * 60_000;

/** Every 15 minutes, in every instance: the service claims rows with SKIP LOCKED, so that is safe. */
@Injectable()
export class TrainingRemindersJob implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('TrainingReminders');
  private timer: NodeJS.Timeout | null = null;
  private running = false;

  constructor(
    private readonly reminders: TrainingRemindersService,
    private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    if (!this.config.backgroundJobs) return;
    this.timer = setInterval(() => void this.tick(), EVERY_MS);
    this.timer.unref();
  }

  async tick(): Promise<void> {
    if (this.running) return;
    this.running = true;
    try {
      const sent = await this.reminders.sendDue();
      if (sent) this.logger.log(`queued ${sent} training reminder(s)`);
    } catch (error) {
      this.logger.warn(`training reminders failed: ${(error as Error).message}`);
    } finally {
      this.running = false;
    }
  }

  onApplicationShutdown(): void {
    if (this.timer) clearInterval(this.timer);
  }
}
