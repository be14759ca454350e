import { Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { JobsService } from '@nabij/platform/api';
import { VideoNoticesService } from './video-notices.service';

/** Every 5 minutes (a pg-boss schedule, one instance per run): the notices ahead of video calls that are due. */
@Injectable()
export class VideoNoticesJob implements OnModuleInit {
  private readonly logger = new Logger('VideoNotices');

  constructor(
    private readonly notices: VideoNoticesService,
    private readonly jobs: JobsService,
  ) {}

  onModuleInit(): void {
    this.jobs.register({
      name: 'video.notices',
      cron: '*/5 * * * *',
      policy: 'singleton',
      retryLimit: 0,
      handle: () => this.tick(),
    });
  }

  async tick(): Promise<void> {
    const sent = await this.notices.sendDue();
    if (sent) this.logger.log(`sent ${sent} video call notice(s)`);
  }
}
