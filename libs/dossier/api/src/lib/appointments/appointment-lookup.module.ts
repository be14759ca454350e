import { Module } from '@nestjs/common';
import { AccountDirectoryModule } from '@nabij/identity/api';
import { AppointmentLookupRepository } from './appointment-lookup.repository';
import { AppointmentLookupService } from './appointment-lookup.service';

/** Appointments with their case's people, for another domain (video) without the dossier's routes. */
@Module({
  imports: [AccountDirectoryModule],
  providers: [AppointmentLookupRepository, AppointmentLookupService],
  exports: [AppointmentLookupService],
})
export class AppointmentLookupModule {}
