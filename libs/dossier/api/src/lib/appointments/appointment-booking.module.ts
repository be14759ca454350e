import { AccountDirectoryModule } from '@nabij/identity/api';
import { Module } from '@nestjs/common';
import { AppointmentBookingRepository } from './appointment-booking.repository';
import { AppointmentBookingService } from './appointment-booking.service';

/**
 * What another domain needs to book into the dossier, without the dossier's routes: chat imports
 * this module, not DossierModule.
 */
@Module({
  imports: [AccountDirectoryModule],
  providers: [AppointmentBookingRepository, AppointmentBookingService],
  exports: [AppointmentBookingService],
})
export class AppointmentBookingModule {}
