import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  AcceptInviteRequest,
  AcceptInviteResult,
  CreateInviteRequest,
  CreateTeamRequest,
  HandOverWorkResult,
  InvitePreview,
  RenameTeamRequest,
  StaffInvite,
  StaffMember,
  TeamView,
  UpdateStaffRequest,
} from '@nabij/organisation/contracts';
import { ApiClient } from '@nabij/platform/portal';
import { Observable } from 'rxjs';

/** The organisation admin endpoints, typed with the shared contracts. */
@Injectable({ providedIn: 'root' })
export class OrganisationApi {
  private readonly api = inject(ApiClient);
  private readonly http = inject(HttpClient);

  teams(): Observable<TeamView[]> {
    return this.api.get('/organisation/teams');
  }

  createTeam(body: CreateTeamRequest): Observable<TeamView> {
    return this.api.post('/organisation/teams', body);
  }

  renameTeam(id: string, body: RenameTeamRequest): Observable<TeamView> {
    return this.http.patch<TeamView>(`${this.api.baseUrl}/organisation/teams/${id}`, body);
  }

  archiveTeam(id: string): Observable<TeamView> {
    return this.api.post(`/organisation/teams/${id}/archive`);
  }

  staff(): Observable<StaffMember[]> {
    return this.api.get('/organisation/staff');
  }

  updateStaff(id: string, body: UpdateStaffRequest): Observable<StaffMember> {
    return this.http.patch<StaffMember>(`${this.api.baseUrl}/organisation/staff/${id}`, body);
  }

  handOver(id: string, toWorkerId: string): Observable<HandOverWorkResult> {
    return this.api.post(`/organisation/staff/${id}/hand-over`, { toWorkerId });
  }

  deactivate(id: string): Observable<StaffMember> {
    return this.api.post(`/organisation/staff/${id}/deactivate`);
  }

  reactivate(id: string): Observable<StaffMember> {
    return this.api.post(`/organisation/staff/${id}/reactivate`);
  }

  invites(): Observable<StaffInvite[]> {
    return this.api.get('/organisation/invites');
  }

  createInvite(body: CreateInviteRequest): Observable<StaffInvite> {
    return this.api.post('/organisation/invites', body);
  }

  resendInvite(id: string): Observable<StaffInvite> {
    return this.api.post(`/organisation/invites/${id}/resend`);
  }

  revokeInvite(id: string): Observable<void> {
    return this.api.delete(`/organisation/invites/${id}`);
  }

  /** Public: what the invite link's page shows. */
  invitePreview(token: string): Observable<InvitePreview> {
    return this.http.get<InvitePreview>(`${this.api.baseUrl}/auth/invite`, { params: new HttpParams().set('token', token) });
  }

  /** Public: choose a password; the account is made. */
  acceptInvite(body: AcceptInviteRequest): Observable<AcceptInviteResult> {
    return this.api.post('/auth/invite/accept', body);
  }
}
