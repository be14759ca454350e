import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  AcceptGuardianInviteRequest,
  AcceptGuardianInviteResult,
  GuardianChild,
  GuardianChildView,
  GuardianInvitePreview,
  GuardianLink,
  GuardianMessage,
  GuardianUnreadCount,
  GuardiansOfCase,
  InviteGuardianRequest,
  MyGuardian,
  UpdateGuardianSharesRequest,
} from '@nabij/guardians/contracts';
import { API_BASE_URL, ApiClient, FileDownloader } from '@nabij/platform/portal';
import { Observable } from 'rxjs';

const id = encodeURIComponent;

/** The guardians endpoints (worker, parent, pupil and the public invite page), typed with the shared contracts. */
@Injectable({ providedIn: 'root' })
export class GuardiansApi {
  private readonly api = inject(ApiClient);
  private readonly http = inject(HttpClient);
  private readonly base = inject(API_BASE_URL);
  private readonly files = inject(FileDownloader);

  // The case's worker
  ofCase(caseId: string): Observable<GuardiansOfCase> {
    return this.api.get(`/guardians/cases/${id(caseId)}`);
  }
  invite(caseId: string, body: InviteGuardianRequest): Observable<GuardianLink> {
    return this.api.post(`/guardians/cases/${id(caseId)}`, body);
  }
  updateShares(linkId: string, body: UpdateGuardianSharesRequest): Observable<GuardianLink> {
    return this.http.patch<GuardianLink>(`${this.base}/guardians/links/${id(linkId)}`, body);
  }
  resend(linkId: string): Observable<GuardianLink> {
    return this.api.post(`/guardians/links/${id(linkId)}/resend`);
  }
  end(linkId: string): Observable<void> {
    return this.api.delete(`/guardians/links/${id(linkId)}`);
  }
  /** The worker's badge: parents' messages on their open cases not read yet (a number only). */
  unreadCount(): Observable<GuardianUnreadCount> {
    return this.api.get('/guardians/unread-count');
  }
  thread(linkId: string): Observable<GuardianMessage[]> {
    return this.api.get(`/guardians/links/${id(linkId)}/messages`);
  }
  workerSend(linkId: string, body: string): Observable<GuardianMessage> {
    return this.api.post(`/guardians/links/${id(linkId)}/messages`, { body });
  }

  // The parent
  children(): Observable<GuardianChild[]> {
    return this.api.get('/guardians/children');
  }
  child(linkId: string): Observable<GuardianChildView> {
    return this.api.get(`/guardians/children/${id(linkId)}`);
  }
  guardianSend(linkId: string, body: string): Observable<GuardianMessage> {
    return this.api.post(`/guardians/children/${id(linkId)}/messages`, { body });
  }
  download(linkId: string, document: { id: string; fileName: string }): Promise<void> {
    return this.files.save(`/guardians/children/${id(linkId)}/documents/${id(document.id)}/content`, document.fileName);
  }

  // The pupil
  mine(): Observable<MyGuardian[]> {
    return this.api.get('/guardians/mine');
  }
  consent(linkId: string): Observable<MyGuardian> {
    return this.api.put(`/guardians/mine/${id(linkId)}/consent`, {});
  }
  withdraw(linkId: string): Observable<MyGuardian> {
    return this.api.delete(`/guardians/mine/${id(linkId)}/consent`);
  }

  // The invite link's page (public)
  invitePreview(token: string): Observable<GuardianInvitePreview> {
    return this.api.get(`/auth/guardian-invite?token=${id(token)}`);
  }
  acceptInvite(body: AcceptGuardianInviteRequest): Observable<AcceptGuardianInviteResult> {
    return this.api.post('/auth/guardian-invite/accept', body);
  }
}
