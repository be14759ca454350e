import { Module } from '@nestjs/common';
import { DossierModule } from '@nabij/dossier/api';
import { SocialMapAdminController } from './admin/socialmap-admin.controller';
import { SocialMapAdminService } from './admin/socialmap-admin.service';
import { SocialMapController } from './socialmap.controller';
import { SocialMapRepository } from './socialmap.repository';
import { ReferralController } from './referrals/referral.controller';
import { ReferralRepository } from './referrals/referral.repository';
import { ReferralService } from './referrals/referral.service';
import { SocialMapService } from './socialmap.service';

/**
 * The social map ("sociale kaart"): local and national services with what they help with, for whom
 * and where, searchable by everyone; nearest first by approximate postcode-area centres shipped in
 * pc4-centroids.ts. An organisation's admins keep its services (form and all-or-nothing CSV import). Content is installed by installSocialServices (demo seed, tests).
 */
@Module({
  // Referrals hang off a case: dossier's CaseAccessService decides who may see it.
  imports: [DossierModule],
  controllers: [SocialMapController, SocialMapAdminController, ReferralController],
  providers: [SocialMapRepository, SocialMapService, SocialMapAdminService, ReferralRepository, ReferralService],
})
export class SocialMapModule {}
