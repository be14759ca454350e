export * from './lib/intake.module';
export * from './lib/entities/organisation.entities';
