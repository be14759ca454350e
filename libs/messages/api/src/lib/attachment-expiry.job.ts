import { Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { JobsService } from '@nabij/platform/api';
import { MessageAttachmentsService } from './message-attachments.service';

/**
 * Once a minute (a pg-boss schedule, one instance per run), deletes uploads whose message was not
 * sent within 24 hours. The state is the rows themselves (`expires_at`), so a restart loses nothing,
 * and the rows are claimed with SKIP LOCKED, so overlapping runs never delete the same upload twice.
 */
@Injectable()
export class AttachmentExpiryJob implements OnModuleInit {
  private readonly logger = new Logger('AttachmentExpiry');

  constructor(
    private readonly attachments: MessageAttachmentsService,
    private readonly jobs: JobsService,
  ) {}

  onModuleInit(): void {
    this.jobs.register({
      name: 'messages.attachment-expiry',
      cron: '* * * * *',
      policy: 'singleton',
      retryLimit: 0,
      handle: async () => {
        const expired = await this.run();
        if (expired) this.logger.log(`removed ${expired} expired uploads`);
      },
    });
  }

  /** One run now; the schedule calls this, and so do tests (background jobs off, a fixed clock). */
  run(): Promise<number> {
    return this.attachments.expirePending();
  }
}
