import { Module } from '@nestjs/common';
import { AppointmentBookingService } from './appointment-booking.service';

/**
 * What another domain needs to book into the dossier, without the dossier's routes: chat imports
 * this module, not DossierModule.
 */
@Module({
  providers: [AppointmentBookingService],
  exports: [AppointmentBookingService],
})
export class AppointmentBookingModule {}
