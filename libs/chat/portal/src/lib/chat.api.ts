import { HttpClient, HttpHeaders } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import {
  CHAT_TOKEN_HEADER,
  ChatAppointmentSlotsResponse,
  ChatAppointmentView,
  ChatEvaluationRequest,
  ChatQueueCount,
  ChatQueueResponse,
  ChatSessionView,
  ChatStatusResponse,
  StartAnonymousChatRequest,
  StartAnonymousChatResponse,
} from '@nabij/chat/contracts';
import type { CaseSummary } from '@nabij/dossier/contracts';
import { API_BASE_URL, ApiClient } from '@nabij/platform/portal';
import { Observable } from 'rxjs';

/** The chat REST endpoints. Anonymous calls carry the chat token header instead of a login. */
@Injectable({ providedIn: 'root' })
export class ChatApi {
  private readonly api = inject(ApiClient);
  private readonly http = inject(HttpClient);
  private readonly base = inject(API_BASE_URL);

  /** Signed in: the user's own organisation. A visitor names it (slug) once the postcode check told which. */
  status(organisation?: string): Observable<ChatStatusResponse> {
    return this.api.get(organisation ? `/chat/status?organisation=${encodeURIComponent(organisation)}` : '/chat/status');
  }

  startAsClient(): Observable<ChatSessionView> {
    return this.api.post('/chat/sessions');
  }

  mine(): Observable<ChatSessionView[]> {
    return this.api.get('/chat/sessions');
  }

  end(sessionId: string): Observable<ChatSessionView> {
    return this.api.post(`/chat/sessions/${encodeURIComponent(sessionId)}/end`);
  }

  evaluate(sessionId: string, answers: ChatEvaluationRequest): Observable<void> {
    return this.api.post(`/chat/sessions/${encodeURIComponent(sessionId)}/evaluation`, answers);
  }

  /** What the client types while waiting (registered client). */
  topic(sessionId: string, topic: string): Observable<ChatSessionView> {
    return this.api.put(`/chat/sessions/${encodeURIComponent(sessionId)}/topic`, { topic });
  }

  topicAnonymous(token: string, topic: string): Observable<ChatSessionView> {
    return this.http.put<ChatSessionView>(`${this.base}/chat/anonymous/topic`, { topic }, { headers: this.tokenHeader(token) });
  }

  startAnonymous(request: StartAnonymousChatRequest): Observable<StartAnonymousChatResponse> {
    return this.api.post('/chat/anonymous', request);
  }

  anonymousSession(token: string): Observable<ChatSessionView> {
    return this.http.get<ChatSessionView>(`${this.base}/chat/anonymous/session`, { headers: this.tokenHeader(token) });
  }

  endAnonymous(token: string): Observable<ChatSessionView> {
    return this.http.post<ChatSessionView>(`${this.base}/chat/anonymous/end`, {}, { headers: this.tokenHeader(token) });
  }

  evaluateAnonymous(token: string, answers: ChatEvaluationRequest): Observable<void> {
    return this.http.post<void>(`${this.base}/chat/anonymous/evaluation`, answers, { headers: this.tokenHeader(token) });
  }

  queue(): Observable<ChatQueueResponse> {
    return this.api.get('/chat/queue');
  }

  /** Worker: how many wait, a number only (for the navigation). */
  queueCount(): Observable<ChatQueueCount> {
    return this.api.get('/chat/queue/count');
  }

  pickUp(sessionId: string): Observable<ChatSessionView> {
    return this.api.post(`/chat/sessions/${encodeURIComponent(sessionId)}/pick-up`);
  }

  session(sessionId: string): Observable<ChatSessionView> {
    return this.api.get(`/chat/sessions/${encodeURIComponent(sessionId)}`);
  }

  /** Registered clients: free chat appointment slots with their worker, and their upcoming booking. */
  appointmentSlots(): Observable<ChatAppointmentSlotsResponse> {
    return this.api.get('/chat/appointment-slots');
  }

  bookAppointment(startsAt: string): Observable<ChatAppointmentView> {
    return this.api.post('/chat/appointments', { startsAt });
  }

  /** Workers: their open cases (the dossier's caseload), to link an anonymous chat to. */
  openCases(): Observable<CaseSummary[]> {
    return this.api.get('/dossier/cases');
  }

  convert(sessionId: string, caseId: string): Observable<ChatSessionView> {
    return this.api.post(`/chat/sessions/${encodeURIComponent(sessionId)}/convert`, { caseId });
  }

  /** "Verder met video": books a video call now on the chat's case; the client sees "Deelnemen" in the chat. */
  offerVideo(sessionId: string): Observable<ChatSessionView> {
    return this.api.post(`/chat/sessions/${encodeURIComponent(sessionId)}/video`);
  }

  private tokenHeader(token: string): HttpHeaders {
    return new HttpHeaders({ [CHAT_TOKEN_HEADER]: token });
  }
}
