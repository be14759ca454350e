import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { AppConfig } from '@nabij/platform/api';
import { DeadlineService } from './deadline.service';

const EVERY_MS = 60_000;

/** Runs deadline_check once a minute in every instance; the check itself makes that safe. */
@Injectable()
export class DeadlineJob implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('MessageDeadlines');
  private timer: NodeJS.Timeout | null = null;
  private running = false;

  constructor(
    private readonly deadlines: DeadlineService,
    private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    if (!this.config.backgroundJobs) return;
    this.timer = setInterval(() => void this.tick(), EVERY_MS);
    this.timer.unref();
  }

  private async tick(): Promise<void> {
    if (this.running) return;
    this.running = true;
    try {
      const { warned, escalated } = await this.deadlines.check();
      if (warned || escalated) this.logger.log(`warned ${warned}, escalated ${escalated}`);
    } catch (error) {
      this.logger.warn(`deadline check failed: ${(error as Error).message}`);
    } finally {
      this.running = false;
    }
  }

  onApplicationShutdown(): void {
    if (this.timer) clearInterval(this.timer);
  }
}
