import { HttpErrorResponse } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, ElementRef, Injector, inject, input, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators, type AbstractControl, type ValidationErrors } from '@angular/forms';
import { Router, RouterLink } from '@angular/router';
import { isLoginName } from '@nabij/identity/contracts';
import { IntakeApi } from '@nabij/intake/portal';
import {
  AuthStore,
  FormControlDirective,
  FormFieldComponent,
  MessageComponent,
  TranslatePipe,
  focusFirstInvalid,
  generalErrorKey,
  safeNextUrl,
  toApiError,
  useTexts,
} from '@nabij/platform/portal';
import { firstValueFrom } from 'rxjs';
import { accountTexts } from '../account/account-texts';
import { identityTexts } from '../i18n';

type Problem = 'wrong' | 'notVerified' | 'tooMany' | null;

/** `/login`: e-mail and password; each refusal says what to do next. */
@Component({
  selector: 'nb-login-page',
  imports: [ReactiveFormsModule, RouterLink, TranslatePipe, FormFieldComponent, FormControlDirective, MessageComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './login.page.html',
})
export class LoginPage {
  protected readonly i18n = useTexts(identityTexts);
  // The account texts (the link to it) live with the account pages.
  protected readonly accountI18n = useTexts(accountTexts);
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
      await firstValueFrom(this.auth.login({ email: email.trim(), password }));
      await this.router.navigateByUrl(safeNextUrl(this.next()));
    } catch (err) {
      const error = toApiError(err);
      if (error.statusCode === 401) this.problem.set('wrong');
      // The API sends code 'email_not_verified'; 403 on login has no other meaning, so also accept it without the code.
      else if (error.statusCode === 403 && (!error.code || error.code === 'email_not_verified')) this.problem.set('notVerified');
      else if (error.statusCode === 429) {
        this.wait.set(waitText(err));
        this.problem.set('tooMany');
      } else this.generalError.set(generalErrorKey(error));
    } finally {
      this.busy.set(false);
    }
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
