import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { CaseSummary } from '@nabij/dossier/contracts';
import { ApiClient } from '@nabij/platform/portal';
import type { ContactDefaults, ContactDefaultsUpdate, TimeEntry, TimeEntryInput, TimeEntryUpdate, WeekView } from '@nabij/time/contracts';
import { Observable } from 'rxjs';

/** The time registration endpoints, typed with the shared contracts. */
@Injectable({ providedIn: 'root' })
export class TimeApi {
  private readonly api = inject(ApiClient);
  private readonly http = inject(HttpClient);

  week(date?: string): Observable<WeekView> {
    return this.api.get(`/time/week${date ? `?date=${date}` : ''}`);
  }

  entries(from: string, to: string): Observable<TimeEntry[]> {
    return this.api.get(`/time/entries?from=${from}&to=${to}`);
  }

  create(input: TimeEntryInput): Observable<TimeEntry> {
    return this.api.post('/time/entries', input);
  }

  update(id: string, change: TimeEntryUpdate): Observable<TimeEntry> {
    return this.http.patch<TimeEntry>(`${this.api.baseUrl}/time/entries/${id}`, change);
  }

  confirm(id: string, minutes?: number): Observable<TimeEntry> {
    return this.api.post(`/time/entries/${id}/confirm`, minutes ? { minutes } : {});
  }

  /** The organisation's default minutes of prefilled contacts. */
  defaults(): Observable<ContactDefaults> {
    return this.api.get('/time/defaults');
  }

  updateDefaults(change: ContactDefaultsUpdate): Observable<ContactDefaults> {
    return this.api.put('/time/defaults', change);
  }

  /** The worker's open cases, to register a contact on. */
  cases(): Observable<CaseSummary[]> {
    return this.api.get('/dossier/cases');
  }
}
