import { ChangeDetectionStrategy, Component, ElementRef, Injector, OnInit, inject, input, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { Router, RouterLink } from '@angular/router';
import { GUARDIAN_EMAIL_IN_USE, GUARDIAN_INVITE_INVALID, type GuardianInvitePreview } from '@nabij/guardians/contracts';
import { PASSWORD_TOO_WEAK } from '@nabij/identity/contracts';
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
import { GuardiansApi } from './guardians.api';
import { guardiansTexts } from './guardians.i18n';

/**
 * `/ouder-uitnodiging?token=…` (the mailed link, public): who invites the parent, then choose a
 * password with the same rules as everywhere. Afterwards to `/login` with a message.
 */
@Component({
  selector: 'nb-accept-guardian-invite-page',
  imports: [ReactiveFormsModule, RouterLink, TranslatePipe, FormFieldComponent, FormControlDirective, MessageComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1 tabindex="-1">{{ 'guardians.accept.title' | t }}</h1>
    @if (invite(); as i) {
      <p>
        {{
          (i.invitedByName ? 'guardians.accept.intro' : 'guardians.accept.introNoInviter')
            | t: { inviter: i.invitedByName ?? '', organisation: i.organisationName }
        }}
      </p>
      <p>{{ 'guardians.accept.email' | t: { email: i.email } }}</p>
      <form class="card" [formGroup]="form" (ngSubmit)="submit()" novalidate>
        <!-- The address as a hidden username field, so a password manager stores the pair. -->
        <input type="email" name="username" autocomplete="username" [value]="i.email" hidden readonly />
        <nb-form-field
          fieldId="password"
          [label]="'guardians.accept.password' | t"
          [hint]="'guardians.accept.hint' | t"
          [error]="passwordError() ? (passwordError()! | t) : null"
        >
          <input nbControl class="input" type="password" formControlName="password" autocomplete="new-password" />
        </nb-form-field>
        <nb-message kind="error" [show]="!!error()">{{ error() ? (error()! | t) : '' }}</nb-message>
        <button type="submit" class="button button--large" [attr.aria-busy]="busy()">
          {{ (busy() ? 'platform.busy' : 'guardians.accept.submit') | t }}
        </button>
      </form>
    } @else if (invalid() || !token()) {
      <nb-message kind="error">{{ 'guardians.accept.invalid' | t }}</nb-message>
      <p><a routerLink="/login">{{ 'guardians.accept.toLogin' | t }}</a></p>
    } @else if (loadError(); as key) {
      <nb-message kind="error">{{ key | t }}</nb-message>
    } @else {
      <p aria-live="polite">{{ 'guardians.loading' | t }}</p>
    }
  `,
})
export class AcceptGuardianInvitePage implements OnInit {
  protected readonly i18n = useTexts(guardiansTexts);
  private readonly api = inject(GuardiansApi);
  private readonly router = inject(Router);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);

  /** From the link's query string. */
  readonly token = input<string | undefined>();

  protected readonly form = new FormGroup({
    password: new FormControl('', { nonNullable: true, validators: [Validators.required] }),
  });
  protected readonly invite = signal<GuardianInvitePreview | null>(null);
  protected readonly invalid = signal(false);
  protected readonly loadError = signal<string | null>(null);
  protected readonly passwordError = signal<string | null>(null);
  protected readonly error = signal<string | null>(null);
  protected readonly busy = signal(false);

  ngOnInit(): void {
    const token = this.token();
    if (!token) return;
    firstValueFrom(this.api.invitePreview(token)).then(
      (preview) => this.invite.set(preview),
      (err) => {
        const e = toApiError(err);
        if (e.code === GUARDIAN_INVITE_INVALID || e.statusCode === 400) this.invalid.set(true);
        else this.loadError.set(generalErrorKey(e));
      },
    );
  }

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
      const done = await firstValueFrom(this.api.acceptInvite({ token: this.token() ?? '', password: this.form.controls.password.value }));
      await this.router.navigate(['/login'], { queryParams: { uitgenodigd: done.email } });
    } catch (err) {
      const e = toApiError(err);
      if (e.code === PASSWORD_TOO_WEAK) {
        this.passwordError.set('guardians.accept.tooWeak');
        focusFirstInvalid(this.host.nativeElement, this.injector);
      } else if (e.code === GUARDIAN_INVITE_INVALID) {
        this.invite.set(null);
        this.invalid.set(true);
      } else if (e.code === GUARDIAN_EMAIL_IN_USE) this.error.set('guardians.accept.inUse');
      else this.error.set(generalErrorKey(e));
    } finally {
      this.busy.set(false);
    }
  }
}
