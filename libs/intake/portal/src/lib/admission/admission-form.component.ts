import { ChangeDetectionStrategy, Component, ElementRef, Injector, OnInit, inject, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { EMAIL_MAX_LENGTH, NAME_MAX_LENGTH } from '@nabij/identity/contracts';
import type { Financier } from '@nabij/intake/contracts';
import {
  FormControlDirective,
  FormFieldComponent,
  LANGUAGE_NAMES,
  LANGUAGES,
  type Lang,
  MessageComponent,
  TranslatePipe,
  focusFirstInvalid,
  generalErrorKey,
  toApiError,
  useTexts,
} from '@nabij/platform/portal';
import { Router } from '@angular/router';
import { firstValueFrom } from 'rxjs';
import { ActivationLetterStore } from '../activation/activation-letter.store';
import { LoginNameClientsComponent } from '../activation/login-name-clients.component';
import { intakeTexts } from '../i18n';
import { IntakeApi } from '../intake.api';
import { intakeStaffTexts } from '../staff.i18n';
import { birthDateValidator, todayIso } from '../validators';

type Field = 'email' | 'name' | 'birthDate' | 'financierId' | 'reason';

export const ADMISSION_REASON_MIN_LENGTH = 10;

/** A worker admits a client who cannot pass the postcode check (e.g. no fixed address). */
@Component({
  selector: 'nb-admission-form',
  styleUrl: '../intake.shared.css',
  imports: [ReactiveFormsModule, TranslatePipe, FormFieldComponent, FormControlDirective, MessageComponent, LoginNameClientsComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './admission-form.component.html',
})
export class AdmissionFormComponent implements OnInit {
  protected readonly i18n = useTexts(intakeStaffTexts);
  private readonly _publicTexts = useTexts(intakeTexts);
  private readonly api = inject(IntakeApi);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);
  private readonly router = inject(Router);
  private readonly letters = inject(ActivationLetterStore);

  protected readonly today = todayIso();
  protected readonly rules = { max: NAME_MAX_LENGTH };
  protected readonly financiers = signal<Financier[]>([]);
  protected readonly languages = LANGUAGES;
  protected readonly languageNames = LANGUAGE_NAMES;
  protected readonly form = new FormGroup({
    // Optional: without an address the client gets a login name and the worker a letter to print.
    email: new FormControl('', { nonNullable: true, validators: [Validators.email, Validators.maxLength(EMAIL_MAX_LENGTH)] }),
    name: new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.maxLength(NAME_MAX_LENGTH)] }),
    birthDate: new FormControl('', { nonNullable: true, validators: [Validators.required, birthDateValidator] }),
    financierId: new FormControl('', { nonNullable: true, validators: [Validators.required] }),
    reason: new FormControl('', {
      nonNullable: true,
      validators: [Validators.required, Validators.minLength(ADMISSION_REASON_MIN_LENGTH), Validators.maxLength(1000)],
    }),
    // The language the client reads: their account, mail or printed letter use it (issue 17).
    language: new FormControl<Lang>('nl', { nonNullable: true }),
  });
  protected readonly submitted = signal(false);
  protected readonly busy = signal(false);
  protected readonly serverErrors = signal<Partial<Record<Field, string>>>({});
  protected readonly generalError = signal<string | null>(null);
  protected readonly admitted = signal<string | null>(null);

  async ngOnInit(): Promise<void> {
    try {
      this.financiers.set(await firstValueFrom(this.api.financiers()));
    } catch {
      this.generalError.set('admission.error.loadFinanciers');
    }
  }

  protected errorFor(field: Field): string | null {
    const server = this.serverErrors()[field];
    if (server) return server;
    if (!this.submitted()) return null;
    const c = this.form.controls[field];
    if (c.valid) return null;
    switch (field) {
      case 'email':
        return 'platform.field.email';
      case 'name':
        return c.hasError('maxlength') ? 'intake.error.nameTooLong' : 'platform.field.required';
      case 'birthDate':
        return c.hasError('required') ? 'platform.field.required' : 'admission.error.birthDate';
      case 'financierId':
        return 'admission.error.financier';
      case 'reason':
        return 'admission.error.reason';
    }
  }

  protected async submit(): Promise<void> {
    if (this.busy()) return;
    this.submitted.set(true);
    this.serverErrors.set({});
    this.generalError.set(null);
    this.admitted.set(null);
    if (this.form.invalid) {
      focusFirstInvalid(this.host.nativeElement, this.injector);
      return;
    }
    this.busy.set(true);
    const value = this.form.getRawValue();
    try {
      const email = value.email.trim();
      const created = await firstValueFrom(
        this.api.admit({ ...value, email: email || undefined, name: value.name.trim(), reason: value.reason.trim() }),
      );
      if (created.letter) {
        // Without an e-mail address: the one-time code goes straight to the letter to print.
        this.letters.keep(created.letter);
        await this.router.navigate(['/toelating', created.id, 'brief']);
        return;
      }
      this.admitted.set(value.name.trim());
      this.form.reset();
      this.submitted.set(false);
    } catch (err) {
      this.showError(err);
    } finally {
      this.busy.set(false);
    }
  }

  private showError(err: unknown): void {
    const error = toApiError(err);
    const fields = error.fields ?? {};
    const shown: Partial<Record<Field, string>> = {};
    if (error.statusCode === 409) shown.email = 'admission.error.exists';
    else if (error.statusCode === 404) shown.financierId = 'admission.error.financier';
    else if (error.statusCode === 400) {
      const keys: Record<Field, string> = {
        email: 'platform.field.email',
        name: 'platform.field.required',
        birthDate: 'admission.error.birthDate',
        financierId: 'admission.error.financier',
        reason: 'admission.error.reason',
      };
      for (const field of Object.keys(keys) as Field[]) if (fields[field]) shown[field] = keys[field];
    }
    if (Object.keys(shown).length) {
      this.serverErrors.set(shown);
      focusFirstInvalid(this.host.nativeElement, this.injector);
    } else {
      this.generalError.set(generalErrorKey(error));
    }
  }
}
