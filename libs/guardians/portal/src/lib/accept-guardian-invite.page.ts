import { ChangeDetectionStrategy, Component, OnInit, inject, input, signal } from '@angular/core';
import { Router, RouterLink } from '@angular/router';
import { GUARDIAN_EMAIL_IN_USE, GUARDIAN_INVITE_INVALID, type GuardianInvitePreview } from '@nabij/guardians/contracts';
import { PASSWORD_TOO_WEAK } from '@nabij/identity/contracts';
import {
  ApiError,
  MessageComponent,
  NewPasswordError,
  NewPasswordFormComponent,
  TranslatePipe,
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
  imports: [RouterLink, TranslatePipe, MessageComponent, NewPasswordFormComponent],
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
      <nb-new-password-form
        labelKey="guardians.accept.password"
        hintKey="guardians.accept.hint"
        submitKey="guardians.accept.submit"
        [username]="i.email"
        [save]="save"
        [explain]="explain"
      />
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

  /** From the link's query string. */
  readonly token = input<string | undefined>();

  protected readonly invite = signal<GuardianInvitePreview | null>(null);
  protected readonly invalid = signal(false);
  protected readonly loadError = signal<string | null>(null);

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

  protected readonly save = async (password: string): Promise<void> => {
    const done = await firstValueFrom(this.api.acceptInvite({ token: this.token() ?? '', password }));
    await this.router.navigate(['/login'], { queryParams: { uitgenodigd: done.email } });
  };

  protected readonly explain = (e: ApiError): NewPasswordError => {
    if (e.code === PASSWORD_TOO_WEAK) return { field: 'guardians.accept.tooWeak' };
    if (e.code === GUARDIAN_INVITE_INVALID) {
      this.invite.set(null);
      this.invalid.set(true);
    }
    return e.code === GUARDIAN_EMAIL_IN_USE ? { form: 'guardians.accept.inUse' } : null;
  };
}
