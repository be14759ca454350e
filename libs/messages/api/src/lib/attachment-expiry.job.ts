import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { AppConfig } from '@nabij/platform/api';
import { MessageAttachmentsService } from './message-attachments.service';

const EVERY_MS = 60_000;

/**
 * Once a minute in every instance, deletes uploads whose message was not sent within 24 hours. The
 * state is the rows themselves (`expires_at`), so a restart loses nothing, and the rows are claimed
 * with SKIP LOCKED, so instances never delete the same upload twice.
 */
@Injectable()
export class AttachmentExpiryJob implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('AttachmentExpiry');
  private timer: NodeJS.Timeout | null = null;
  private running = false;

  constructor(
    private readonly attachments: MessageAttachmentsService,
    private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    if (!this.config.backgroundJobs) return;
    this.timer = setInterval(() => void this.tick(), EVERY_MS);
    this.timer.unref();
  }

  /** One run now; the timer calls this, and so do tests (with the timer off and a fixed clock). */
  run(): Promise<number> {
    return this.attachments.expirePending();
  }

  private async tick(): Promise<void> {
    if (this.running) return;
    this.running = true;
    try {
      const expired = await this.run();
      if (expired) this.logger.log(`removed ${expired} expired uploads`);
    } catch (error) {
      this.logger.warn(`expiry failed: ${(error as Error).message}`);
    } finally {
      this.running = false;
    }
  }

  onApplicationShutdown(): void {
    if (this.timer) clearInterval(this.timer);
  }
}
