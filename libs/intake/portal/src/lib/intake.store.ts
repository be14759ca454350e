import { Injectable, computed, inject, signal } from '@angular/core';
import { POSTCODE_CHECK_TAB_KEY } from '@nabij/intake/contracts';
import type { PostcodeCheckResponse, RegistrationRequest } from '@nabij/intake/contracts';
import { tabStoredSignal } from '@nabij/platform/portal';
import { firstValueFrom } from 'rxjs';
import { IntakeApi } from './intake.api';

type Served = Extract<PostcodeCheckResponse, { served: true }>;
type NotServed = Extract<PostcodeCheckResponse, { served: false }>;

/**
 * The visitor's way from postcode check to "check your mail". The check result is kept for this
 * tab (sessionStorage), so a reload of /register does not throw away a fresh check; it holds a
 * postcode and a check id, nothing personal. Anonymous chat shares it through the same key.
 */
@Injectable({ providedIn: 'root' })
export class IntakeStore {
  private readonly api = inject(IntakeApi);
  private readonly _check = tabStoredSignal<PostcodeCheckResponse>(POSTCODE_CHECK_TAB_KEY);
  private readonly _registeredEmail = signal<string | null>(null);

  readonly check = this._check.value;
  readonly served = computed<Served | null>(() => {
    const check = this._check.value();
    return check?.served ? check : null;
  });
  readonly notServed = computed<NotServed | null>(() => {
    const check = this._check.value();
    return check && !check.served ? check : null;
  });
  /** Set after a registration was accepted: the page then shows "check your mail". */
  readonly registeredEmail = this._registeredEmail.asReadonly();

  async checkPostcode(postcode: string): Promise<PostcodeCheckResponse> {
    const result = await firstValueFrom(this.api.checkPostcode(postcode));
    this._check.set(result);
    this._registeredEmail.set(null);
    return result;
  }

  /** Registers with the served check; the check can be used once, so it is forgotten after. */
  async register(details: Omit<RegistrationRequest, 'checkId'>): Promise<void> {
    const served = this.served();
    if (!served) throw new Error('A served postcode check is needed before registering.');
    const accepted = await firstValueFrom(this.api.register({ ...details, checkId: served.checkId }));
    this._registeredEmail.set(accepted.email);
  }

  async resend(email: string): Promise<void> {
    await firstValueFrom(this.api.resend(email));
  }

  /** The check was used or expired: the visitor starts again at the postcode. */
  forgetCheck(): void {
    this._check.set(null);
  }

  /** Back to the start: a new postcode check, a new registration. */
  startOver(): void {
    this.forgetCheck();
    this._registeredEmail.set(null);
  }
}
