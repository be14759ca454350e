import { ChangeDetectionStrategy, Component, ElementRef, Injector, OnInit, inject, input, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { RouterLink } from '@angular/router';
import { EMAIL_MAX_LENGTH, PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH, PASSWORD_TOO_WEAK } from '@nabij/identity/contracts';
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
import { strongPasswordValidator } from '../validators';

type Step = 'checking' | 'verified' | 'password' | 'invalid' | 'error';

/**
 * `/verify?token=…`: the link from the mail. Verifies on arrival; a client a worker admitted
 * has no password yet and chooses one here. A dead link offers a new mail straight away.
 */
@Component({
  selector: 'nb-verify-page',
  imports: [ReactiveFormsModule, RouterLink, TranslatePipe, FormFieldComponent, FormControlDirective, MessageComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './verify.page.html',
})
export class VerifyPage implements OnInit {
  protected readonly i18n = useTexts(intakeTexts);
  private readonly api = inject(IntakeApi);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);

  /** From the query string (router input binding). */
  readonly token = input<string | undefined>();

  protected readonly rules = { min: PASSWORD_MIN_LENGTH };
  protected readonly step = signal<Step>('checking');
  protected readonly busy = signal(false);
  protected readonly submitted = signal(false);
  protected readonly generalError = signal<string | null>(null);
  protected readonly resentTo = signal<string | null>(null);
  protected readonly showPassword = signal(false);
  /** The password the API found too easy to guess; its advice shows until the password is changed. */
  private readonly guessable = signal<string | null>(null);

  protected readonly password = new FormControl('', {
    nonNullable: true,
    validators: [Validators.required, strongPasswordValidator, Validators.maxLength(PASSWORD_MAX_LENGTH)],
  });
  protected readonly passwordForm = new FormGroup({ password: this.password });
  protected readonly email = new FormControl('', {
    nonNullable: true,
    validators: [Validators.required, Validators.email, Validators.maxLength(EMAIL_MAX_LENGTH)],
  });
  protected readonly resendForm = new FormGroup({ email: this.email });

  ngOnInit(): void {
    if (!this.token()) {
      this.step.set('invalid');
      return;
    }
    void this.verify();
  }

  protected passwordError(): string | null {
    if (!this.submitted()) return null;
    if (this.password.hasError('required')) return 'platform.field.required';
    if (this.guessable() !== null && this.guessable() === this.password.value) return 'intake.error.passwordGuessable';
    return this.password.invalid ? 'intake.error.password' : null;
  }

  protected emailError(): string | null {
    return this.submitted() && this.email.invalid ? 'platform.field.email' : null;
  }

  protected async choosePassword(): Promise<void> {
    this.submitted.set(true);
    if (this.password.invalid) {
      focusFirstInvalid(this.host.nativeElement, this.injector);
      return;
    }
    await this.verify(this.password.value);
  }

  protected async resend(): Promise<void> {
    if (this.busy()) return;
    this.submitted.set(true);
    this.generalError.set(null);
    if (this.email.invalid) {
      focusFirstInvalid(this.host.nativeElement, this.injector);
      return;
    }
    this.busy.set(true);
    try {
      const email = this.email.value.trim();
      await firstValueFrom(this.api.resend(email));
      this.resentTo.set(email);
    } catch (err) {
      this.generalError.set(generalErrorKey(toApiError(err)));
    } finally {
      this.busy.set(false);
    }
  }

  private async verify(password?: string): Promise<void> {
    const token = this.token();
    if (!token || this.busy()) return;
    this.busy.set(true);
    this.generalError.set(null);
    try {
      await firstValueFrom(this.api.verify(password ? { token, password } : { token }));
      this.moveTo('verified');
    } catch (err) {
      const error = toApiError(err);
      if (error.statusCode === 400 && error.fields?.['password']) {
        if (password) {
          if (error.code === PASSWORD_TOO_WEAK) this.guessable.set(password);
          focusFirstInvalid(this.host.nativeElement, this.injector);
        } else {
          this.moveTo('password');
        }
      } else if (error.statusCode === 400) {
        this.submitted.set(false);
        this.moveTo('invalid');
      } else {
        this.generalError.set(generalErrorKey(error));
        if (this.step() === 'checking') this.step.set('error');
      }
    } finally {
      this.busy.set(false);
    }
  }

  private moveTo(step: Step): void {
    this.step.set(step);
    focusAfterRender(this.host.nativeElement, 'h1', this.injector);
  }
}
