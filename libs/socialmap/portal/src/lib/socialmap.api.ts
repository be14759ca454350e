import { HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import {
  SOCIAL_MAP_ADMIN_PATH,
  SOCIAL_MAP_IMPORT_PATH,
  SOCIAL_MAP_SEARCH_PATH,
  socialMapCaseReferralsPath,
  socialMapReferralPath,
} from '@nabij/socialmap/contracts';
import type {
  AdminSocialService,
  CreateReferral,
  Referral,
  ImportSocialServicesResult,
  SaveSocialService,
  SocialMapQuery,
  SocialMapSearchResponse,
  UpdateReferral,
} from '@nabij/socialmap/contracts';
import { ApiClient } from '@nabij/platform/portal';
import { Observable } from 'rxjs';

/** The social map endpoints, typed with the shared contracts. */
@Injectable({ providedIn: 'root' })
export class SocialMapApi {
  private readonly api = inject(ApiClient);

  search(query: SocialMapQuery): Observable<SocialMapSearchResponse> {
    let params = new HttpParams();
    for (const [key, value] of Object.entries(query)) if (value) params = params.set(key, value);
    const text = params.toString();
    return this.api.get(`${SOCIAL_MAP_SEARCH_PATH}${text ? `?${text}` : ''}`);
  }

  /** Admins: the services of their own organisation. */
  ownServices(): Observable<AdminSocialService[]> {
    return this.api.get(SOCIAL_MAP_ADMIN_PATH);
  }

  create(body: SaveSocialService): Observable<AdminSocialService> {
    return this.api.post(SOCIAL_MAP_ADMIN_PATH, body);
  }

  update(id: string, body: SaveSocialService): Observable<AdminSocialService> {
    return this.api.put(`${SOCIAL_MAP_ADMIN_PATH}/${encodeURIComponent(id)}`, body);
  }

  remove(id: string): Observable<void> {
    return this.api.delete(`${SOCIAL_MAP_ADMIN_PATH}/${encodeURIComponent(id)}`);
  }

  importCsv(csv: string): Observable<ImportSocialServicesResult> {
    return this.api.post(SOCIAL_MAP_IMPORT_PATH, { csv });
  }

  /** The referrals of a case: its worker, or the client in their own dossier. */
  caseReferrals(caseId: string): Observable<Referral[]> {
    return this.api.get(socialMapCaseReferralsPath(caseId));
  }

  createReferral(caseId: string, body: CreateReferral): Observable<Referral> {
    return this.api.post(socialMapCaseReferralsPath(caseId), body);
  }

  updateReferral(id: string, body: UpdateReferral): Observable<Referral> {
    return this.api.patch(socialMapReferralPath(id), body);
  }
}
