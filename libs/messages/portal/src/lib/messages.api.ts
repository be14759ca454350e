import { Injectable, inject } from '@angular/core';
import type { Dossier } from '@nabij/dossier/contracts';
import type {
  ClientThread,
  InboxCounts,
  InboxThread,
  MessageAttachment,
  SendMessageRequest,
  SendMessageResponse,
  ThreadDetail,
  ThreadEvaluationRequest,
  UnreadCount,
} from '@nabij/messages/contracts';
import { ApiClient, FileDownloader } from '@nabij/platform/portal';
import { Observable } from 'rxjs';

/** The message endpoints of the API, typed with the shared contracts. */
@Injectable({ providedIn: 'root' })
export class MessagesApi {
  private readonly api = inject(ApiClient);
  private readonly files = inject(FileDownloader);

  myThreads(): Observable<ClientThread[]> {
    return this.api.get('/messages/mine');
  }

  /** Reading a thread clears its unread count at the API. */
  myThread(threadId: string): Observable<ThreadDetail> {
    return this.api.get(`/messages/mine/${encodeURIComponent(threadId)}`);
  }

  /** JSON, or multipart when files go along (same id, same idempotent send). */
  send(request: SendMessageRequest, files: readonly File[] = []): Observable<SendMessageResponse> {
    return this.api.post('/messages/mine', withFiles(request, files));
  }

  /** Once, after the worker closed the thread: the answers, or `{ skip: true }`. */
  evaluate(threadId: string, request: ThreadEvaluationRequest): Observable<void> {
    return this.api.post(`/messages/mine/${encodeURIComponent(threadId)}/evaluation`, request);
  }

  inbox(): Observable<InboxThread[]> {
    return this.api.get('/messages/inbox');
  }

  inboxThread(threadId: string): Observable<ThreadDetail> {
    return this.api.get(`/messages/inbox/${encodeURIComponent(threadId)}`);
  }

  reply(threadId: string, request: { id: string; body: string }, files: readonly File[] = []): Observable<SendMessageResponse> {
    return this.api.post(`/messages/inbox/${encodeURIComponent(threadId)}/replies`, withFiles(request, files));
  }

  /** The question is dealt with: the client is asked the evaluation questions. */
  close(threadId: string): Observable<void> {
    return this.api.post(`/messages/inbox/${encodeURIComponent(threadId)}/close`, {});
  }

  /** Fetches the file with the token and saves it under its original name. */
  downloadAttachment(attachment: Pick<MessageAttachment, 'id' | 'fileName'>): Promise<void> {
    return this.files.save(`/messages/attachments/${encodeURIComponent(attachment.id)}/content`, attachment.fileName);
  }

  /** The client's case beside the conversation (the API writes an audit entry for this read). */
  caseContext(caseId: string): Observable<Dossier> {
    return this.api.get(`/dossier/cases/${encodeURIComponent(caseId)}`);
  }

  unreadCount(): Observable<UnreadCount> {
    return this.api.get('/messages/unread-count');
  }

  /** Worker: unread, due soon and overdue, numbers only (for the navigation). */
  inboxCounts(): Observable<InboxCounts> {
    return this.api.get('/messages/inbox/counts');
  }
}

/** The message as multipart form fields with its files in `files`; plain JSON without files. */
export function withFiles(request: { id: string; body: string; caseId?: string }, files: readonly File[]): FormData | typeof request {
  if (!files.length) return request;
  const form = new FormData();
  form.append('id', request.id);
  form.append('body', request.body);
  if (request.caseId) form.append('caseId', request.caseId);
  for (const file of files) form.append('files', file, file.name);
  return form;
}
