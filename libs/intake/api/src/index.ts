export * from './lib/intake.module';
export * from './lib/entities/organisation.entities';
export { PostcodeCheckService } from './lib/postcode-check.service';
export type { ServedPostcodeCheck } from './lib/postcode-check.service';
export { OrganisationRecordsService } from './lib/organisation-records.service';
export type { NewFinancier } from './lib/organisation-records.service';
export * from './lib/directory/organisation-directory.module';
export { OrganisationDirectoryService } from './lib/directory/organisation-directory.service';
