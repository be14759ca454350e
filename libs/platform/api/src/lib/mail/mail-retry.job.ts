import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { AppConfig } from '../config/app-config';
import { MailService } from './mail.service';

const EVERY_MS = 60_000;

/** Once a minute, retries mails that could not be delivered, so no registration mail is lost. */
@Injectable()
export class MailRetryJob implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('MailRetry');
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly mail: MailService,
    private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    if (!this.config.backgroundJobs || !this.config.smtpUrl) return;
    this.timer = setInterval(() => {
      this.mail.retryPending().catch((error) => this.logger.warn(`retry failed: ${(error as Error).message}`));
    }, EVERY_MS);
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    if (this.timer) clearInterval(this.timer);
  }
}
