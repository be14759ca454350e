import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { CaseSummary } from '@nabij/dossier/contracts';
import { ApiClient } from '@nabij/platform/portal';
import type {
  ContactDefaults,
  ContactDefaultsUpdate,
  ConversationAllowance,
  ConversationLimits,
  ConversationLimitsUpdate,
  ExtensionForLead,
  ExtensionRequest,
  ExtensionRequestInput,
  ReportLineDefaults,
  ReportLineDefaultsUpdate,
  TimeEntry,
  TimeEntryInput,
  TimeEntryUpdate,
  WeekView,
} from '@nabij/time/contracts';
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

  /** The minutes of the prefilled report line per contact type (null: none). */
  reportLines(): Observable<ReportLineDefaults> {
    return this.api.get('/time/defaults/report-lines');
  }

  updateReportLines(change: ReportLineDefaultsUpdate): Observable<ReportLineDefaults> {
    return this.api.put('/time/defaults/report-lines', change);
  }

  /** The organisation's conversation limit per kind of work (null: none). */
  limits(): Observable<ConversationLimits> {
    return this.api.get('/time/limits');
  }

  updateLimits(change: ConversationLimitsUpdate): Observable<ConversationLimits> {
    return this.api.put('/time/limits', change);
  }

  /** "Nog 2 van 5 gesprekken" on a case of the worker. */
  allowance(caseId: string): Observable<ConversationAllowance> {
    return this.api.get(`/time/cases/${caseId}/conversations`);
  }

  askExtension(caseId: string, input: ExtensionRequestInput): Observable<ExtensionRequest> {
    return this.api.post(`/time/cases/${caseId}/extensions`, input);
  }

  /** The team lead's list: requests waiting (default) or the last decided ones. */
  extensions(status: 'pending' | 'decided' = 'pending'): Observable<ExtensionForLead[]> {
    return this.api.get(`/time/extensions?status=${status}`);
  }

  decideExtension(id: string, decision: 'approve' | 'refuse'): Observable<ExtensionRequest> {
    return this.api.post(`/time/extensions/${id}/${decision}`);
  }

  /** The worker's open cases, to register a contact on. */
  cases(): Observable<CaseSummary[]> {
    return this.api.get('/dossier/cases');
  }
}
