import { ChangeDetectionStrategy, Component, ElementRef, Injector, OnInit, inject, input, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { Router, RouterLink } from '@angular/router';
import { PASSWORD_TOO_WEAK } from '@nabij/identity/contracts';
import { EMAIL_IN_USE, INVITE_LINK_INVALID, type InvitePreview } from '@nabij/organisation/contracts';
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
import { inviteTexts } from './invites.i18n';
import { OrganisationApi } from './organisation.api';
import { organisationTexts } from './organisation.i18n';

/**
 * `/uitnodiging?token=…` (the mailed invite link, public): who invited you to which organisation,
 * then choose a password with the same rules as a reset. Afterwards to `/login` with a message.
 */
@Component({
  selector: 'nb-accept-invite-page',
  imports: [ReactiveFormsModule, RouterLink, TranslatePipe, FormFieldComponent, FormControlDirective, MessageComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1 tabindex="-1">{{ 'org.accept.title' | t }}</h1>
    @if (invite(); as i) {
      <p>
        {{
          (i.invitedByName ? 'org.accept.intro' : 'org.accept.introNoInviter')
            | t: { inviter: i.invitedByName ?? '', organisation: i.organisationName, role: ('org.staff.role.' + i.role | t) }
        }}
      </p>
      <p>{{ 'org.accept.email' | t: { email: i.email } }}</p>
      <form class="card" [formGroup]="form" (ngSubmit)="submit()" novalidate>
        <!-- The address as a hidden username field, so a password manager stores the pair. -->
        <input type="email" name="username" autocomplete="username" [value]="i.email" hidden readonly />
        <nb-form-field fieldId="password" [label]="'org.accept.password' | t" [hint]="'org.accept.hint' | t" [error]="passwordError() ? (passwordError()! | t) : null">
          <input nbControl class="input" type="password" formControlName="password" autocomplete="new-password" />
        </nb-form-field>
        <nb-message kind="error" [show]="!!error()">
          {{ error() ? (error()! | t) : '' }}
          @if (error() === 'org.accept.inUse') {
            <a routerLink="/forgot-password">{{ 'org.accept.forgot' | t }}</a>
          }
        </nb-message>
        <button type="submit" class="button button--large" [attr.aria-busy]="busy()">
          {{ (busy() ? 'platform.busy' : 'org.accept.submit') | t }}
        </button>
      </form>
    } @else if (invalid() || !token()) {
      <nb-message kind="error">{{ 'org.accept.invalid' | t }}</nb-message>
      <p><a routerLink="/login">{{ 'org.accept.toLogin' | t }}</a></p>
    } @else if (loadError(); as key) {
      <nb-message kind="error">{{ key | t }}</nb-message>
    } @else {
      <p aria-live="polite">{{ 'org.accept.loading' | t }}</p>
    }
  `,
})
export class AcceptInvitePage implements OnInit {
  protected readonly i18n = useTexts(inviteTexts);
  protected readonly orgI18n = useTexts(organisationTexts);
  private readonly api = inject(OrganisationApi);
  private readonly router = inject(Router);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);

  /** From the link's query string. */
  readonly token = input<string | undefined>();

  protected readonly form = new FormGroup({
    password: new FormControl('', { nonNullable: true, validators: [Validators.required] }),
  });
  protected readonly invite = signal<InvitePreview | null>(null);
  protected readonly invalid = signal(false);
  protected readonly loadError = signal<string | null>(null);
  protected readonly passwordError = signal<string | null>(null);
  protected readonly error = signal<string | null>(null);
  protected readonly busy = signal(false);

  ngOnInit(): void {
    void this.load();
  }

  private async load(): Promise<void> {
    const token = this.token();
    // Without a token the template already says the link does not work.
    if (!token) return;
    try {
      this.invite.set(await firstValueFrom(this.api.invitePreview(token)));
    } catch (err) {
      const e = toApiError(err);
      if (e.code === INVITE_LINK_INVALID || e.statusCode === 400) this.invalid.set(true);
      else this.loadError.set(generalErrorKey(e));
    }
  }

  protected async submit(): Promise<void> {
    if (this.busy()) return;
    this.error.set(null);
    this.passwordError.set(this.form.invalid ? 'platform.field.required' : null);
    if (this.form.invalid) {
      focusFirstInvalid(this.host.nativeElement, this.injector);
      return;
    }
    const token = this.token() ?? '';
    this.busy.set(true);
    try {
      const done = await firstValueFrom(this.api.acceptInvite({ token, password: this.form.controls.password.value }));
      await this.router.navigate(['/login'], { queryParams: { uitgenodigd: done.email } });
    } catch (err) {
      const e = toApiError(err);
      if (e.code === PASSWORD_TOO_WEAK) {
        this.passwordError.set('org.accept.tooWeak');
        focusFirstInvalid(this.host.nativeElement, this.injector);
      } else if (e.code === INVITE_LINK_INVALID) {
        this.invite.set(null);
        this.invalid.set(true);
      } else if (e.code === EMAIL_IN_USE) this.error.set('org.accept.inUse');
      else this.error.set(generalErrorKey(e));
    } finally {
      this.busy.set(false);
    }
  }
}
