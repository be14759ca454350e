import { ChangeDetectionStrategy, Component, effect, inject, input, signal, untracked } from '@angular/core';
import type { Referral } from '@nabij/socialmap/contracts';
import { MessageComponent, TranslatePipe, formatAmsterdamDate, useTexts } from '@nabij/platform/portal';
import { firstValueFrom } from 'rxjs';
import { SocialMapApi } from '../socialmap.api';
import { referralTexts } from './referrals.i18n';

/** In the client's dossier: the help their worker referred them to, why, and how far it is (B1). */
@Component({
  selector: 'nb-client-referrals',
  imports: [TranslatePipe, MessageComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrl: './referrals.css',
  template: `
    <h2 [id]="headingId()">{{ 'referrals.client.title' | t }}</h2>
    @if (referrals(); as list) {
      @if (list.length) {
        <p>{{ 'referrals.client.intro' | t }}</p>
      }
      <ul class="referral-list">
        @for (r of list; track r.id) {
          <li class="referral">
            <h3>{{ r.serviceLabel }}</h3>
            <p class="prewrap">{{ 'referrals.client.why' | t: { reason: r.reason } }}</p>
            <p><strong>{{ 'referrals.status.' + r.status | t }}:</strong> {{ 'referrals.client.status.' + r.status | t }}</p>
            @if (r.contact; as c) {
              @if (c.address) {
                <p>{{ 'referrals.client.address' | t: { address: c.address } }}</p>
              }
              @if (c.openingHours) {
                <p>{{ 'referrals.client.hours' | t: { hours: c.openingHours } }}</p>
              }
              @if (c.phone || c.website) {
                <div class="button-row">
                  @if (c.phone) {
                    <a class="button button--small" [href]="'tel:' + telDigits(c.phone)">{{ 'referrals.client.call' | t: { phone: c.phone } }}</a>
                  }
                  @if (c.website) {
                    <a class="button button--small button--secondary" [href]="c.website" target="_blank" rel="noopener noreferrer">
                      {{ 'referrals.client.website' | t }}
                      <span class="visually-hidden">{{ 'referrals.client.newWindow' | t }}</span>
                    </a>
                  }
                </div>
              }
            }
            <p class="small">{{ 'referrals.on' | t: { date: date(r.updatedAt) } }}</p>
          </li>
        } @empty {
          <li>{{ 'referrals.client.none' | t }}</li>
        }
      </ul>
    }
    <nb-message kind="error" [show]="failed()">{{ 'referrals.client.loadError' | t }}</nb-message>
  `,
})
export class ClientReferralsComponent {
  protected readonly i18n = useTexts(referralTexts);
  private readonly api = inject(SocialMapApi);
  readonly caseId = input.required<string>();
  readonly headingId = input('client-referrals');

  protected readonly referrals = signal<Referral[] | null>(null);
  protected readonly failed = signal(false);

  constructor() {
    effect(() => {
      const caseId = this.caseId();
      untracked(() => void this.load(caseId));
    });
  }

  /** "071 516 6000" → "0715166000": a tel: link holds digits (and a leading +) only. */
  protected telDigits(phone: string): string {
    return phone.replace(/[^\d+]/g, '');
  }

  protected date(iso: string): string {
    return formatAmsterdamDate(iso, this.i18n.locale());
  }

  private async load(caseId: string): Promise<void> {
    this.failed.set(false);
    try {
      this.referrals.set(await firstValueFrom(this.api.caseReferrals(caseId)));
    } catch {
      this.failed.set(true);
    }
  }
}
