import { HttpErrorResponse } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, ElementRef, Injector, inject, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { RouterLink } from '@angular/router';
import {
  ACTIVATION_CODE_INVALID,
  ACTIVATION_CODE_LENGTH,
  LOGIN_THROTTLED,
  PASSWORD_MIN_LENGTH,
  PASSWORD_TOO_WEAK,
  isLoginName,
  isStrongEnoughPassword,
  normaliseActivationCode,
} from '@nabij/identity/contracts';
import {
  FormControlDirective,
  FormFieldComponent,
  MessageComponent,
  TranslatePipe,
  focusFirstInvalid,
  generalErrorKey,
  toApiError,
  useTexts,
} from '@nabij/platform/portal';
import type { AbstractControl, ValidationErrors } from '@angular/forms';
import { firstValueFrom } from 'rxjs';
import { AccountApi } from './account.api';
import { accountTexts } from './account-texts';
import { activationTexts } from './activation-texts';

type Field = 'loginName' | 'code' | 'password';

const loginName = (c: AbstractControl<string>): ValidationErrors | null => (isLoginName(c.value) ? null : { loginName: true });
const code = (c: AbstractControl<string>): ValidationErrors | null =>
  normaliseActivationCode(c.value).length === ACTIVATION_CODE_LENGTH ? null : { code: true };
const password = (c: AbstractControl<string>): ValidationErrors | null => (isStrongEnoughPassword(c.value) ? null : { password: true });

/**
 * `/activeren` (public): a client admitted without an e-mail address types the login name and the
 * one-time code from the printed letter and chooses a password; then logs in with the login name.
 */
@Component({
  selector: 'nb-activate-page',
  imports: [ReactiveFormsModule, RouterLink, TranslatePipe, FormFieldComponent, FormControlDirective, MessageComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1 tabindex="-1">{{ 'activate.title' | t }}</h1>
    <div aria-live="polite">
      @if (done(); as name) {
        <nb-message kind="success">{{ 'activate.done' | t: { loginName: name } }}</nb-message>
        <p><a class="button" routerLink="/login">{{ 'activate.toLogin' | t }}</a></p>
      }
    </div>
    @if (!done()) {
      <p>{{ 'activate.intro' | t }}</p>
      <form class="card" [formGroup]="form" (ngSubmit)="submit()" novalidate>
        <nb-form-field
          fieldId="activate-loginName"
          [label]="'activate.loginName' | t"
          [hint]="'activate.loginNameHint' | t"
          [error]="errorFor('loginName') ? (errorFor('loginName')! | t) : null"
        >
          <input nbControl class="input" type="text" formControlName="loginName" autocomplete="username" autocapitalize="none" spellcheck="false" />
        </nb-form-field>
        <nb-form-field fieldId="activate-code" [label]="'activate.code' | t" [hint]="'activate.codeHint' | t" [error]="errorFor('code') ? (errorFor('code')! | t) : null">
          <input nbControl class="input" type="text" formControlName="code" autocomplete="one-time-code" autocapitalize="characters" spellcheck="false" />
        </nb-form-field>
        <nb-form-field
          fieldId="activate-password"
          [label]="'activate.password' | t"
          [hint]="'activate.passwordHint' | t: rules"
          [error]="errorFor('password') ? (errorFor('password')! | t: rules) : null"
        >
          <input nbControl class="input" [type]="showPassword() ? 'text' : 'password'" formControlName="password" autocomplete="new-password" />
        </nb-form-field>
        <label class="checkbox">
          <input type="checkbox" [checked]="showPassword()" (change)="showPassword.set(!showPassword())" />
          {{ 'platform.field.showPassword' | t }}
        </label>
        <nb-message kind="error" [show]="!!error()">{{ error() ? (error()! | t: errorParams()) : '' }}</nb-message>
        <button type="submit" class="button button--large" [attr.aria-busy]="busy()">
          {{ (busy() ? 'platform.busy' : 'activate.submit') | t }}
        </button>
      </form>
    }
  `,
})
export class ActivatePage {
  protected readonly i18n = useTexts(activationTexts);
  private readonly _accountTexts = useTexts(accountTexts);
  private readonly api = inject(AccountApi);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);

  protected readonly rules = { min: PASSWORD_MIN_LENGTH };
  protected readonly form = new FormGroup({
    loginName: new FormControl('', { nonNullable: true, validators: [Validators.required, loginName] }),
    code: new FormControl('', { nonNullable: true, validators: [Validators.required, code] }),
    password: new FormControl('', { nonNullable: true, validators: [Validators.required, password] }),
  });
  protected readonly submitted = signal(false);
  protected readonly showPassword = signal(false);
  protected readonly busy = signal(false);
  protected readonly serverErrors = signal<Partial<Record<Field, string>>>({});
  protected readonly error = signal<string | null>(null);
  protected readonly errorParams = signal<Record<string, number>>({});
  /** The login name to log in with, once the account is activated. */
  protected readonly done = signal<string | null>(null);

  protected errorFor(field: Field): string | null {
    const server = this.serverErrors()[field];
    if (server) return server;
    if (!this.submitted() || this.form.controls[field].valid) return null;
    return `activate.error.${field}`;
  }

  protected async submit(): Promise<void> {
    if (this.busy()) return;
    this.submitted.set(true);
    this.serverErrors.set({});
    this.error.set(null);
    if (this.form.invalid) {
      focusFirstInvalid(this.host.nativeElement, this.injector);
      return;
    }
    this.busy.set(true);
    const value = this.form.getRawValue();
    try {
      const result = await firstValueFrom(
        this.api.activate({ loginName: value.loginName.trim().toLowerCase(), code: value.code, password: value.password }),
      );
      this.done.set(result.loginName);
    } catch (err) {
      const error = toApiError(err);
      if (error.code === PASSWORD_TOO_WEAK) {
        this.serverErrors.set({ password: 'account.password.tooWeak' });
        focusFirstInvalid(this.host.nativeElement, this.injector);
      } else if (error.code === ACTIVATION_CODE_INVALID) {
        this.error.set('activate.error.invalid');
      } else if (error.code === LOGIN_THROTTLED) {
        const seconds = err instanceof HttpErrorResponse ? Number(err.headers?.get('Retry-After')) : NaN;
        this.errorParams.set({ seconds: Number.isFinite(seconds) && seconds > 0 ? Math.ceil(seconds) : 60 });
        this.error.set('activate.error.throttled');
      } else this.error.set(generalErrorKey(error));
    } finally {
      this.busy.set(false);
    }
  }
}
