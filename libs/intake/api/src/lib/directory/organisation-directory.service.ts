import { Injectable, OnModuleInit } from '@nestjs/common';
import { FinancierRef, OrganisationNames, OrganisationNamesSource } from '@nabij/platform/api';
import { EntityManager } from 'typeorm';
import { OrganisationDirectoryRepository } from './organisation-directory.repository';

/**
 * Intake owns `organisation` and `financier`: other domains ask here (or, when they may not import
 * intake, through platform's OrganisationNames, which this service feeds on start) instead of
 * reading those tables. Unknown ids and slugs are left out or null.
 */
@Injectable()
export class OrganisationDirectoryService implements OrganisationNamesSource, OnModuleInit {
  constructor(
    private readonly repository: OrganisationDirectoryRepository,
    private readonly names: OrganisationNames,
  ) {}

  onModuleInit(): void {
    this.names.provide(this);
  }

  organisations(ids: string[], manager?: EntityManager): Promise<Array<{ id: string; name: string }>> {
    return this.repository.organisations(ids, manager);
  }

  financiers(ids: string[], manager?: EntityManager): Promise<FinancierRef[]> {
    return this.repository.financiers(ids, manager);
  }

  /** The organisation with this slug (public chat links name it), or null. */
  organisationIdBySlug(slug: string): Promise<string | null> {
    return this.repository.organisationIdBySlug(slug);
  }

  /** At most two organisation ids, oldest first: enough to tell whether there is only one. */
  firstTwoOrganisationIds(): Promise<string[]> {
    return this.repository.firstTwoOrganisationIds();
  }
}
