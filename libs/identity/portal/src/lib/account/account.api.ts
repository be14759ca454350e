import { Injectable, inject } from '@angular/core';
import type {
  ActivationDone,
  ActivationRequest,
  AddEmailAccepted,
  ChangePasswordRequest,
  PasswordResetAccepted,
  PasswordResetConfirmRequest,
  SessionInfo,
} from '@nabij/identity/contracts';
import { ApiClient } from '@nabij/platform/portal';
import { Observable } from 'rxjs';

@Injectable({ providedIn: 'root' })
export class AccountApi {
  private readonly api = inject(ApiClient);

  requestReset(email: string): Observable<PasswordResetAccepted> {
    return this.api.post<PasswordResetAccepted>('/auth/password-reset', { email });
  }

  confirmReset(body: PasswordResetConfirmRequest): Observable<void> {
    return this.api.post<void>('/auth/password-reset/confirm', body);
  }

  /** A client with a login name adds an e-mail address; it counts once the mailed link is opened. */
  addEmail(email: string): Observable<AddEmailAccepted> {
    return this.api.post<AddEmailAccepted>('/auth/email', { email });
  }

  /** The login name and code from the printed letter, and a new password. */
  activate(body: ActivationRequest): Observable<ActivationDone> {
    return this.api.post<ActivationDone>('/auth/activate', body);
  }

  changePassword(body: ChangePasswordRequest): Observable<void> {
    return this.api.post<void>('/auth/password', body);
  }

  sessions(): Observable<SessionInfo[]> {
    return this.api.get<SessionInfo[]>('/auth/sessions');
  }

  endSession(id: string): Observable<void> {
    return this.api.delete<void>(`/auth/sessions/${encodeURIComponent(id)}`);
  }
}
