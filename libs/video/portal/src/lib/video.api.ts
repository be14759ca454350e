import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { Appointment } from '@nabij/dossier/contracts';
import { API_BASE_URL, ApiClient } from '@nabij/platform/portal';
import type {
  SaveCallTextRequest,
  SavedCallText,
  CreatedVideoGuestLink,
  CreateVideoGuestLinkRequest,
  GroupVideoRoomView,
  IceServersResponse,
  UpcomingVideoCall,
  VideoGuestLinkView,
  VideoGuestRoomView,
  VideoNotice,
  VideoRoomView,
} from '@nabij/video/contracts';
import { Observable } from 'rxjs';

/** The video REST endpoints, and the dossier's no-show action for a video appointment. */
@Injectable({ providedIn: 'root' })
export class VideoApi {
  private readonly api = inject(ApiClient);
  private readonly http = inject(HttpClient);
  private readonly base = inject(API_BASE_URL);

  room(appointmentId: string): Observable<VideoRoomView> {
    return this.api.get(`/video/rooms/${encodeURIComponent(appointmentId)}`);
  }

  /** A training group's session held in Nabij, as its trainer or participant sees its room. */
  groupRoom(sessionId: string): Observable<GroupVideoRoomView> {
    return this.api.get(`/video/group-sessions/${encodeURIComponent(sessionId)}`);
  }

  groupIceServers(sessionId: string): Observable<IceServersResponse> {
    return this.api.get(`/video/group-sessions/${encodeURIComponent(sessionId)}/ice-servers`);
  }

  upcoming(): Observable<UpcomingVideoCall[]> {
    return this.api.get('/video/upcoming');
  }

  iceServers(appointmentId: string): Observable<IceServersResponse> {
    return this.api.get(`/video/ice-servers?appointmentId=${encodeURIComponent(appointmentId)}`);
  }

  guestLinks(appointmentId: string): Observable<VideoGuestLinkView[]> {
    return this.api.get(`/video/rooms/${encodeURIComponent(appointmentId)}/guests`);
  }

  createGuestLink(appointmentId: string, request: CreateVideoGuestLinkRequest): Observable<CreatedVideoGuestLink> {
    return this.api.post(`/video/rooms/${encodeURIComponent(appointmentId)}/guests`, request);
  }

  revokeGuestLink(appointmentId: string, linkId: string): Observable<VideoGuestLinkView> {
    return this.api.delete(`/video/rooms/${encodeURIComponent(appointmentId)}/guests/${encodeURIComponent(linkId)}`);
  }

  /** A guest's view of their call; the token goes in the body, never in an address. */
  guestRoom(token: string): Observable<VideoGuestRoomView> {
    return this.api.post('/video/guest/room', { token });
  }

  guestIceServers(token: string): Observable<IceServersResponse> {
    return this.api.post('/video/guest/ice-servers', { token });
  }

  /** "Bewaar in dossier": the worker saves the call's text panel to the case. */
  saveText(appointmentId: string, request: SaveCallTextRequest): Observable<SavedCallText> {
    return this.api.post(`/video/rooms/${encodeURIComponent(appointmentId)}/text`, request);
  }

  /** The client's notices ahead of video calls, not seen yet. */
  notices(): Observable<VideoNotice[]> {
    return this.api.get('/video/notices');
  }

  noticeSeen(appointmentId: string): Observable<void> {
    return this.api.post(`/video/notices/${encodeURIComponent(appointmentId)}/seen`);
  }

  /** The dossier's own no-show action (PATCH of the appointment's status). */
  markNoShow(caseId: string, appointmentId: string): Observable<Appointment> {
    return this.http.patch<Appointment>(
      `${this.base}/dossier/cases/${encodeURIComponent(caseId)}/appointments/${encodeURIComponent(appointmentId)}`,
      { status: 'no_show' },
    );
  }
}
