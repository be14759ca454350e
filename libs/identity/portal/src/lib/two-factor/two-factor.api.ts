import { Injectable, inject } from '@angular/core';
import type { RecoveryCodes, TwoFactorSetup, TwoFactorStatus } from '@nabij/identity/contracts';
import { ApiClient } from '@nabij/platform/portal';
import { Observable } from 'rxjs';

/** Two-factor authentication of the logged-in person (`/api/auth/two-factor`). */
@Injectable({ providedIn: 'root' })
export class TwoFactorApi {
  private readonly api = inject(ApiClient);

  status(): Observable<TwoFactorStatus> {
    return this.api.get<TwoFactorStatus>('/auth/two-factor');
  }

  renewRecoveryCodes(code: string): Observable<RecoveryCodes> {
    return this.api.post<RecoveryCodes>('/auth/two-factor/recovery-codes', { code });
  }

  /** Clients only. */
  setup(): Observable<TwoFactorSetup> {
    return this.api.post<TwoFactorSetup>('/auth/two-factor/setup');
  }

  confirmSetup(code: string): Observable<RecoveryCodes> {
    return this.api.post<RecoveryCodes>('/auth/two-factor/setup/confirm', { code });
  }

  disable(code: string): Observable<void> {
    return this.api.delete<void>('/auth/two-factor', { code });
  }
}
