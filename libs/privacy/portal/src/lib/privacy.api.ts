import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { ApiClient } from '@nabij/platform/portal';
import type { AuditLogPage, AuditLogQuery, UnusualAccess, UnusualAccessQuery } from '@nabij/privacy/contracts';
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
}

function toParams(query: object): HttpParams {
  let params = new HttpParams();
  for (const [key, value] of Object.entries(query))
    if (value !== undefined && value !== null && value !== '') params = params.set(key, String(value));
  return params;
}
