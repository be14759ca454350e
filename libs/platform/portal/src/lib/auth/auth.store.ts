import { DOCUMENT, Injectable, computed, effect, inject, signal } from '@angular/core';
import {
  isSecondFactorChallenge,
  type CurrentUser,
  type LoginRequest,
  type LoginResponse,
  type SecondFactorChallenge,
  type SecondFactorRequest,
  type SessionResponse,
  type SetupSessionResponse,
  type TwoFactorSetup,
} from '@nabij/identity/contracts';
import { PROFESSIONAL_ROLES, type Role } from '@nabij/platform/contracts';
import { Observable, catchError, finalize, firstValueFrom, from, map, shareReplay, tap, throwError } from 'rxjs';
import { ApiClient } from '../http/api-client';
import { loadStaffErrorTexts } from '../http/staff-error-texts';
import { I18n } from '../i18n/i18n.service';

/** Why the last session ended; the login page explains it. */
export type SessionEnd = 'logout' | 'idle' | 'expired';

/**
 * Set on this device while someone is logged in, so a first-time visitor on a slow phone does not
 * pay for a refresh call that can only fail. Holds no personal data.
 */
export const SESSION_HINT_KEY = 'nabij.session';

/**
 * The refresh the page started before the app loaded (apps/portal/src/session-restore.js, on a
 * device with the session hint): the answer of POST /api/auth/refresh, or a refusal.
 */
export const EARLY_RESTORE_KEY = 'nabijSessionRestore';

/**
 * Who is logged in. The access token lives only in memory; the refresh token is an httpOnly
 * cookie the API sets, so a reload restores the session with POST /api/auth/refresh.
 */
@Injectable({ providedIn: 'root' })
export class AuthStore {
  private readonly api = inject(ApiClient);
  private readonly window = inject(DOCUMENT).defaultView;
  private readonly storage = storageOf(inject(DOCUMENT));

  private readonly _session = signal<SessionResponse | null>(null);
  private readonly _restored = signal(false);
  private readonly _lastEnd = signal<SessionEnd | null>(null);
  private restoring: Promise<void> | null = null;
  private refreshing: Observable<SessionResponse> | null = null;

  readonly user = computed<CurrentUser | null>(() => this._session()?.user ?? null);
  readonly role = computed<Role | null>(() => this._session()?.user.role ?? null);
  readonly isLoggedIn = computed(() => this._session() !== null);
  readonly accessToken = computed(() => this._session()?.accessToken ?? null);
  /** True once the start-up refresh has answered (either way). */
  readonly restored = this._restored.asReadonly();
  /** Whether this device was signed in when the app started (the session hint was there). */
  private readonly hintAtStart = this.hasSessionHint();
  /**
   * True while the start-up refresh runs on a device that was signed in: the session will most
   * likely be back in a moment, so the header keeps room for "Uitloggen" (no layout shift).
   */
  readonly sessionExpected = computed(() => !this._restored() && this._session() === null && this.hintAtStart);
  readonly lastEnd = this._lastEnd.asReadonly();

  constructor() {
    // Staff screens word error codes that clients never meet; their texts load when staff sign in.
    const i18n = inject(I18n);
    effect(() => {
      const role = this.role();
      if (role && PROFESSIONAL_ROLES.includes(role)) loadStaffErrorTexts(i18n).catch(() => undefined);
    });
  }

  /** Restores the session once per app start; guards await this. */
  restore(): Promise<void> {
    if (!this.restoring) {
      this.restoring = this.hasSessionHint()
        ? firstValueFrom(this.refresh()).then(
            () => undefined,
            () => undefined,
          )
        : Promise.resolve();
      this.restoring = this.restoring.finally(() => this._restored.set(true));
    }
    return this.restoring;
  }

  /**
   * The password step. Either the session starts (`user`), or a second step is needed
   * (`challenge`: type a code, or set up an authenticator first) and nothing is logged in yet.
   */
  login(request: LoginRequest): Observable<{ user: CurrentUser } | { challenge: SecondFactorChallenge }> {
    return this.api.post<LoginResponse>('/auth/login', request).pipe(
      map((answer) => {
        if (isSecondFactorChallenge(answer)) return { challenge: answer };
        this.start(answer);
        return { user: answer.user };
      }),
    );
  }

  /** The code step: a code from the authenticator app, or a recovery code. Starts the session. */
  loginSecondFactor(request: SecondFactorRequest): Observable<CurrentUser> {
    return this.api.post<SessionResponse>('/auth/login/second-factor', request).pipe(
      tap((session) => this.start(session)),
      map((session) => session.user),
    );
  }

  /** Staff without an authenticator: a new secret and QR code to scan. */
  loginSetup(challenge: string): Observable<TwoFactorSetup> {
    return this.api.post<TwoFactorSetup>('/auth/login/setup', { challenge });
  }

  /**
   * Confirms the set-up with a first code. The answer holds the session and the recovery codes;
   * call `begin` with it once the person has kept the codes (the refresh cookie is already set).
   */
  loginSetupConfirm(request: SecondFactorRequest): Observable<SetupSessionResponse> {
    return this.api.post<SetupSessionResponse>('/auth/login/setup/confirm', request);
  }

  /** Starts a session the API already issued (after the recovery codes of a set-up were shown). */
  begin(session: SessionResponse): void {
    this.start(session);
  }

  /**
   * Gets a new access token with the refresh cookie. Calls that arrive while one refresh is
   * under way share it, because the API rotates the refresh token on every use.
   */
  refresh(): Observable<SessionResponse> {
    if (!this.refreshing) {
      const early = this.takeEarlyRestore();
      this.refreshing = (early ? from(early) : this.api.post<SessionResponse>('/auth/refresh')).pipe(
        tap((session) => this.start(session)),
        catchError((err) => {
          if (this._session()) this._lastEnd.set('expired');
          this.clear();
          return throwError(() => err);
        }),
        finalize(() => (this.refreshing = null)),
        shareReplay({ bufferSize: 1, refCount: false }),
      );
    }
    return this.refreshing;
  }

  /** Ends the session here and at the API; the local session is gone even when offline. */
  async logout(reason: SessionEnd = 'logout'): Promise<void> {
    this._lastEnd.set(reason);
    this.clear();
    try {
      await firstValueFrom(this.api.post<void>('/auth/logout'));
    } catch {
      // The refresh cookie expires on its own; nothing more the visitor can do.
    }
  }

  /** Forget the session locally (the API has already said it is over). */
  clear(): void {
    this._session.set(null);
    this.setSessionHint(false);
  }

  private start(session: SessionResponse): void {
    // A fresh session makes a start-up restore pointless.
    if (!this.restoring) {
      this.restoring = Promise.resolve();
      this._restored.set(true);
    }
    this._session.set(session);
    this._lastEnd.set(null);
    this.setSessionHint(true);
  }

  /** The page's own start of the restore (one round trip sooner), used once: later refreshes ask the API. */
  private takeEarlyRestore(): Promise<SessionResponse> | null {
    const holder = this.window as unknown as Record<string, Promise<SessionResponse> | undefined> | null;
    const early = holder?.[EARLY_RESTORE_KEY];
    if (!holder || !early || typeof early.then !== 'function') return null;
    delete holder[EARLY_RESTORE_KEY];
    return early;
  }

  private hasSessionHint(): boolean {
    try {
      return this.storage?.getItem(SESSION_HINT_KEY) === '1';
    } catch {
      return true;
    }
  }

  private setSessionHint(on: boolean): void {
    try {
      if (on) this.storage?.setItem(SESSION_HINT_KEY, '1');
      else this.storage?.removeItem(SESSION_HINT_KEY);
    } catch {
      // Storage disabled: we then simply try a refresh on every start.
    }
  }
}

function storageOf(document: Document): Storage | null {
  try {
    return document.defaultView?.localStorage ?? null;
  } catch {
    return null;
  }
}
