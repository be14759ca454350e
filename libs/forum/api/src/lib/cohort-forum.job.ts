import { Injectable, OnModuleInit } from '@nestjs/common';
import { COHORT_CREATED, CohortCreated } from '@nabij/forum/contracts';
import { JobsService } from '@nabij/platform/api';
import { DataSource } from 'typeorm';
import { installCohortForum } from './content/forum-install.repository';

/** Handles trainings' CohortCreated event: the new group gets its closed forum (idempotent, so a retry does no harm). */
@Injectable()
export class CohortForumJob implements OnModuleInit {
  constructor(
    private readonly jobs: JobsService,
    private readonly dataSource: DataSource,
  ) {}

  onModuleInit(): void {
    this.jobs.register<CohortCreated>({
      name: COHORT_CREATED,
      retryLimit: 5,
      retryDelaySeconds: 30,
      retryBackoff: true,
      handle: (event) => this.handle(event),
    });
  }

  async handle(event: CohortCreated): Promise<void> {
    await this.dataSource.transaction((db) =>
      installCohortForum(db, {
        cohortId: event.cohortId,
        organisationId: event.organisationId,
        title: event.title,
        now: new Date(event.createdAt),
      }),
    );
  }
}
