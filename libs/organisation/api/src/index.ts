export * from './lib/organisation.module';
export { OrganisationSetupService } from './lib/setup/organisation-setup.service';
export type { OrganisationSetUp } from './lib/setup/organisation-setup.service';
