export * from './lib/socialmap.module';
export * from './lib/content/install-social-services';
export * from './lib/content/social-services';
export type { SocialServiceInput } from './lib/socialmap.repository';
export * from './lib/lookup/social-map-lookup.module';
export * from './lib/lookup/local-services.service';
export * from './lib/referrals/referral-proposal.module';
export * from './lib/referrals/referral.service';
