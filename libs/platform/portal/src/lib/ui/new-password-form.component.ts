import { ChangeDetectionStrategy, Component, ElementRef, Injector, inject, input, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { ApiError, generalErrorKey, toApiError } from '../http/api-error';
import { TranslatePipe } from '../i18n/t.pipe';
import { MessageComponent } from './alert.component';
import { focusFirstInvalid } from './focus';
import { FormControlDirective, FormFieldComponent } from './form-field.component';

/** How a page words an error it knows: under the password field, above the button, or the general text (null). */
export type NewPasswordError = { field: string } | { form: string } | null;

/**
 * "Choose a password", the same everywhere a link from a mail leads to one: a password reset, a
 * colleague's invitation, a parent's invitation. The page says what the password is for and what
 * happens after; this form checks it is filled in, sends it with `save`, and shows what went wrong.
 * Content inside the element is shown under the form's error (e.g. a link "Vraag een nieuwe link aan").
 */
@Component({
  selector: 'nb-new-password-form',
  imports: [ReactiveFormsModule, TranslatePipe, FormFieldComponent, FormControlDirective, MessageComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <form class="card" [formGroup]="form" (ngSubmit)="submit()" novalidate>
      @if (username(); as name) {
        <!-- The address as a hidden username field, so a password manager stores the pair. -->
        <input type="email" name="username" autocomplete="username" [value]="name" hidden readonly />
      }
      <nb-form-field fieldId="password" [label]="labelKey() | t" [hint]="hintKey() | t" [error]="passwordError() ? (passwordError()! | t) : null">
        <input nbControl class="input" type="password" formControlName="password" autocomplete="new-password" />
      </nb-form-field>
      <nb-message kind="error" [show]="!!error()">
        {{ error() ? (error()! | t) : '' }}
        <ng-content />
      </nb-message>
      <button type="submit" class="button button--large" [attr.aria-busy]="busy()">
        {{ (busy() ? 'platform.busy' : submitKey()) | t }}
      </button>
    </form>
  `,
})
export class NewPasswordFormComponent {
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);

  readonly labelKey = input.required<string>();
  readonly hintKey = input.required<string>();
  readonly submitKey = input.required<string>();
  /** The account's e-mail address, for password managers; none on a reset page. */
  readonly username = input<string | null>(null);
  /** Sends the password; a rejection is the API's answer. */
  readonly save = input.required<(password: string) => Promise<unknown>>();
  /** The page's words for errors it knows (a weak password, a used link); others get the general text. */
  readonly explain = input<(error: ApiError) => NewPasswordError>(() => null);

  protected readonly form = new FormGroup({
    password: new FormControl('', { nonNullable: true, validators: [Validators.required] }),
  });
  protected readonly passwordError = signal<string | null>(null);
  protected readonly busy = signal(false);
  /** The key of the error above the button, so the page can add a link that fits it. */
  readonly error = signal<string | null>(null);

  protected async submit(): Promise<void> {
    if (this.busy()) return;
    this.error.set(null);
    this.passwordError.set(this.form.invalid ? 'platform.field.required' : null);
    if (this.form.invalid) {
      focusFirstInvalid(this.host.nativeElement, this.injector);
      return;
    }
    this.busy.set(true);
    try {
      await this.save()(this.form.controls.password.value);
    } catch (err) {
      const error = toApiError(err);
      const said = this.explain()(error);
      if (said && 'field' in said) {
        this.passwordError.set(said.field);
        focusFirstInvalid(this.host.nativeElement, this.injector);
      } else this.error.set(said ? said.form : generalErrorKey(error));
    } finally {
      this.busy.set(false);
    }
  }
}
