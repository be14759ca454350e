import { ChangeDetectionStrategy, Component, OnInit, inject, signal } from '@angular/core';
import type { GuardianShares, MyGuardian } from '@nabij/guardians/contracts';
import { MessageComponent, TranslatePipe, generalErrorKey, toApiError, useTexts } from '@nabij/platform/portal';
import { firstValueFrom } from 'rxjs';
import { GuardiansApi } from './guardians.api';
import { guardiansTexts } from './guardians.i18n';

const SHARE_KEYS: Array<keyof GuardianShares> = ['appointments', 'documents', 'messages'];

/**
 * "Je ouders in Nabij" in the pupil's "Mijn dossier": shown only when a parent is linked. From 16 the
 * pupil says yes or stops it, per parent; under 16 the pupil sees what the worker shares.
 */
@Component({
  selector: 'nb-my-guardians',
  imports: [TranslatePipe, MessageComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (guardians().length) {
      <section class="card" aria-labelledby="my-guardians-title">
        <h2 id="my-guardians-title">{{ 'guardians.mine.title' | t }}</h2>
        <p class="small">{{ 'guardians.mine.never' | t }}</p>
        <div aria-live="polite">
          <nb-message kind="success" [show]="!!notice()">{{ notice() ?? '' }}</nb-message>
          <nb-message kind="error" [show]="!!error()">{{ error() ? (error()! | t) : '' }}</nb-message>
        </div>
        @for (g of guardians(); track g.linkId) {
          <div class="item-line">
            <h3>{{ g.name }} <span class="small">({{ 'guardians.relation.' + g.relation | t }})</span></h3>
            <p>{{ (g.consentNeeded ? 'guardians.mine.from16' : 'guardians.mine.under16') | t }}</p>
            <p>{{ 'guardians.mine.sees' | t: { name: g.name } }}</p>
            @if (shared(g).length) {
              <ul>
                @for (key of shared(g); track key) {
                  <li>{{ 'guardians.share.' + key | t }}</li>
                }
              </ul>
            } @else {
              <p>{{ 'guardians.mine.nothing' | t }}</p>
            }
            @if (g.consentNeeded) {
              <p>
                <strong>{{ (g.consentGiven ? 'guardians.mine.given' : 'guardians.mine.notGiven') | t: { name: g.name } }}</strong>
              </p>
              @if (g.consentGiven) {
                <button type="button" class="button button--secondary" [disabled]="busy()" (click)="set(g, false)">
                  {{ 'guardians.mine.withdraw' | t: { name: g.name } }}
                </button>
              } @else {
                <button type="button" class="button" [disabled]="busy()" (click)="set(g, true)">{{ 'guardians.mine.consent' | t: { name: g.name } }}</button>
              }
            }
          </div>
        }
      </section>
    }
  `,
})
export class MyGuardiansComponent implements OnInit {
  protected readonly i18n = useTexts(guardiansTexts);
  private readonly api = inject(GuardiansApi);

  protected readonly guardians = signal<MyGuardian[]>([]);
  protected readonly busy = signal(false);
  protected readonly notice = signal<string | null>(null);
  protected readonly error = signal<string | null>(null);

  ngOnInit(): void {
    void firstValueFrom(this.api.mine()).then(
      (all) => this.guardians.set(all),
      (err) => this.error.set(generalErrorKey(toApiError(err))),
    );
  }

  protected shared(g: MyGuardian): Array<keyof GuardianShares> {
    return SHARE_KEYS.filter((key) => g.shares[key]);
  }

  protected async set(g: MyGuardian, consent: boolean): Promise<void> {
    if (this.busy()) return;
    this.busy.set(true);
    this.notice.set(null);
    this.error.set(null);
    try {
      const updated = await firstValueFrom(consent ? this.api.consent(g.linkId) : this.api.withdraw(g.linkId));
      this.guardians.update((all) => all.map((x) => (x.linkId === updated.linkId ? updated : x)));
      this.notice.set(this.i18n.t(consent ? 'guardians.mine.doneConsent' : 'guardians.mine.doneWithdraw', { name: g.name }));
    } catch (err) {
      this.error.set(generalErrorKey(toApiError(err)));
    } finally {
      this.busy.set(false);
    }
  }
}
