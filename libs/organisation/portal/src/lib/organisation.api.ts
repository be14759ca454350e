import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { CreateTeamRequest, RenameTeamRequest, TeamView } from '@nabij/organisation/contracts';
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
}
