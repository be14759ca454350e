export * from './lib/socialmap.module';
export * from './lib/content/install-social-services';
export * from './lib/content/social-services';
export type { SocialServiceInput } from './lib/socialmap.repository';
