import { Injectable, computed, inject, signal } from '@angular/core';
import type { PostcodeCheckResponse, RegistrationRequest } from '@nabij/intake/contracts';
import { tabStoredJson } from '@nabij/platform/portal';
import { firstValueFrom } from 'rxjs';
import { IntakeApi } from './intake.api';

const CHECK_KEY = 'nabij.intake.check';

type Served = Extract<PostcodeCheckResponse, { served: true }>;
type NotServed = Extract<PostcodeCheckResponse, { served: false }>;

/**
 * The visitor's way from postcode check to "check your mail". The check result is kept for this
 * tab (sessionStorage), so a reload of /register does not throw away a fresh check; it holds a
 * postcode and a check id, nothing personal.
 */
@Injectable({ providedIn: 'root' })
export class IntakeStore {
  private readonly api = inject(IntakeApi);
  private readonly stored = tabStoredJson<PostcodeCheckResponse>(CHECK_KEY);

  private readonly _check = signal<PostcodeCheckResponse | null>(this.stored.read());
  private readonly _registeredEmail = signal<string | null>(null);

  readonly check = this._check.asReadonly();
  readonly served = computed<Served | null>(() => {
    const check = this._check();
    return check?.served ? check : null;
  });
  readonly notServed = computed<NotServed | null>(() => {
    const check = this._check();
    return check && !check.served ? check : null;
  });
  /** Set after a registration was accepted: the page then shows "check your mail". */
  readonly registeredEmail = this._registeredEmail.asReadonly();

  async checkPostcode(postcode: string): Promise<PostcodeCheckResponse> {
    const result = await firstValueFrom(this.api.checkPostcode(postcode));
    this._check.set(result);
    this._registeredEmail.set(null);
    this.stored.write(result);
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
    this.stored.write(null);
  }

  /** Back to the start: a new postcode check, a new registration. */
  startOver(): void {
    this.forgetCheck();
    this._registeredEmail.set(null);
  }
}
