import { Injectable } from '@nestjs/common';
import { ReminderSettingsRepository } from '../settings/reminder-settings.repository';

/**
 * The mobile numbers clients gave in "Herinneringen" (reminder_contact), for other domains: outreach
 * shows the number to call on a worker's call list. No copy is kept elsewhere, so a changed or
 * removed number (or an erased client) is gone everywhere at once. Who may see a number is the
 * caller's rule; the caller logs the read.
 */
@Injectable()
export class MobileNumbersService {
  constructor(private readonly settings: ReminderSettingsRepository) {}

  /** The clients among these who gave a mobile number, with that number. */
  async mobilesOf(clientIds: Iterable<string>): Promise<Map<string, string>> {
    const ids = [...new Set(clientIds)];
    return ids.length ? this.settings.mobiles(ids) : new Map();
  }
}
