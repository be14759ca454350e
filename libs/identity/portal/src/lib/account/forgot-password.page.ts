import { ChangeDetectionStrategy, Component, ElementRef, Injector, inject, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { RouterLink } from '@angular/router';
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
import { firstValueFrom } from 'rxjs';
import { AccountApi } from './account.api';
import { accountTexts } from './account-texts';

/** `/forgot-password`: asks for a reset link. The answer never tells whether the address has an account. */
@Component({
  selector: 'nb-forgot-password-page',
  imports: [ReactiveFormsModule, RouterLink, TranslatePipe, FormFieldComponent, FormControlDirective, MessageComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1 tabindex="-1">{{ 'account.forgot.title' | t }}</h1>
    <p>{{ 'account.forgot.intro' | t }}</p>
    <p>{{ 'account.forgot.loginName' | t }}</p>
    <form class="card" [formGroup]="form" (ngSubmit)="submit()">
      <nb-form-field fieldId="email" [label]="'account.forgot.email' | t" [error]="invalid() ? ('platform.field.email' | t) : null">
        <input nbControl class="input" type="email" formControlName="email" autocomplete="username" spellcheck="false" />
      </nb-form-field>
      <nb-message kind="error" [show]="!!error()">{{ error() ? (error()! | t) : '' }}</nb-message>
      <nb-message kind="success" [show]="!!sentTo()">{{ 'account.forgot.sent' | t: { email: sentTo() ?? '' } }}</nb-message>
      <button type="submit" class="button button--large" [attr.aria-busy]="busy()">
        {{ (busy() ? 'platform.busy' : 'account.forgot.submit') | t }}
      </button>
    </form>
    <p><a routerLink="/login">{{ 'account.forgot.toLogin' | t }}</a></p>
  `,
})
export class ForgotPasswordPage {
  protected readonly i18n = useTexts(accountTexts);
  private readonly api = inject(AccountApi);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);

  protected readonly form = new FormGroup({
    email: new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.email] }),
  });
  protected readonly invalid = signal(false);
  protected readonly busy = signal(false);
  protected readonly error = signal<string | null>(null);
  protected readonly sentTo = signal<string | null>(null);

  protected async submit(): Promise<void> {
    if (this.busy()) return;
    this.error.set(null);
    this.sentTo.set(null);
    this.invalid.set(this.form.invalid);
    if (this.form.invalid) {
      focusFirstInvalid(this.host.nativeElement, this.injector);
      return;
    }
    const email = this.form.controls.email.value.trim();
    this.busy.set(true);
    try {
      await firstValueFrom(this.api.requestReset(email));
      this.sentTo.set(email);
    } catch (err) {
      this.error.set(generalErrorKey(toApiError(err)));
    } finally {
      this.busy.set(false);
    }
  }
}
