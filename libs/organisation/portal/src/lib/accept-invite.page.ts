import { ChangeDetectionStrategy, Component, OnInit, inject, input, signal } from '@angular/core';
import { Router, RouterLink } from '@angular/router';
import { PASSWORD_TOO_WEAK } from '@nabij/identity/contracts';
import { EMAIL_IN_USE, INVITE_LINK_INVALID, type InvitePreview } from '@nabij/organisation/contracts';
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
import { inviteTexts } from './invites.i18n';
import { OrganisationApi } from './organisation.api';
import { organisationTexts } from './organisation.i18n';

/**
 * `/uitnodiging?token=…` (the mailed invite link, public): who invited you to which organisation,
 * then choose a password with the same rules as a reset. Afterwards to `/login` with a message.
 */
@Component({
  selector: 'nb-accept-invite-page',
  imports: [RouterLink, TranslatePipe, MessageComponent, NewPasswordFormComponent],
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
      <nb-new-password-form
        #chooser
        labelKey="org.accept.password"
        hintKey="org.accept.hint"
        submitKey="org.accept.submit"
        [username]="i.email"
        [save]="save"
        [explain]="explain"
      >
        @if (chooser.error() === 'org.accept.inUse') {
          <a routerLink="/forgot-password">{{ 'org.accept.forgot' | t }}</a>
        }
      </nb-new-password-form>
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

  /** From the link's query string. */
  readonly token = input<string | undefined>();

  protected readonly invite = signal<InvitePreview | null>(null);
  protected readonly invalid = signal(false);
  protected readonly loadError = signal<string | null>(null);

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

  protected readonly save = async (password: string): Promise<void> => {
    const done = await firstValueFrom(this.api.acceptInvite({ token: this.token() ?? '', password }));
    await this.router.navigate(['/login'], { queryParams: { uitgenodigd: done.email } });
  };

  protected readonly explain = (e: ApiError): NewPasswordError => {
    if (e.code === PASSWORD_TOO_WEAK) return { field: 'org.accept.tooWeak' };
    if (e.code === INVITE_LINK_INVALID) {
      this.invite.set(null);
      this.invalid.set(true);
    }
    return e.code === EMAIL_IN_USE ? { form: 'org.accept.inUse' } : null;
  };
}
