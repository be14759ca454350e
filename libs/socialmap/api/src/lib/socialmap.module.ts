import { Module } from '@nestjs/common';
import { SocialMapAdminController } from './admin/socialmap-admin.controller';
import { SocialMapAdminService } from './admin/socialmap-admin.service';
import { SocialMapController } from './socialmap.controller';
import { SocialMapRepository } from './socialmap.repository';
import { SocialMapService } from './socialmap.service';

/**
 * The social map ("sociale kaart"): local and national services with what they help with, for whom
 * and where, searchable by everyone; nearest first by approximate postcode-area centres shipped in
 * pc4-centroids.ts. An organisation's admins keep its services (form and all-or-nothing CSV import). Content is installed by installSocialServices (demo seed, tests).
 */
@Module({
  controllers: [SocialMapController, SocialMapAdminController],
  providers: [SocialMapRepository, SocialMapService, SocialMapAdminService],
})
export class SocialMapModule {}
