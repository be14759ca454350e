import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { Router, RouterLink } from '@angular/router';
import { ApiClient, AuthStore, MessageComponent, TranslatePipe, generalErrorKey, toApiError, useTexts } from '@nabij/platform/portal';
import { firstValueFrom } from 'rxjs';
import { accountTexts } from '../account/account-texts';
import { identityTexts } from '../i18n';

/**
 * "Log out everywhere": ends every login of this account (POST /api/auth/logout-all), for someone who
 * stayed logged in on a library computer or lost a phone. This device is logged out too.
 */
@Component({
  selector: 'nb-sign-out-everywhere',
  imports: [TranslatePipe, MessageComponent, RouterLink],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="card" aria-labelledby="sign-out-everywhere-title">
      <h2 id="sign-out-everywhere-title">{{ 'identity.everywhere.title' | t }}</h2>
      <p>{{ 'identity.everywhere.text' | t }}</p>
      <nb-message kind="error" [show]="!!error()">{{ error() ? (error()! | t) : '' }}</nb-message>
      <button type="button" class="button button--secondary" (click)="signOutEverywhere()" [attr.aria-busy]="busy()">
        {{ (busy() ? 'platform.busy' : 'identity.everywhere.button') | t }}
      </button>
      <!-- Every role's home shows this card, so the account page is one step from any home. -->
      <p><a routerLink="/account">{{ 'account.link' | t }}</a></p>
    </section>
  `,
})
export class SignOutEverywhereComponent {
  protected readonly i18n = useTexts(identityTexts);
  // The account texts (the link to it) live with the account pages.
  protected readonly accountI18n = useTexts(accountTexts);
  private readonly api = inject(ApiClient);
  private readonly auth = inject(AuthStore);
  private readonly router = inject(Router);
  protected readonly busy = signal(false);
  protected readonly error = signal<string | null>(null);

  protected async signOutEverywhere(): Promise<void> {
    if (this.busy()) return;
    this.busy.set(true);
    this.error.set(null);
    try {
      await firstValueFrom(this.api.post<void>('/auth/logout-all'));
      await this.auth.logout('logout');
      await this.router.navigateByUrl('/login');
    } catch (err) {
      this.error.set(generalErrorKey(toApiError(err)));
    } finally {
      this.busy.set(false);
    }
  }
}
