import { ChangeDetectionStrategy, Component, ElementRef, Injector, OnInit, inject, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { CURRENT_PASSWORD_WRONG, PASSWORD_TOO_WEAK, type SessionInfo } from '@nabij/identity/contracts';
import {
  FormControlDirective,
  FormFieldComponent,
  MessageComponent,
  TranslatePipe,
  focusFirstInvalid,
  formatAmsterdamShortDateTime,
  generalErrorKey,
  toApiError,
  useTexts,
} from '@nabij/platform/portal';
import { firstValueFrom } from 'rxjs';
import { AccountApi } from './account.api';
import { accountTexts } from './account-texts';
import { TwoFactorSectionComponent } from '../two-factor/two-factor-section.component';
import { AddEmailSectionComponent } from './add-email-section.component';

type Field = 'currentPassword' | 'password';

/** `/account` for every role: change the password, two-step verification, and see and end the logins on other devices. */
@Component({
  selector: 'nb-account-page',
  imports: [
    ReactiveFormsModule,
    TranslatePipe,
    FormFieldComponent,
    FormControlDirective,
    MessageComponent,
    TwoFactorSectionComponent,
    AddEmailSectionComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    .sessions { list-style: none; padding: 0; display: grid; gap: 0.75rem; }
    .session { display: flex; flex-wrap: wrap; gap: 0.5rem 1rem; align-items: center; justify-content: space-between; }
    .session p { margin: 0; }
  `,
  template: `
    <h1 tabindex="-1">{{ 'account.title' | t }}</h1>

    <section class="card" aria-labelledby="change-password-title">
      <h2 id="change-password-title">{{ 'account.change.title' | t }}</h2>
      <p>{{ 'account.change.intro' | t }}</p>
      <form [formGroup]="form" (ngSubmit)="changePassword()">
        <nb-form-field fieldId="currentPassword" [label]="'account.change.current' | t" [error]="errors().currentPassword ? (errors().currentPassword! | t) : null">
          <input nbControl class="input" type="password" formControlName="currentPassword" autocomplete="current-password" />
        </nb-form-field>
        <nb-form-field fieldId="password" [label]="'account.change.new' | t" [hint]="'account.reset.hint' | t" [error]="errors().password ? (errors().password! | t) : null">
          <input nbControl class="input" type="password" formControlName="password" autocomplete="new-password" />
        </nb-form-field>
        <nb-message kind="error" [show]="!!changeError()">{{ changeError() ? (changeError()! | t) : '' }}</nb-message>
        <nb-message kind="success" [show]="changed()">{{ 'account.change.done' | t }}</nb-message>
        <button type="submit" class="button" [attr.aria-busy]="busy()">{{ (busy() ? 'platform.busy' : 'account.change.submit') | t }}</button>
      </form>
    </section>

    <nb-add-email-section />

    <nb-two-factor-section />

    <section class="card" aria-labelledby="sessions-title">
      <h2 id="sessions-title">{{ 'account.sessions.title' | t }}</h2>
      <p>{{ 'account.sessions.intro' | t }}</p>
      <nb-message kind="error" [show]="!!sessionsError()">{{ sessionsError() ? (sessionsError()! | t) : '' }}</nb-message>
      <nb-message kind="success" [show]="ended()">{{ 'account.sessions.ended' | t }}</nb-message>
      <ul class="sessions">
        @for (s of sessions(); track s.id) {
          <li class="session">
            <div>
              <p>
                <strong>{{ device(s) }}</strong>
                @if (s.current) {
                  ({{ 'account.sessions.current' | t }})
                }
              </p>
              <p>{{ 'account.sessions.since' | t: { date: when(s.createdAt) } }}</p>
              @if (s.lastUsedAt) {
                <p>{{ 'account.sessions.lastUsed' | t: { date: when(s.lastUsedAt) } }}</p>
              }
            </div>
            @if (!s.current) {
              <button type="button" class="button button--secondary" (click)="end(s)" [attr.aria-label]="'account.sessions.endLabel' | t: { device: device(s) }">
                {{ 'account.sessions.end' | t }}
              </button>
            }
          </li>
        }
      </ul>
    </section>
  `,
})
export class AccountPage implements OnInit {
  protected readonly i18n = useTexts(accountTexts);
  private readonly api = inject(AccountApi);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);

  protected readonly form = new FormGroup({
    currentPassword: new FormControl('', { nonNullable: true, validators: [Validators.required] }),
    password: new FormControl('', { nonNullable: true, validators: [Validators.required] }),
  });
  protected readonly errors = signal<Partial<Record<Field, string>>>({});
  protected readonly changeError = signal<string | null>(null);
  protected readonly changed = signal(false);
  protected readonly busy = signal(false);
  protected readonly sessions = signal<SessionInfo[]>([]);
  protected readonly sessionsError = signal<string | null>(null);
  protected readonly ended = signal(false);

  ngOnInit(): void {
    void this.load();
  }

  protected device(s: SessionInfo): string {
    return this.i18n.t('account.sessions.device', {
      browser: s.browser ?? this.i18n.t('account.sessions.unknownBrowser'),
      os: s.os ?? this.i18n.t('account.sessions.unknownOs'),
    });
  }

  protected when(iso: string): string {
    return formatAmsterdamShortDateTime(iso, this.i18n.locale());
  }

  protected async changePassword(): Promise<void> {
    if (this.busy()) return;
    this.changed.set(false);
    this.changeError.set(null);
    const c = this.form.controls;
    this.errors.set({
      ...(c.currentPassword.invalid ? { currentPassword: 'platform.field.required' } : {}),
      ...(c.password.invalid ? { password: 'platform.field.required' } : {}),
    });
    if (this.form.invalid) {
      focusFirstInvalid(this.host.nativeElement, this.injector);
      return;
    }
    this.busy.set(true);
    try {
      await firstValueFrom(this.api.changePassword(this.form.getRawValue()));
      this.form.reset();
      this.changed.set(true);
      await this.load();
    } catch (err) {
      const error = toApiError(err);
      if (error.code === CURRENT_PASSWORD_WRONG) this.errors.set({ currentPassword: 'account.change.currentWrong' });
      else if (error.code === PASSWORD_TOO_WEAK) this.errors.set({ password: 'account.password.tooWeak' });
      else this.changeError.set(generalErrorKey(error));
      if (this.errors().currentPassword || this.errors().password) focusFirstInvalid(this.host.nativeElement, this.injector);
    } finally {
      this.busy.set(false);
    }
  }

  protected async end(s: SessionInfo): Promise<void> {
    this.ended.set(false);
    this.sessionsError.set(null);
    try {
      await firstValueFrom(this.api.endSession(s.id));
      this.ended.set(true);
      await this.load();
    } catch (err) {
      this.sessionsError.set(generalErrorKey(toApiError(err)));
    }
  }

  private async load(): Promise<void> {
    try {
      this.sessions.set(await firstValueFrom(this.api.sessions()));
    } catch (err) {
      this.sessionsError.set(generalErrorKey(toApiError(err)));
    }
  }
}
