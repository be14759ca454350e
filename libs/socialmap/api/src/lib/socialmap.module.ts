import { Module } from '@nestjs/common';
import { SocialMapController } from './socialmap.controller';
import { SocialMapRepository } from './socialmap.repository';
import { SocialMapService } from './socialmap.service';

/**
 * The social map ("sociale kaart"): local and national services with what they help with, for whom
 * and where, searchable by everyone; nearest first by approximate postcode-area centres shipped in
 * pc4-centroids.ts. Content is installed by installSocialServices (demo seed, tests).
 */
@Module({
  controllers: [SocialMapController],
  providers: [SocialMapRepository, SocialMapService],
})
export class SocialMapModule {}
