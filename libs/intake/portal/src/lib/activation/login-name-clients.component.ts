import { ChangeDetectionStrategy, Component, OnInit, inject, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import type { LoginNameClient } from '@nabij/intake/contracts';
import { MessageComponent, TranslatePipe, formatAmsterdamDate, generalErrorKey, toApiError, useTexts } from '@nabij/platform/portal';
import { firstValueFrom } from 'rxjs';
import { IntakeApi } from '../intake.api';
import { intakeStaffTexts } from '../staff.i18n';

/**
 * Clients admitted without an e-mail address, on the worker's home page: who has not activated yet,
 * whose code has run out, and a link to print a new code (lost letter, forgotten password).
 */
@Component({
  selector: 'nb-login-name-clients',
  imports: [RouterLink, TranslatePipe, MessageComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="card" aria-labelledby="login-name-clients-title">
      <h2 id="login-name-clients-title">{{ 'loginClients.title' | t }}</h2>
      <p>{{ 'loginClients.intro' | t }}</p>
      <nb-message kind="error" [show]="!!error()">{{ error() ? (error()! | t) : '' }}</nb-message>
      @if (clients(); as list) {
        @if (list.length === 0) {
          <p>{{ 'loginClients.empty' | t }}</p>
        } @else {
          <ul class="login-clients">
            @for (c of list; track c.id) {
              <li>
                <strong>{{ c.name ?? c.loginName }}</strong>
                <span class="small">{{ 'loginClients.loginName' | t: { loginName: c.loginName } }}</span>
                <span class="small">{{ status(c) }}</span>
                <a [routerLink]="['/toelating', c.id, 'brief']" [attr.aria-label]="'loginClients.newCodeFor' | t: { name: c.name ?? c.loginName }">{{
                  'loginClients.newCode' | t
                }}</a>
              </li>
            }
          </ul>
        }
      }
    </section>
  `,
  styles: `
    .login-clients {
      list-style: none;
      padding: 0;
      margin: 0;
    }
    .login-clients li {
      display: flex;
      flex-wrap: wrap;
      gap: 0.25rem 1rem;
      align-items: baseline;
      padding-block: 0.5rem;
      border-top: 1px solid var(--line);
    }
  `,
})
export class LoginNameClientsComponent implements OnInit {
  protected readonly i18n = useTexts(intakeStaffTexts);
  private readonly api = inject(IntakeApi);

  protected readonly clients = signal<LoginNameClient[] | null>(null);
  protected readonly error = signal<string | null>(null);

  async ngOnInit(): Promise<void> {
    try {
      this.clients.set(await firstValueFrom(this.api.loginNameClients()));
    } catch (err) {
      this.error.set(generalErrorKey(toApiError(err)));
    }
  }

  protected status(c: LoginNameClient): string {
    if (c.activated) return this.i18n.t('loginClients.activated');
    if (c.codeValidUntil) return this.i18n.t('loginClients.waiting', { date: formatAmsterdamDate(c.codeValidUntil, this.i18n.locale()) });
    return this.i18n.t('loginClients.expired');
  }
}
