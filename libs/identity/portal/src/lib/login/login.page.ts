import { HttpErrorResponse } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, ElementRef, Injector, inject, input, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators, type AbstractControl, type ValidationErrors } from '@angular/forms';
import { Router, RouterLink } from '@angular/router';
import {
  LOGIN_CHALLENGE_ENDED,
  LOGIN_THROTTLED,
  TWO_FACTOR_CODE_WRONG,
  isLoginName,
  isTotpCode,
  type SecondFactorChallenge,
  type SetupSessionResponse,
  type TwoFactorSetup,
} from '@nabij/identity/contracts';
import { IntakeApi } from '@nabij/intake/portal/lib/intake.api';
import {
  AuthStore,
  FormControlDirective,
  FormFieldComponent,
  LanguageChoiceComponent,
  MessageComponent,
  TranslatePipe,
  focusAfterRender,
  focusFirstInvalid,
  generalErrorKey,
  safeNextUrl,
  toApiError,
  useTexts,
} from '@nabij/platform/portal';
import { firstValueFrom } from 'rxjs';
import { accountTexts } from '../account/account-texts';
import { identityTexts } from '../i18n';
import { RecoveryCodesComponent } from '../two-factor/recovery-codes.component';
import { TotpSetupComponent } from '../two-factor/totp-setup.component';
import { twoFactorTexts } from '../two-factor/two-factor-texts';

type Problem = 'wrong' | 'notVerified' | 'deactivated' | 'tooMany' | null;
/** password → (staff, or clients who turned it on) code or recovery code; staff without an app: setup → codes. */
type Step = 'password' | 'code' | 'recovery' | 'setup' | 'codes';

/** `/login`: e-mail and password, then the second step when the account has one; each refusal says what to do next. */
@Component({
  selector: 'nb-login-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    TranslatePipe,
    FormFieldComponent,
    FormControlDirective,
    MessageComponent,
    TotpSetupComponent,
    RecoveryCodesComponent,
    LanguageChoiceComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    .input--code { max-width: 12rem; font-size: 1.25rem; letter-spacing: 0.15em; }
  `,
  templateUrl: './login.page.html',
})
export class LoginPage {
  protected readonly i18n = useTexts(identityTexts);
  // The account texts (the link to it) live with the account pages.
  protected readonly accountI18n = useTexts(accountTexts);
  protected readonly twoFactorI18n = useTexts(twoFactorTexts);
  protected readonly auth = inject(AuthStore);
  private readonly intake = inject(IntakeApi);
  private readonly router = inject(Router);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);

  /** Where to go after logging in (query string, set by the role guard). */
  readonly next = input<string | undefined>();
  /** Set by the invite page (`/uitnodiging`) after the new colleague chose a password: their address. */
  readonly uitgenodigd = input<string | undefined>();

  protected readonly form = new FormGroup({
    // An e-mail address, or the login name of a client admitted without one (`leiden-k7m4q`).
    email: new FormControl('', { nonNullable: true, validators: [Validators.required, emailOrLoginName] }),
    password: new FormControl('', { nonNullable: true, validators: [Validators.required] }),
  });
  protected readonly submitted = signal(false);
  protected readonly busy = signal(false);
  protected readonly problem = signal<Problem>(null);
  protected readonly generalError = signal<string | null>(null);
  protected readonly resentTo = signal<string | null>(null);
  protected readonly showPassword = signal(false);
  /** How long to wait after a 429, as the API's Retry-After says: the key and its parameters. */
  protected readonly wait = signal<{ key: string; params: Record<string, number> }>({ key: 'identity.login.tooMany', params: {} });

  protected readonly step = signal<Step>('password');
  private challenge: SecondFactorChallenge | null = null;
  protected readonly code = signal('');
  /** Field error of the code (a text key). */
  protected readonly codeError = signal<string | null>(null);
  /** The API's refusal of the second step, read out at once (role=alert). */
  protected readonly stepError = signal<{ key: string; params: Record<string, number> } | null>(null);
  /** The challenge is over (too late, too many wrong codes): only a new password step helps. */
  protected readonly challengeEnded = signal(false);
  protected readonly setupData = signal<TwoFactorSetup | null>(null);
  private setupSession: SetupSessionResponse | null = null;
  protected readonly recoveryCodes = signal<string[]>([]);

  protected errorFor(field: 'email' | 'password'): string | null {
    if (!this.submitted()) return null;
    const c = this.form.controls[field];
    if (c.valid) return null;
    return field === 'email' ? 'identity.login.emailError' : 'platform.field.required';
  }

  protected async submit(): Promise<void> {
    if (this.busy()) return;
    this.submitted.set(true);
    this.problem.set(null);
    this.generalError.set(null);
    this.resentTo.set(null);
    if (this.form.invalid) {
      focusFirstInvalid(this.host.nativeElement, this.injector);
      return;
    }
    this.busy.set(true);
    const { email, password } = this.form.getRawValue();
    try {
      const result = await firstValueFrom(this.auth.login({ email: email.trim(), password }));
      if ('challenge' in result) await this.beginSecondStep(result.challenge);
      else await this.router.navigateByUrl(safeNextUrl(this.next()));
    } catch (err) {
      const error = toApiError(err);
      if (error.statusCode === 401) this.problem.set('wrong');
      // The API sends code 'email_not_verified'; 403 on login has no other meaning, so also accept it without the code.
      else if (error.statusCode === 403 && error.code === 'account_deactivated') this.problem.set('deactivated');
      else if (error.statusCode === 403 && (!error.code || error.code === 'email_not_verified')) this.problem.set('notVerified');
      else if (error.statusCode === 429) {
        this.wait.set(waitText(err));
        this.problem.set('tooMany');
      } else this.generalError.set(generalErrorKey(error));
    } finally {
      this.busy.set(false);
    }
  }

  /** The code step, or for staff without an app the set-up; focus goes to the new step's heading. */
  private async beginSecondStep(challenge: SecondFactorChallenge): Promise<void> {
    this.challenge = challenge;
    this.form.controls.password.reset();
    this.resetStep();
    if (challenge.secondFactor === 'totp') {
      this.goTo('code');
      return;
    }
    this.goTo('setup');
    try {
      this.setupData.set(await firstValueFrom(this.auth.loginSetup(challenge.challenge)));
    } catch (err) {
      this.refused(err);
    }
  }

  protected async submitCode(): Promise<void> {
    if (this.busy() || !this.challenge) return;
    const recovery = this.step() === 'recovery';
    const code = recovery ? this.code().trim() : this.code().replace(/\s/g, '');
    this.stepError.set(null);
    this.codeError.set(
      code === ''
        ? recovery
          ? 'twoFactor.recovery.required'
          : 'twoFactor.code.required'
        : !recovery && !isTotpCode(code)
          ? 'twoFactor.code.format'
          : null,
    );
    if (this.codeError()) {
      focusFirstInvalid(this.host.nativeElement, this.injector);
      return;
    }
    this.busy.set(true);
    try {
      await firstValueFrom(this.auth.loginSecondFactor({ challenge: this.challenge.challenge, code }));
      await this.router.navigateByUrl(safeNextUrl(this.next()));
    } catch (err) {
      this.refused(err);
    } finally {
      this.busy.set(false);
    }
  }

  protected async confirmSetup(code: string): Promise<void> {
    if (this.busy() || !this.challenge) return;
    this.stepError.set(null);
    this.busy.set(true);
    try {
      this.setupSession = await firstValueFrom(this.auth.loginSetupConfirm({ challenge: this.challenge.challenge, code }));
      this.recoveryCodes.set(this.setupSession.recoveryCodes);
      this.goTo('codes');
    } catch (err) {
      this.refused(err);
    } finally {
      this.busy.set(false);
    }
  }

  /** "Ik heb de codes bewaard": only now does the session start. */
  protected async continueAfterCodes(): Promise<void> {
    if (!this.setupSession) return;
    const { recoveryCodes: _shown, ...session } = this.setupSession;
    this.auth.begin(session);
    this.setupSession = null;
    await this.router.navigateByUrl(safeNextUrl(this.next()));
  }

  protected switchCodeKind(): void {
    this.resetStep();
    this.goTo(this.step() === 'recovery' ? 'code' : 'recovery', this.step() === 'recovery' ? '#totp-code' : '#recovery-code');
  }

  protected startOver(): void {
    this.challenge = null;
    this.setupData.set(null);
    this.resetStep();
    this.goTo('password', '#password');
  }

  private refused(err: unknown): void {
    const error = toApiError(err);
    if (error.code === TWO_FACTOR_CODE_WRONG) {
      this.stepError.set({ key: 'twoFactor.wrong', params: {} });
      this.code.set('');
      focusAfterRender(this.host.nativeElement, 'input', this.injector);
    } else if (error.code === LOGIN_CHALLENGE_ENDED) {
      this.stepError.set({ key: 'twoFactor.ended', params: {} });
      this.challengeEnded.set(true);
    } else if (error.statusCode === 429 || error.code === LOGIN_THROTTLED) {
      this.stepError.set(waitText(err));
    } else this.stepError.set({ key: generalErrorKey(error), params: {} });
  }

  private resetStep(): void {
    this.code.set('');
    this.codeError.set(null);
    this.stepError.set(null);
    this.challengeEnded.set(false);
    this.submitted.set(false);
  }

  private goTo(step: Step, focus = '#step-title'): void {
    this.step.set(step);
    focusAfterRender(this.host.nativeElement, focus, this.injector);
  }

  protected async resend(): Promise<void> {
    const email = this.form.controls.email.value.trim();
    if (!email || this.busy()) return;
    this.busy.set(true);
    try {
      await firstValueFrom(this.intake.resend(email));
      this.resentTo.set(email);
    } catch (err) {
      this.generalError.set(generalErrorKey(toApiError(err)));
    } finally {
      this.busy.set(false);
    }
  }
}

/** Angular's own e-mail check, or a login name as the API makes them. */
function emailOrLoginName(control: AbstractControl<string>): ValidationErrors | null {
  return Validators.email(control) === null || isLoginName(control.value) ? null : { emailOrLoginName: true };
}

/** Retry-After in words: a few seconds, N seconds, or N minutes (rounded up). */
function waitText(err: unknown): { key: string; params: Record<string, number> } {
  const seconds = err instanceof HttpErrorResponse ? Number(err.headers?.get('Retry-After')) : NaN;
  if (!Number.isFinite(seconds) || seconds <= 0) return { key: 'identity.login.tooMany', params: {} };
  if (seconds < 10) return { key: 'identity.login.tooManyMoment', params: {} };
  if (seconds <= 90) return { key: 'identity.login.tooManySeconds', params: { seconds: Math.ceil(seconds) } };
  return { key: 'identity.login.tooManyMinutes', params: { minutes: Math.ceil(seconds / 60) } };
}
