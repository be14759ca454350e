export * from './lib/dossier.module';
export * from './lib/case-access.service';
export * from './lib/team-cases.service';
export * from './lib/case-retention.service';
export * from './lib/appointments/appointment-booking.module';
export * from './lib/appointments/appointment-booking.service';
export * from './lib/entities/care-case.entity';
