import { Module } from '@nestjs/common';
import { DossierModule } from '@nabij/dossier/api';
import { ReferralRepository } from './referral.repository';
import { ReferralService } from './referral.service';

/**
 * Referrals for other domains, without the social map's routes: outreach's "Verwijs door" from a
 * call's follow-up records a proposed referral through ReferralService.createIn (socialmap owns
 * social_referral; dossier's CaseAccessService decides whose case it is).
 */
@Module({
  imports: [DossierModule],
  providers: [ReferralRepository, ReferralService],
  exports: [ReferralService],
})
export class ReferralProposalModule {}
