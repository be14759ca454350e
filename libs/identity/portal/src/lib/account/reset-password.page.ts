import { ChangeDetectionStrategy, Component, ElementRef, Injector, inject, input, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { RouterLink } from '@angular/router';
import { PASSWORD_TOO_WEAK, RESET_LINK_INVALID } from '@nabij/identity/contracts';
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

/** `/reset-password?token=…` (the mailed link): choose a new password; every login ends. */
@Component({
  selector: 'nb-reset-password-page',
  imports: [ReactiveFormsModule, RouterLink, TranslatePipe, FormFieldComponent, FormControlDirective, MessageComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1 tabindex="-1">{{ 'account.reset.title' | t }}</h1>
    @if (done()) {
      <nb-message kind="success">{{ 'account.reset.done' | t }}</nb-message>
      <p><a routerLink="/login">{{ 'account.forgot.toLogin' | t }}</a></p>
    } @else {
      <p>{{ 'account.reset.intro' | t }}</p>
      <form class="card" [formGroup]="form" (ngSubmit)="submit()">
        <nb-form-field fieldId="password" [label]="'account.reset.password' | t" [hint]="'account.reset.hint' | t" [error]="passwordError() ? (passwordError()! | t) : null">
          <input nbControl class="input" type="password" formControlName="password" autocomplete="new-password" />
        </nb-form-field>
        <nb-message kind="error" [show]="!!error()">
          {{ error() ? (error()! | t) : '' }}
          @if (linkInvalid()) {
            <a routerLink="/forgot-password">{{ 'account.reset.newLink' | t }}</a>
          }
        </nb-message>
        <button type="submit" class="button button--large" [attr.aria-busy]="busy()">
          {{ (busy() ? 'platform.busy' : 'account.reset.submit') | t }}
        </button>
      </form>
    }
  `,
})
export class ResetPasswordPage {
  protected readonly i18n = useTexts(accountTexts);
  private readonly api = inject(AccountApi);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);

  /** From the link's query string. */
  readonly token = input<string | undefined>();

  protected readonly form = new FormGroup({
    password: new FormControl('', { nonNullable: true, validators: [Validators.required] }),
  });
  protected readonly passwordError = signal<string | null>(null);
  protected readonly error = signal<string | null>(null);
  protected readonly linkInvalid = signal(false);
  protected readonly busy = signal(false);
  protected readonly done = signal(false);

  protected async submit(): Promise<void> {
    if (this.busy()) return;
    this.error.set(null);
    this.linkInvalid.set(false);
    this.passwordError.set(this.form.invalid ? 'platform.field.required' : null);
    if (this.form.invalid) {
      focusFirstInvalid(this.host.nativeElement, this.injector);
      return;
    }
    const token = this.token();
    if (!token) {
      this.showInvalidLink();
      return;
    }
    this.busy.set(true);
    try {
      await firstValueFrom(this.api.confirmReset({ token, password: this.form.controls.password.value }));
      this.done.set(true);
    } catch (err) {
      const error = toApiError(err);
      if (error.code === PASSWORD_TOO_WEAK) {
        this.passwordError.set('account.password.tooWeak');
        focusFirstInvalid(this.host.nativeElement, this.injector);
      } else if (error.code === RESET_LINK_INVALID) this.showInvalidLink();
      else this.error.set(generalErrorKey(error));
    } finally {
      this.busy.set(false);
    }
  }

  private showInvalidLink(): void {
    this.linkInvalid.set(true);
    this.error.set('account.reset.invalid');
  }
}
