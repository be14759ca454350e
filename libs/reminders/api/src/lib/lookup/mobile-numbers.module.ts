import { Module } from '@nestjs/common';
import { ReminderSettingsRepository } from '../settings/reminder-settings.repository';
import { MobileNumbersService } from './mobile-numbers.service';

/** Clients' mobile numbers for other domains (outreach's call lists), without the reminders' routes. */
@Module({
  providers: [ReminderSettingsRepository, MobileNumbersService],
  exports: [MobileNumbersService],
})
export class MobileNumbersModule {}
