import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  Appointment,
  AppointmentRequest,
  AppointmentRequestCount,
  AppointmentStatus,
  CaseStatusFilter,
  CaseSummary,
  ClientAction,
  ClientActionRequest,
  ClientSearchResult,
  CloseCaseRequest,
  ReopenCaseRequest,
  ReopenedCase,
  Colleague,
  ConversationReport,
  Dossier,
  DossierAccessPage,
  DossierDocument,
  Goal,
  GoalRequest,
  HandoverRequest,
  KindOfWork,
  OpenCaseRequest,
  OpenAppointmentRequest,
  PrivateNote,
  ReportReaction,
  ReportRequest,
  SetInterpreterRequest,
  TeamClosedCase,
} from '@nabij/dossier/contracts';
import type { ChatMessageView, ChatSessionView } from '@nabij/chat/contracts';
import type { Financier } from '@nabij/intake/contracts';
import { API_BASE_URL, ApiClient, FileDownloader } from '@nabij/platform/portal';
import { Observable } from 'rxjs';

export interface CaseloadFilter {
  status: CaseStatusFilter;
  financierId: string;
  kindOfWork: KindOfWork | '';
}

const id = encodeURIComponent;

/** The dossier endpoints of the API, typed with the shared contracts. */
@Injectable({ providedIn: 'root' })
export class DossierApi {
  private readonly api = inject(ApiClient);
  private readonly http = inject(HttpClient);
  private readonly base = inject(API_BASE_URL);
  private readonly files = inject(FileDownloader);

  // Worker: "Tolk nodig" and the requests to move an appointment
  setInterpreter(caseId: string, body: SetInterpreterRequest): Observable<CaseSummary> {
    return this.api.patch(`/dossier/cases/${id(caseId)}/interpreter`, body);
  }
  appointmentRequests(): Observable<OpenAppointmentRequest[]> {
    return this.api.get('/dossier/appointment-requests');
  }
  appointmentRequestCount(): Observable<AppointmentRequestCount> {
    return this.api.get('/dossier/appointment-requests/count');
  }

  // Client
  myCases(): Observable<CaseSummary[]> {
    return this.api.get('/dossier/mine');
  }
  myDossier(caseId: string): Observable<Dossier> {
    return this.api.get(`/dossier/mine/${id(caseId)}`);
  }
  /** Who looked at the client's data, grouped per day and person; pages of ACCESS_LOG_PAGE_SIZE groups. */
  accessLog(page = 1): Observable<DossierAccessPage> {
    return this.api.get(`/dossier/access-log?page=${page}`);
  }
  notes(): Observable<PrivateNote[]> {
    return this.api.get('/dossier/notes');
  }
  addNote(text: string, caseId?: string): Observable<PrivateNote> {
    return this.api.post('/dossier/notes', caseId ? { text, caseId } : { text });
  }
  removeNote(noteId: string): Observable<void> {
    return this.api.delete(`/dossier/notes/${id(noteId)}`);
  }
  addReaction(caseId: string, reportId: string, text: string): Observable<ReportReaction> {
    return this.api.post(`/dossier/cases/${id(caseId)}/reports/${id(reportId)}/reactions`, { text });
  }
  addAction(caseId: string, request: ClientActionRequest): Observable<ClientAction> {
    return this.api.post(`/dossier/cases/${id(caseId)}/actions`, request);
  }

  // Both
  upload(caseId: string, file: File): Observable<DossierDocument> {
    const form = new FormData();
    form.append('file', file, file.name);
    return this.api.post(`/dossier/cases/${id(caseId)}/documents`, form);
  }
  /** Fetches the document with the token and saves it under its original name. */
  download(caseId: string, document: Pick<DossierDocument, 'id' | 'fileName'>): Promise<void> {
    return this.files.save(`/dossier/cases/${id(caseId)}/documents/${id(document.id)}/content`, document.fileName);
  }
  addGoal(caseId: string, text: string): Observable<Goal> {
    return this.api.post(`/dossier/cases/${id(caseId)}/goals`, { text });
  }
  updateGoal(caseId: string, goalId: string, change: Partial<GoalRequest>): Observable<Goal> {
    return this.http.patch<Goal>(`${this.base}/dossier/cases/${id(caseId)}/goals/${id(goalId)}`, change);
  }
  removeGoal(caseId: string, goalId: string): Observable<void> {
    return this.api.delete(`/dossier/cases/${id(caseId)}/goals/${id(goalId)}`);
  }
  /** A client's own chats (all cases); a worker passes the case they hold. */
  chatSessions(caseId?: string): Observable<ChatSessionView[]> {
    return this.api.get(caseId ? `/chat/sessions?caseId=${id(caseId)}` : '/chat/sessions');
  }
  /** Transcript lines after message number `after` (the API sends at most 1000 at a time). */
  chatMessages(sessionId: string, after = 0): Observable<ChatMessageView[]> {
    return this.api.get(`/chat/sessions/${id(sessionId)}/messages${after ? `?after=${after}` : ''}`);
  }

  // Worker
  caseload(filter: CaseloadFilter): Observable<CaseSummary[]> {
    const params = new URLSearchParams({ status: filter.status });
    if (filter.financierId) params.set('financierId', filter.financierId);
    if (filter.kindOfWork) params.set('kindOfWork', filter.kindOfWork);
    return this.api.get(`/dossier/cases?${params}`);
  }
  /** Clients of the own organisation whose name or e-mail contains `query` (at least 2 characters; at most 20 results). */
  searchClients(query: string): Observable<ClientSearchResult[]> {
    return this.api.get(`/dossier/clients?${new URLSearchParams({ query })}`);
  }
  openCase(request: OpenCaseRequest): Observable<CaseSummary> {
    return this.api.post('/dossier/cases', request);
  }
  financiers(): Observable<Financier[]> {
    return this.api.get('/financiers');
  }
  caseDossier(caseId: string): Observable<Dossier> {
    return this.api.get(`/dossier/cases/${id(caseId)}`);
  }
  addReport(caseId: string, request: ReportRequest): Observable<ConversationReport> {
    return this.api.post(`/dossier/cases/${id(caseId)}/reports`, request);
  }
  publishReport(caseId: string, reportId: string): Observable<ConversationReport> {
    return this.api.post(`/dossier/cases/${id(caseId)}/reports/${id(reportId)}/publish`);
  }
  addAppointment(caseId: string, request: AppointmentRequest): Observable<Appointment> {
    return this.api.post(`/dossier/cases/${id(caseId)}/appointments`, request);
  }
  /** The client cancels an appointment, with a reason the worker reads. */
  cancelAppointment(caseId: string, appointmentId: string, reason: string): Observable<Appointment> {
    return this.api.post(`/dossier/cases/${id(caseId)}/appointments/${id(appointmentId)}/cancel`, { reason });
  }
  /** The client asks to move an appointment; the worker answers with a new time. */
  askToMoveAppointment(caseId: string, appointmentId: string, reason: string): Observable<Appointment> {
    return this.api.post(`/dossier/cases/${id(caseId)}/appointments/${id(appointmentId)}/move-request`, { reason });
  }
  /** The worker gives the appointment a new time (answering the client's request to move). */
  moveAppointment(caseId: string, appointmentId: string, startsAt: string): Observable<Appointment> {
    return this.api.post(`/dossier/cases/${id(caseId)}/appointments/${id(appointmentId)}/move`, { startsAt });
  }
  /** The appointment as a calendar file (.ics), saved for the phone's or computer's agenda. */
  downloadCalendar(appointmentId: string): Promise<void> {
    return this.files.save(`/reminders/appointments/${id(appointmentId)}/calendar.ics`, 'afspraak-nabij.ics');
  }
  setAppointmentStatus(caseId: string, appointmentId: string, status: AppointmentStatus): Observable<Appointment> {
    return this.http.patch<Appointment>(`${this.base}/dossier/cases/${id(caseId)}/appointments/${id(appointmentId)}`, { status });
  }
  completeAction(caseId: string, actionId: string): Observable<ClientAction> {
    return this.api.post(`/dossier/cases/${id(caseId)}/actions/${id(actionId)}/done`);
  }
  colleagues(): Observable<Colleague[]> {
    return this.api.get('/dossier/colleagues');
  }
  handOver(caseId: string, request: HandoverRequest): Observable<CaseSummary> {
    return this.api.post(`/dossier/cases/${id(caseId)}/handover`, request);
  }
  close(caseId: string, request: CloseCaseRequest): Observable<CaseSummary> {
    return this.api.post(`/dossier/cases/${id(caseId)}/close`, request);
  }

  reopen(caseId: string, request: ReopenCaseRequest): Observable<ReopenedCase> {
    return this.api.post(`/dossier/cases/${id(caseId)}/reopen`, request);
  }

  /** A team lead: the team's cases closed within the reopen period (no contents). */
  teamClosedCases(): Observable<TeamClosedCase[]> {
    return this.api.get('/dossier/team/closed-cases');
  }
}
