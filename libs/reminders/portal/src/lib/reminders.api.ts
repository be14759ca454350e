import { Injectable, inject } from '@angular/core';
import type {
  NoShowReport,
  ReminderContact,
  ReminderContactRequest,
  ReminderSetting,
  ReminderSettingRequest,
} from '@nabij/reminders/contracts';
import { ApiClient } from '@nabij/platform/portal';
import { Observable } from 'rxjs';

/** The reminder endpoints, typed with the shared contracts. */
@Injectable({ providedIn: 'root' })
export class RemindersApi {
  private readonly api = inject(ApiClient);

  contact(): Observable<ReminderContact> {
    return this.api.get('/reminders/contact');
  }

  saveContact(body: ReminderContactRequest): Observable<ReminderContact> {
    return this.api.put('/reminders/contact', body);
  }

  setting(): Observable<ReminderSetting> {
    return this.api.get('/reminders/setting');
  }

  saveSetting(body: ReminderSettingRequest): Observable<ReminderSetting> {
    return this.api.put('/reminders/setting', body);
  }

  noShowReport(months = 12): Observable<NoShowReport> {
    return this.api.get(`/reminders/no-show-report?months=${months}`);
  }
}
