import { ChangeDetectionStrategy, Component, OnInit, inject, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import {
  FormControlDirective,
  FormFieldComponent,
  MessageComponent,
  TranslatePipe,
  generalErrorKey,
  toApiError,
  useTexts,
} from '@nabij/platform/portal';
import { firstValueFrom } from 'rxjs';
import { RemindersApi } from '../reminders.api';
import { remindersTexts } from '../reminders.i18n';

/** `/herinneringen` (clients): the mobile number and the choice for reminders by SMS. */
@Component({
  selector: 'nb-reminder-contact-page',
  imports: [RouterLink, TranslatePipe, FormFieldComponent, FormControlDirective, MessageComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <p class="back-link"><a routerLink="/dossier">{{ 'reminders.contact.back' | t }}</a></p>
    <h1 tabindex="-1">{{ 'reminders.contact.title' | t }}</h1>
    <p class="lead">{{ 'reminders.contact.intro' | t }}</p>
    @if (loaded()) {
      <form class="card" (submit)="$event.preventDefault(); save()">
        <nb-form-field fieldId="reminder-mobile" [label]="'reminders.contact.mobile' | t" [hint]="'reminders.contact.mobileHint' | t" [error]="mobileError()" [optional]="true">
          <input nbControl class="input" type="tel" autocomplete="tel" inputmode="tel" maxlength="30" [value]="mobile()" (input)="mobile.set($any($event.target).value)" />
        </nb-form-field>
        <p>
          <label class="check">
            <input type="checkbox" [checked]="optIn()" (change)="optIn.set($any($event.target).checked)" />
            {{ 'reminders.contact.optIn' | t }}
          </label>
        </p>
        <button type="submit" class="button" [disabled]="busy()" [attr.aria-busy]="busy() || null">{{ 'reminders.contact.save' | t }}</button>
      </form>
    }
    <div aria-live="polite">
      <nb-message kind="success" [show]="saved()">{{ 'reminders.contact.saved' | t }}</nb-message>
      <nb-message kind="error" [show]="!!error()">{{ error() ?? '' | t }}</nb-message>
    </div>
  `,
})
export class ReminderContactPage implements OnInit {
  protected readonly i18n = useTexts(remindersTexts);
  private readonly api = inject(RemindersApi);
  protected readonly loaded = signal(false);
  protected readonly mobile = signal('');
  protected readonly optIn = signal(false);
  protected readonly busy = signal(false);
  protected readonly saved = signal(false);
  protected readonly error = signal<string | null>(null);
  protected readonly mobileError = signal<string | null>(null);

  async ngOnInit(): Promise<void> {
    try {
      const contact = await firstValueFrom(this.api.contact());
      this.mobile.set(contact.mobile ?? '');
      this.optIn.set(contact.smsOptIn);
      this.loaded.set(true);
    } catch (err) {
      this.error.set(generalErrorKey(toApiError(err)));
    }
  }

  protected async save(): Promise<void> {
    this.saved.set(false);
    this.error.set(null);
    this.mobileError.set(null);
    const mobile = this.mobile().trim();
    if (this.optIn() && !mobile) return this.mobileError.set(this.i18n.t('reminders.contact.needsMobile'));
    this.busy.set(true);
    try {
      const contact = await firstValueFrom(this.api.saveContact({ mobile: mobile || null, smsOptIn: this.optIn() }));
      this.mobile.set(contact.mobile ?? '');
      this.saved.set(true);
    } catch (err) {
      const e = toApiError(err);
      if (e.fields?.['mobile']) this.mobileError.set(this.i18n.t('reminders.contact.mobileInvalid'));
      else if (e.fields?.['smsOptIn']) this.mobileError.set(this.i18n.t('reminders.contact.needsMobile'));
      else this.error.set(generalErrorKey(e));
    } finally {
      this.busy.set(false);
    }
  }
}
