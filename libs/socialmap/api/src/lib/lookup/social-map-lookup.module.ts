import { Module } from '@nestjs/common';
import { SocialMapRepository } from '../socialmap.repository';
import { LocalServicesService } from './local-services.service';

/**
 * What other domains may ask the social map, without its routes: intake's postcode gate imports this
 * (not SocialMapModule, whose referral routes need the dossier).
 */
@Module({
  providers: [SocialMapRepository, LocalServicesService],
  exports: [LocalServicesService],
})
export class SocialMapLookupModule {}
