import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { ApiClient } from '@nabij/platform/portal';
import type {
  AuditLogPage,
  AuditLogQuery,
  CreateDeletionRequest,
  DeletionRequestDetail,
  DeletionRequestListItem,
  DeletionRequestView,
  RetentionSetting,
  UnusualAccess,
  UnusualAccessQuery,
} from '@nabij/privacy/contracts';
import { Observable } from 'rxjs';

/** The privacy endpoints of the API, typed with the shared contracts. */
@Injectable({ providedIn: 'root' })
export class PrivacyApi {
  private readonly api = inject(ApiClient);
  private readonly http = inject(HttpClient);

  auditLog(query: AuditLogQuery): Observable<AuditLogPage> {
    return this.http.get<AuditLogPage>(`${this.api.baseUrl}/privacy/audit-log`, { params: toParams(query) });
  }

  /** CSV through HttpClient (the auth interceptor adds the token, so no plain link). */
  auditLogCsv(query: AuditLogQuery): Observable<Blob> {
    return this.http.get(`${this.api.baseUrl}/privacy/audit-log/export`, { params: toParams(query), responseType: 'blob' });
  }

  unusual(query: UnusualAccessQuery): Observable<UnusualAccess[]> {
    return this.http.get<UnusualAccess[]>(`${this.api.baseUrl}/privacy/audit-log/unusual`, { params: toParams(query) });
  }

  myData(format: 'json' | 'html'): Observable<Blob> {
    return this.http.get(`${this.api.baseUrl}/privacy/my-data`, { params: { format }, responseType: 'blob' });
  }

  askDeletion(body: CreateDeletionRequest): Observable<DeletionRequestView> {
    return this.http.post<DeletionRequestView>(`${this.api.baseUrl}/privacy/deletion-requests`, body);
  }

  myDeletionRequests(): Observable<DeletionRequestView[]> {
    return this.http.get<DeletionRequestView[]>(`${this.api.baseUrl}/privacy/deletion-requests/mine`);
  }

  withdrawDeletion(id: string): Observable<DeletionRequestView> {
    return this.http.post<DeletionRequestView>(`${this.api.baseUrl}/privacy/deletion-requests/${id}/withdraw`, {});
  }

  openDeletionRequests(): Observable<DeletionRequestListItem[]> {
    return this.http.get<DeletionRequestListItem[]>(`${this.api.baseUrl}/privacy/deletion-requests`);
  }

  deletionRequest(id: string): Observable<DeletionRequestDetail> {
    return this.http.get<DeletionRequestDetail>(`${this.api.baseUrl}/privacy/deletion-requests/${id}`);
  }

  executeDeletion(id: string): Observable<DeletionRequestDetail> {
    return this.http.post<DeletionRequestDetail>(`${this.api.baseUrl}/privacy/deletion-requests/${id}/execute`, {});
  }

  declineDeletion(id: string, note: string): Observable<DeletionRequestDetail> {
    return this.http.post<DeletionRequestDetail>(`${this.api.baseUrl}/privacy/deletion-requests/${id}/decline`, { note });
  }

  retention(): Observable<RetentionSetting> {
    return this.http.get<RetentionSetting>(`${this.api.baseUrl}/privacy/retention`);
  }

  setRetention(body: RetentionSetting): Observable<RetentionSetting> {
    return this.http.put<RetentionSetting>(`${this.api.baseUrl}/privacy/retention`, body);
  }
}

function toParams(query: object): HttpParams {
  let params = new HttpParams();
  for (const [key, value] of Object.entries(query))
    if (value !== undefined && value !== null && value !== '') params = params.set(key, String(value));
  return params;
}
