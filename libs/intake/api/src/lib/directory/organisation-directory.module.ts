import { Module } from '@nestjs/common';
import { OrganisationDirectoryRepository } from './organisation-directory.repository';
import { OrganisationDirectoryService } from './organisation-directory.service';

/**
 * Organisation and financier look-ups for other domains, without intake's routes. Loading it gives
 * platform's OrganisationNames its source, so every app (and test app) that shows such a name loads it.
 */
@Module({
  providers: [OrganisationDirectoryRepository, OrganisationDirectoryService],
  exports: [OrganisationDirectoryService],
})
export class OrganisationDirectoryModule {}
