import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { ApiClient } from '@nabij/platform/portal';
import type { ReferralReport, ReferralReportQuery } from '@nabij/reports/contracts';
import { Observable } from 'rxjs';

/** The referral counts of the report (`GET /api/reports/referrals`), JSON or one table as CSV. */
@Injectable({ providedIn: 'root' })
export class ReferralReportApi {
  private readonly api = inject(ApiClient);
  private readonly http = inject(HttpClient);

  referrals(query: ReferralReportQuery): Observable<ReferralReport> {
    return this.http.get<ReferralReport>(`${this.api.baseUrl}/reports/referrals`, { params: toParams(query) });
  }

  referralsCsv(query: ReferralReportQuery): Observable<Blob> {
    return this.http.get(`${this.api.baseUrl}/reports/referrals`, { params: toParams({ ...query, format: 'csv' }), responseType: 'blob' });
  }
}

function toParams(query: object): HttpParams {
  let params = new HttpParams();
  for (const [key, value] of Object.entries(query)) if (value) params = params.set(key, String(value));
  return params;
}
