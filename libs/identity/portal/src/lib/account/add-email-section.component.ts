import { ChangeDetectionStrategy, Component, ElementRef, Injector, computed, inject, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { EMAIL_MAX_LENGTH } from '@nabij/identity/contracts';
import {
  AuthStore,
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
import { activationTexts } from './activation-texts';

/**
 * On `/account`, only for a client who logs in with a login name and has no e-mail address yet:
 * add one, so that "forgot password" works by mail. It counts once the mailed link is opened.
 */
@Component({
  selector: 'nb-add-email-section',
  imports: [ReactiveFormsModule, TranslatePipe, FormFieldComponent, FormControlDirective, MessageComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (show()) {
      <section class="card" aria-labelledby="add-email-title">
        <h2 id="add-email-title">{{ 'addEmail.title' | t }}</h2>
        <p>{{ 'addEmail.intro' | t: { loginName: auth.user()?.loginName ?? '' } }}</p>
        <div aria-live="polite">
          @if (sentTo(); as to) {
            <nb-message kind="success">{{ 'addEmail.sent' | t: { email: to } }}</nb-message>
          }
        </div>
        <form [formGroup]="form" (ngSubmit)="submit()" novalidate>
          <nb-form-field fieldId="add-email" [label]="'addEmail.email' | t" [error]="fieldError() ? (fieldError()! | t) : null">
            <input nbControl class="input" type="email" formControlName="email" autocomplete="email" spellcheck="false" />
          </nb-form-field>
          <nb-message kind="error" [show]="!!error()">{{ error() ? (error()! | t) : '' }}</nb-message>
          <button type="submit" class="button" [attr.aria-busy]="busy()">{{ (busy() ? 'platform.busy' : 'addEmail.submit') | t }}</button>
        </form>
      </section>
    }
  `,
})
export class AddEmailSectionComponent {
  protected readonly i18n = useTexts(activationTexts);
  protected readonly auth = inject(AuthStore);
  private readonly api = inject(AccountApi);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);

  protected readonly show = computed(() => {
    const user = this.auth.user();
    return !!user?.loginName && !user.email;
  });
  protected readonly form = new FormGroup({
    email: new FormControl('', {
      nonNullable: true,
      validators: [Validators.required, Validators.email, Validators.maxLength(EMAIL_MAX_LENGTH)],
    }),
  });
  protected readonly fieldError = signal<string | null>(null);
  protected readonly error = signal<string | null>(null);
  protected readonly busy = signal(false);
  protected readonly sentTo = signal<string | null>(null);

  protected async submit(): Promise<void> {
    if (this.busy()) return;
    this.error.set(null);
    this.sentTo.set(null);
    this.fieldError.set(this.form.invalid ? 'platform.field.email' : null);
    if (this.form.invalid) {
      focusFirstInvalid(this.host.nativeElement, this.injector);
      return;
    }
    this.busy.set(true);
    try {
      const result = await firstValueFrom(this.api.addEmail(this.form.controls.email.value.trim()));
      this.sentTo.set(result.email);
      this.form.reset();
    } catch (err) {
      const error = toApiError(err);
      if (error.statusCode === 409 && error.fields?.['email']) {
        this.fieldError.set('addEmail.error.taken');
        focusFirstInvalid(this.host.nativeElement, this.injector);
      } else this.error.set(generalErrorKey(error));
    } finally {
      this.busy.set(false);
    }
  }
}
