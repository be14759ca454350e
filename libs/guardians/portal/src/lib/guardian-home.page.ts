import { ChangeDetectionStrategy, Component, OnInit, inject, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import type { GuardianChild } from '@nabij/guardians/contracts';
import { MessageComponent, TranslatePipe, generalErrorKey, toApiError, useTexts } from '@nabij/platform/portal';
import { firstValueFrom } from 'rxjs';
import { GuardiansApi } from './guardians.api';
import { guardiansTexts } from './guardians.i18n';

/** `/home` for a parent: their children, each with one next step (or why there is nothing yet). */
@Component({
  selector: 'nb-guardian-home-page',
  imports: [RouterLink, TranslatePipe, MessageComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1 tabindex="-1">{{ 'guardians.home.title' | t }}</h1>
    <p class="lead">{{ 'guardians.home.intro' | t }}</p>
    <nb-message kind="error" [show]="!!error()">{{ error() ? (error()! | t) : '' }}</nb-message>
    @if (children(); as all) {
      @if (all.length === 0) {
        <p>{{ 'guardians.home.none' | t }}</p>
      }
      @for (c of all; track c.linkId) {
        <section class="card" [attr.aria-labelledby]="'child-' + c.linkId">
          <h2 [id]="'child-' + c.linkId">{{ c.childName }}</h2>
          @if (c.waitingForConsent) {
            <p>{{ 'guardians.home.waiting' | t }}</p>
          } @else {
            <p><a class="button button--large" [routerLink]="['/kind', c.linkId]">{{ 'guardians.home.open' | t }}</a></p>
          }
        </section>
      }
    } @else if (!error()) {
      <p aria-live="polite">{{ 'guardians.loading' | t }}</p>
    }
  `,
})
export class GuardianHomePage implements OnInit {
  protected readonly i18n = useTexts(guardiansTexts);
  private readonly api = inject(GuardiansApi);
  protected readonly children = signal<GuardianChild[] | null>(null);
  protected readonly error = signal<string | null>(null);

  ngOnInit(): void {
    void firstValueFrom(this.api.children()).then(
      (all) => this.children.set(all),
      (err) => this.error.set(generalErrorKey(toApiError(err))),
    );
  }
}
