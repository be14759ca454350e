import { Injectable, inject } from '@angular/core';
import type { Dossier } from '@nabij/dossier/contracts';
import type { ClientThread, InboxThread, SendMessageRequest, SendMessageResponse, ThreadDetail, UnreadCount } from '@nabij/messages/contracts';
import { ApiClient } from '@nabij/platform/portal';
import { Observable } from 'rxjs';

/** The message endpoints of the API, typed with the shared contracts. */
@Injectable({ providedIn: 'root' })
export class MessagesApi {
  private readonly api = inject(ApiClient);

  myThreads(): Observable<ClientThread[]> {
    return this.api.get('/messages/mine');
  }

  /** Reading a thread clears its unread count at the API. */
  myThread(threadId: string): Observable<ThreadDetail> {
    return this.api.get(`/messages/mine/${encodeURIComponent(threadId)}`);
  }

  send(request: SendMessageRequest): Observable<SendMessageResponse> {
    return this.api.post('/messages/mine', request);
  }

  inbox(): Observable<InboxThread[]> {
    return this.api.get('/messages/inbox');
  }

  inboxThread(threadId: string): Observable<ThreadDetail> {
    return this.api.get(`/messages/inbox/${encodeURIComponent(threadId)}`);
  }

  reply(threadId: string, request: { id: string; body: string }): Observable<SendMessageResponse> {
    return this.api.post(`/messages/inbox/${encodeURIComponent(threadId)}/replies`, request);
  }

  /** The client's case beside the conversation (the API writes an audit entry for this read). */
  caseContext(caseId: string): Observable<Dossier> {
    return this.api.get(`/dossier/cases/${encodeURIComponent(caseId)}`);
  }

  unreadCount(): Observable<UnreadCount> {
    return this.api.get('/messages/unread-count');
  }
}
