import { Injectable, OnModuleInit } from '@nestjs/common';
import { JobsService } from '@nabij/platform/api';
import { CONTACT_OCCURRED, ContactOccurred } from '@nabij/time/contracts';
import { DataSource } from 'typeorm';
import { TimePrefillService } from './time-prefill.service';

/**
 * Time's side of the ContactOccurred event: other domains only announce the contact (in their own
 * transaction), time prefills the entry. Prefill is idempotent per (source, sourceId), so a job that
 * pg-boss runs again after a crash registers nothing twice.
 */
@Injectable()
export class ContactOccurredHandler implements OnModuleInit {
  constructor(
    private readonly jobs: JobsService,
    private readonly prefill: TimePrefillService,
    private readonly dataSource: DataSource,
  ) {}

  onModuleInit(): void {
    this.jobs.register<ContactOccurred>({
      name: CONTACT_OCCURRED,
      retryLimit: 5,
      retryDelaySeconds: 30,
      retryBackoff: true,
      handle: (event) => this.handle(event),
    });
  }

  async handle(event: ContactOccurred): Promise<void> {
    // The entry and its history row together, or neither.
    await this.dataSource.transaction((manager) => this.prefill.prefill(event, manager));
  }
}
