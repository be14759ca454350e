import { Module } from '@nestjs/common';
import { AppointmentLookupModule } from '@nabij/dossier/api';
import { AccountDirectoryModule } from '@nabij/identity/api';
import { AppointmentCalendarController } from './calendar/appointment-calendar.controller';
import { AppointmentCalendarService } from './calendar/appointment-calendar.service';
import { RemindersPersonalDataRepository } from './privacy/reminders-personal-data.repository';
import { RemindersJobs } from './planning/reminders.jobs';
import { RemindersRepository } from './planning/reminders.repository';
import { RemindersService } from './planning/reminders.service';
import { ReminderSettingsController } from './settings/reminder-settings.controller';
import { ReminderSettingsRepository } from './settings/reminder-settings.repository';
import { ReminderSettingsService } from './settings/reminder-settings.service';

/**
 * Appointment reminders (24 h and 2 h before, e-mail and opted-in SMS), the organisation's switch
 * with the no-show figures before and after it, and a calendar file per appointment. Appointments
 * are the dossier's: read through AppointmentLookupService, changes heard as AppointmentChanged.
 */
@Module({
  imports: [AppointmentLookupModule, AccountDirectoryModule],
  controllers: [ReminderSettingsController, AppointmentCalendarController],
  providers: [
    RemindersRepository,
    RemindersService,
    RemindersJobs,
    ReminderSettingsRepository,
    ReminderSettingsService,
    AppointmentCalendarService,
    RemindersPersonalDataRepository,
  ],
})
export class RemindersModule {}
