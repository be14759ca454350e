import { ChangeDetectionStrategy, Component, ElementRef, Injector, inject, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { RouterLink } from '@angular/router';
import { EMAIL_MAX_LENGTH, NAME_MAX_LENGTH, PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH, PASSWORD_TOO_WEAK } from '@nabij/identity/contracts';
import {
  FormControlDirective,
  FormFieldComponent,
  MessageComponent,
  TranslatePipe,
  focusAfterRender,
  focusFirstInvalid,
  generalErrorKey,
  toApiError,
  useTexts,
} from '@nabij/platform/portal';
import { firstValueFrom } from 'rxjs';
import { intakeTexts } from '../i18n';
import { IntakeApi } from '../intake.api';
import { IntakeStore } from '../intake.store';
import { birthDateValidator, strongPasswordValidator, todayIso } from '../validators';

type Field = 'email' | 'password' | 'birthDate' | 'name';

/** `/register`: account details after a served postcode check, then "check your mail". */
@Component({
  selector: 'nb-register-page',
  styleUrl: '../intake.shared.css',
  imports: [ReactiveFormsModule, RouterLink, TranslatePipe, FormFieldComponent, FormControlDirective, MessageComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './register.page.html',
})
export class RegisterPage {
  protected readonly i18n = useTexts(intakeTexts);
  protected readonly store = inject(IntakeStore);
  private readonly api = inject(IntakeApi);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);

  protected readonly rules = { min: PASSWORD_MIN_LENGTH, max: NAME_MAX_LENGTH };
  protected readonly today = todayIso();
  protected readonly form = new FormGroup({
    email: new FormControl('', {
      nonNullable: true,
      validators: [Validators.required, Validators.email, Validators.maxLength(EMAIL_MAX_LENGTH)],
    }),
    password: new FormControl('', {
      nonNullable: true,
      validators: [Validators.required, strongPasswordValidator, Validators.maxLength(PASSWORD_MAX_LENGTH)],
    }),
    birthDate: new FormControl('', { nonNullable: true, validators: [Validators.required, birthDateValidator] }),
    name: new FormControl('', { nonNullable: true, validators: [Validators.maxLength(NAME_MAX_LENGTH)] }),
  });
  protected readonly showPassword = signal(false);
  protected readonly submitted = signal(false);
  protected readonly busy = signal(false);
  protected readonly serverErrors = signal<Partial<Record<Field, string>>>({});
  protected readonly generalError = signal<string | null>(null);
  protected readonly checkExpired = signal(false);
  protected readonly resent = signal(false);
  protected readonly demoOutbox = signal(false);

  /** The i18n key of the error to show under `field`, if any. */
  protected errorFor(field: Field): string | null {
    const server = this.serverErrors()[field];
    if (server) return server;
    if (!this.submitted()) return null;
    const c = this.form.controls[field];
    if (c.hasError('required')) return field === 'email' ? 'platform.field.email' : 'platform.field.required';
    if (c.hasError('email') || (field === 'email' && c.hasError('maxlength'))) return 'platform.field.email';
    if (c.hasError('weakPassword') || (field === 'password' && c.hasError('maxlength'))) return 'intake.error.password';
    if (c.hasError('birthDate')) return 'intake.error.birthDate';
    if (field === 'name' && c.hasError('maxlength')) return 'intake.error.nameTooLong';
    return null;
  }

  protected clearServerError(field: Field): void {
    if (this.serverErrors()[field]) this.serverErrors.update(({ [field]: _, ...rest }) => rest);
  }

  protected async submit(): Promise<void> {
    if (this.busy()) return;
    this.submitted.set(true);
    this.serverErrors.set({});
    this.generalError.set(null);
    if (this.form.invalid) {
      focusFirstInvalid(this.host.nativeElement, this.injector);
      return;
    }
    this.busy.set(true);
    const { email, password, birthDate, name } = this.form.getRawValue();
    try {
      await this.store.register({ email: email.trim(), password, birthDate, ...(name.trim() ? { name: name.trim() } : {}) });
      this.store.forgetCheck();
      focusAfterRender(this.host.nativeElement, 'h1', this.injector);
      void this.probeDemoOutbox();
    } catch (err) {
      this.showError(err);
    } finally {
      this.busy.set(false);
    }
  }

  protected async resend(): Promise<void> {
    const email = this.store.registeredEmail();
    if (!email || this.busy()) return;
    this.busy.set(true);
    this.resent.set(false);
    this.generalError.set(null);
    try {
      await this.store.resend(email);
      this.resent.set(true);
    } catch (err) {
      this.generalError.set(generalErrorKey(toApiError(err)));
    } finally {
      this.busy.set(false);
    }
  }

  protected startOver(): void {
    this.store.startOver();
  }

  private showError(err: unknown): void {
    const error = toApiError(err);
    const fields = error.fields ?? {};
    if (error.statusCode === 400 && fields['checkId']) {
      this.store.forgetCheck();
      this.checkExpired.set(true);
      focusAfterRender(this.host.nativeElement, 'h1', this.injector);
      return;
    }
    if (error.statusCode === 400 && Object.keys(fields).length) {
      // A password the API finds easy to guess gets its own advice (zxcvbn runs on the server only).
      const password = error.code === PASSWORD_TOO_WEAK ? 'intake.error.passwordGuessable' : 'intake.error.password';
      const keys: Record<Field, string> = {
        email: 'platform.field.email',
        password,
        birthDate: 'intake.error.birthDate',
        name: 'intake.error.nameTooLong',
      };
      const shown: Partial<Record<Field, string>> = {};
      for (const field of Object.keys(keys) as Field[]) if (fields[field]) shown[field] = keys[field];
      this.serverErrors.set(shown);
      if (Object.keys(shown).length) {
        focusFirstInvalid(this.host.nativeElement, this.injector);
        return;
      }
    }
    this.generalError.set(generalErrorKey(error));
  }

  /** In the demo the mail lands in an outbox page; say so, so nobody waits for a real mail. */
  private async probeDemoOutbox(): Promise<void> {
    try {
      await firstValueFrom(this.api.outbox());
      this.demoOutbox.set(true);
    } catch {
      this.demoOutbox.set(false);
    }
  }
}
