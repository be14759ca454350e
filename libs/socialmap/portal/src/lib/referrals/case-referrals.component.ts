import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal, untracked } from '@angular/core';
import { REFERRAL_STATUSES, SOCIAL_MAP_POSTCODE_PATTERN, SOCIAL_MAP_QUERY_MAX } from '@nabij/socialmap/contracts';
import type { Referral, ReferralStatus, SocialServiceHit } from '@nabij/socialmap/contracts';
import { MessageComponent, TranslatePipe, formatAmsterdamDate, useTexts } from '@nabij/platform/portal';
import { firstValueFrom } from 'rxjs';
import { SocialMapApi } from '../socialmap.api';
import { referralTexts } from './referrals.i18n';

/** How many search results the case page lists to choose from. */
const HITS_SHOWN = 8;

/**
 * On the worker's case page: the case's referrals to the social map with their status, and a form to
 * search the map, choose a service and write why. A closed case shows the list only.
 */
@Component({
  selector: 'nb-case-referrals',
  imports: [TranslatePipe, MessageComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrl: './referrals.css',
  template: `
    <h2 [id]="id() + '-title'">{{ 'referrals.title' | t }}</h2>
    <ul class="referral-list">
      @for (r of referrals(); track r.id) {
        <li class="referral">
          <h3>{{ r.serviceLabel }}</h3>
          <p class="prewrap">{{ r.reason }}</p>
          <p class="small">{{ 'referrals.status.' + r.status | t }} · {{ 'referrals.on' | t: { date: date(r.updatedAt) } }}</p>
          @if (!readOnly()) {
            <form class="referral-status" (submit)="$event.preventDefault(); setStatus(r, statusSelect.value)">
              <label [for]="id() + '-status-' + r.id">{{ 'referrals.statusOf' | t: { service: r.serviceLabel } }}</label>
              <select #statusSelect class="input" [id]="id() + '-status-' + r.id" [value]="r.status">
                @for (s of statuses; track s) {
                  <option [value]="s" [selected]="s === r.status">{{ 'referrals.status.' + s | t }}</option>
                }
              </select>
              <button type="submit" class="button button--small button--quiet" [disabled]="busy()">{{ 'referrals.statusSave' | t }}</button>
            </form>
          }
        </li>
      } @empty {
        <li class="small">{{ 'referrals.none' | t }}</li>
      }
    </ul>
    @if (!readOnly()) {
      <h3 [id]="id() + '-new'">{{ 'referrals.new' | t }}</h3>
      <p class="small">{{ 'referrals.intro' | t }}</p>
      <form class="dense-form" [attr.aria-labelledby]="id() + '-new'" role="search" (submit)="$event.preventDefault(); search()">
        <label [for]="id() + '-q'">{{ 'referrals.search' | t }}</label>
        <input class="input" type="search" [id]="id() + '-q'" [attr.maxlength]="queryMax" [attr.aria-describedby]="id() + '-q-hint'" [value]="q()" (input)="q.set($any($event.target).value)" />
        <p class="small" [id]="id() + '-q-hint'">{{ 'referrals.search.hint' | t }}</p>
        <label [for]="id() + '-pc'">{{ 'referrals.postcode' | t }}</label>
        <input class="input" type="text" autocomplete="off" [id]="id() + '-pc'" [attr.aria-invalid]="postcodeError() || null" [attr.aria-describedby]="postcodeError() ? id() + '-pc-error' : null" [value]="postcode()" (input)="postcode.set($any($event.target).value)" />
        @if (postcodeError()) {
          <p class="field-error" [id]="id() + '-pc-error'">{{ 'referrals.postcode.error' | t }}</p>
        }
        <button type="submit" class="button button--small button--secondary" [attr.aria-busy]="searching() || null">{{ 'referrals.searchSubmit' | t }}</button>
      </form>
      <p class="small" aria-live="polite">{{ searchStatus() }}</p>
      @if (hits().length) {
        <form class="dense-form" (submit)="$event.preventDefault(); save()">
          <fieldset class="hits">
            <legend>{{ 'referrals.choose' | t }}</legend>
            @for (h of hits(); track h.id) {
              <label>
                <input type="radio" [name]="id() + '-service'" [value]="h.id" [checked]="serviceId() === h.id" (change)="serviceId.set(h.id)" />
                <span>{{ h.providerName }}: {{ h.name }} <span class="small">({{ hitNote(h) }})</span></span>
              </label>
            }
          </fieldset>
          <label [for]="id() + '-reason'">{{ 'referrals.reason' | t }}</label>
          <textarea class="input" rows="3" maxlength="1000" [id]="id() + '-reason'" [attr.aria-describedby]="id() + '-reason-hint'" [value]="reason()" (input)="reason.set($any($event.target).value)"></textarea>
          <p class="small" [id]="id() + '-reason-hint'">{{ 'referrals.reason.hint' | t }}</p>
          <label [for]="id() + '-start'">{{ 'referrals.startStatus' | t }}</label>
          <select class="input" [id]="id() + '-start'" [value]="startStatus()" (change)="startStatus.set($any($event.target).value)">
            <option value="proposed">{{ 'referrals.status.proposed' | t }}</option>
            <option value="made">{{ 'referrals.status.made' | t }}</option>
          </select>
          <button type="submit" class="button button--small" [attr.aria-busy]="busy() || null">{{ 'referrals.save' | t }}</button>
        </form>
      }
    }
    <nb-message kind="success" [show]="!!done()">{{ done() ?? '' }}</nb-message>
    <nb-message kind="error" [show]="!!problem()">{{ problem() ? (problem()! | t) : '' }}</nb-message>
  `,
})
export class CaseReferralsComponent {
  protected readonly i18n = useTexts(referralTexts);
  private readonly api = inject(SocialMapApi);
  readonly caseId = input.required<string>();
  readonly readOnly = input(false);

  protected readonly statuses = REFERRAL_STATUSES;
  protected readonly queryMax = SOCIAL_MAP_QUERY_MAX;
  protected readonly id = computed(() => `referrals-${this.caseId()}`);
  protected readonly referrals = signal<Referral[]>([]);
  protected readonly q = signal('');
  protected readonly postcode = signal('');
  protected readonly postcodeError = signal(false);
  protected readonly hits = signal<SocialServiceHit[]>([]);
  protected readonly searching = signal(false);
  protected readonly searchStatus = signal('');
  protected readonly serviceId = signal('');
  protected readonly reason = signal('');
  protected readonly startStatus = signal<ReferralStatus>('proposed');
  protected readonly busy = signal(false);
  protected readonly done = signal<string | null>(null);
  protected readonly problem = signal<string | null>(null);

  constructor() {
    effect(() => {
      const caseId = this.caseId();
      untracked(() => void this.load(caseId));
    });
  }

  protected date(iso: string): string {
    return formatAmsterdamDate(iso, this.i18n.locale());
  }

  protected hitNote(h: SocialServiceHit): string {
    const where =
      h.distanceKm !== null
        ? this.i18n.t('referrals.distance', {
            km: new Intl.NumberFormat(this.i18n.locale(), { maximumFractionDigits: 1 }).format(h.distanceKm),
          })
        : h.servedAreas.length
          ? h.municipality
          : this.i18n.t('referrals.national');
    return `${where} · ${this.i18n.t(h.referral === 'worker' ? 'referrals.viaWorker' : 'referrals.self')}`;
  }

  protected async search(): Promise<void> {
    const q = this.q().trim();
    const postcode = this.postcode().trim();
    this.postcodeError.set(!!postcode && !SOCIAL_MAP_POSTCODE_PATTERN.test(postcode));
    if (this.postcodeError()) return;
    this.searching.set(true);
    this.searchStatus.set(this.i18n.t('referrals.searching'));
    this.problem.set(null);
    try {
      const result = await firstValueFrom(this.api.search({ q: q || undefined, postcode: postcode || undefined }));
      const hits = result.hits.slice(0, HITS_SHOWN);
      this.hits.set(hits);
      this.serviceId.set('');
      this.searchStatus.set(hits.length ? this.i18n.t('referrals.hits', { count: hits.length }) : this.i18n.t('referrals.noHits'));
    } catch {
      this.searchStatus.set(this.i18n.t('referrals.searchFailed'));
    } finally {
      this.searching.set(false);
    }
  }

  protected async save(): Promise<void> {
    this.done.set(null);
    this.problem.set(null);
    const reason = this.reason().trim();
    if (!this.serviceId() || !reason) {
      this.problem.set('referrals.missing');
      return;
    }
    this.busy.set(true);
    try {
      const saved = await firstValueFrom(
        this.api.createReferral(this.caseId(), { serviceId: this.serviceId(), reason, status: this.startStatus() }),
      );
      this.referrals.update((list) => [...list, saved]);
      this.done.set(this.i18n.t('referrals.saved', { service: saved.serviceLabel }));
      this.hits.set([]);
      this.serviceId.set('');
      this.reason.set('');
      this.searchStatus.set('');
    } catch {
      this.problem.set('referrals.failed');
    } finally {
      this.busy.set(false);
    }
  }

  protected async setStatus(referral: Referral, status: string): Promise<void> {
    if (!(REFERRAL_STATUSES as readonly string[]).includes(status)) return;
    this.done.set(null);
    this.problem.set(null);
    this.busy.set(true);
    try {
      const saved = await firstValueFrom(this.api.updateReferral(referral.id, { status: status as ReferralStatus }));
      this.referrals.update((list) => list.map((r) => (r.id === saved.id ? saved : r)));
      this.done.set(
        this.i18n.t('referrals.statusSaved', { service: saved.serviceLabel, status: this.i18n.t(`referrals.status.${saved.status}`) }),
      );
    } catch {
      this.problem.set('referrals.failed');
    } finally {
      this.busy.set(false);
    }
  }

  private async load(caseId: string): Promise<void> {
    try {
      this.referrals.set(await firstValueFrom(this.api.caseReferrals(caseId)));
    } catch {
      this.referrals.set([]);
    }
  }
}
