import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import {
  ApiError,
  formatAmsterdamDate,
  formatAmsterdamTime,
  MessageComponent,
  TranslatePipe,
  generalErrorKey,
  saveBlob,
  toApiError,
  useTexts,
} from '@nabij/platform/portal';
import { accessKindOf } from '@nabij/dossier/contracts';
import { AuditLogPage, AuditLogQuery, UNUSUAL_ACCESS_THRESHOLD, UnusualAccess } from '@nabij/privacy/contracts';
import { firstValueFrom } from 'rxjs';
import { PrivacyApi } from './privacy.api';
import { privacyTexts } from './privacy.i18n';

const FIELDS = ['clientId', 'userId', 'from', 'to'] as const;

/** `/toegangslog` for admins: search the access log, export it as CSV, see unusual access. */
@Component({
  selector: 'nb-access-log-page',
  styleUrl: './access-log.page.css',
  imports: [TranslatePipe, MessageComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1 tabindex="-1">{{ 'privacy.log.title' | t }}</h1>
    <p class="lead">{{ 'privacy.log.intro' | t }}</p>

    <form class="card log-filters" (submit)="search($event, form, 1)" #form novalidate>
      @for (field of fields; track field) {
        <div class="field">
          <label [for]="'log-' + field">{{ 'privacy.log.' + field | t }}</label>
          <input
            class="input"
            [id]="'log-' + field"
            [name]="field"
            [type]="field === 'from' || field === 'to' ? 'date' : 'text'"
            [attr.aria-invalid]="invalid().includes(field) ? 'true' : null"
          />
        </div>
      }
      <div class="button-row">
        <button type="submit" class="button" [attr.aria-busy]="busy()">{{ 'privacy.log.search' | t }}</button>
        <button type="button" class="button button--secondary" (click)="csv(form)">{{ 'privacy.log.csv' | t }}</button>
      </div>
    </form>

    <div aria-live="polite">
      @if (invalid().length) {
        <nb-message kind="error">{{ 'privacy.log.invalid' | t: { fields: invalidLabels() } }}</nb-message>
      } @else if (error(); as e) {
        <nb-message kind="error">{{ generalErrorKey(e) | t }}</nb-message>
      }
    </div>

    @if (result(); as r) {
      <div class="table-scroll">
        <table class="table table--dense">
          <caption>{{ 'privacy.log.caption' | t: { total: r.total, page: r.page } }}</caption>
          <thead>
            <tr>
              <th scope="col">{{ 'privacy.log.col.when' | t }}</th>
              <th scope="col">{{ 'privacy.log.col.who' | t }}</th>
              <th scope="col">{{ 'privacy.log.col.role' | t }}</th>
              <th scope="col">{{ 'privacy.log.col.client' | t }}</th>
              <th scope="col">{{ 'privacy.log.col.action' | t }}</th>
              <th scope="col">{{ 'privacy.log.col.what' | t }}</th>
              <th scope="col">{{ 'privacy.log.col.reason' | t }}</th>
            </tr>
          </thead>
          <tbody>
            @for (e of r.entries; track e.id) {
              <tr>
                <td>{{ when(e.occurredAt) }}</td>
                <td>{{ e.actorName ?? e.actorId ?? '–' }}</td>
                <td>{{ label('role', e.actorRole) }}</td>
                <td>{{ e.clientName ?? e.clientId ?? '–' }}</td>
                <td>{{ label('action', e.action) }}</td>
                <td>{{ 'privacy.log.kind.' + kind(e.resourceType) | t }} <small class="log-type">{{ e.resourceType }}</small></td>
                <td>{{ e.reason ?? '' }}</td>
              </tr>
            } @empty {
              <tr><td colspan="7">{{ 'privacy.log.empty' | t }}</td></tr>
            }
          </tbody>
        </table>
      </div>
      <div class="button-row">
        <button type="button" class="button button--secondary" [disabled]="r.page <= 1" (click)="search(null, form, r.page - 1)">
          {{ 'privacy.log.previous' | t }}
        </button>
        <button type="button" class="button button--secondary" [disabled]="r.page * r.pageSize >= r.total" (click)="search(null, form, r.page + 1)">
          {{ 'privacy.log.next' | t }}
        </button>
      </div>
    }

    <h2>{{ 'privacy.log.unusual.title' | t }}</h2>
    <p>{{ 'privacy.log.unusual.intro' | t: { threshold: threshold } }}</p>
    @if (unusual(); as list) {
      @if (list.length) {
        <div class="table-scroll">
          <table class="table table--dense">
            <thead>
              <tr>
                <th scope="col">{{ 'privacy.log.unusual.day' | t }}</th>
                <th scope="col">{{ 'privacy.log.col.who' | t }}</th>
                <th scope="col">{{ 'privacy.log.col.role' | t }}</th>
                <th scope="col">{{ 'privacy.log.unusual.clients' | t }}</th>
              </tr>
            </thead>
            <tbody>
              @for (u of list; track u.actorId + u.day) {
                <tr><td>{{ u.day }}</td><td>{{ u.actorName }}</td><td>{{ label('role', u.actorRole) }}</td><td>{{ u.clientCount }}</td></tr>
              }
            </tbody>
          </table>
        </div>
      } @else {
        <p>{{ 'privacy.log.unusual.none' | t }}</p>
      }
    } @else {
      <p>{{ 'privacy.log.unusual.needsPeriod' | t }}</p>
    }
  `,
})
export class AccessLogPage {
  protected readonly i18n = useTexts(privacyTexts);
  private readonly api = inject(PrivacyApi);
  protected readonly fields = FIELDS;
  protected readonly threshold = UNUSUAL_ACCESS_THRESHOLD;
  protected readonly generalErrorKey = generalErrorKey;
  /** The kind of data in words; the stored type stays beside it, small, for the admin who looks closer. */
  protected readonly kind = accessKindOf;
  protected readonly busy = signal(false);
  protected readonly result = signal<AuditLogPage | null>(null);
  protected readonly unusual = signal<UnusualAccess[] | null>(null);
  protected readonly error = signal<ApiError | null>(null);
  protected readonly invalid = signal<string[]>([]);
  protected readonly invalidLabels = computed(() =>
    this.invalid()
      .map((f) => this.i18n.t(`privacy.log.${f}`))
      .join(', '),
  );

  /** Log times in Amsterdam time, whatever the admin's computer is set to. */
  /** A role or action in words; one without a text (new in the API) shows as stored. */
  protected label(group: 'role' | 'action', value: string | null): string {
    if (!value) return '–';
    const key = `privacy.log.${group}.${value}`;
    const text = this.i18n.t(key);
    return text === key ? value : text;
  }

  protected when(at: string): string {
    return `${formatAmsterdamDate(at, this.i18n.locale())} ${formatAmsterdamTime(at, this.i18n.locale())}`;
  }

  async search(event: Event | null, form: HTMLFormElement, page: number): Promise<void> {
    event?.preventDefault();
    const query = this.query(form);
    this.busy.set(true);
    this.error.set(null);
    this.invalid.set([]);
    try {
      this.result.set(await firstValueFrom(this.api.auditLog({ ...query, page })));
      this.unusual.set(query.from && query.to ? await firstValueFrom(this.api.unusual({ from: query.from, to: query.to })) : null);
    } catch (err) {
      this.fail(err);
    } finally {
      this.busy.set(false);
    }
  }

  async csv(form: HTMLFormElement): Promise<void> {
    this.error.set(null);
    this.invalid.set([]);
    try {
      saveBlob(await firstValueFrom(this.api.auditLogCsv(this.query(form))), 'toegangslog.csv');
    } catch (err) {
      this.fail(err);
    }
  }

  private query(form: HTMLFormElement): AuditLogQuery {
    const data = new FormData(form);
    const query: AuditLogQuery = {};
    for (const field of FIELDS) {
      const value = String(data.get(field) ?? '').trim();
      if (value) query[field] = value;
    }
    return query;
  }

  private fail(err: unknown): void {
    const e = toApiError(err);
    const named = Object.keys(e.fields ?? {}).filter((f) => (FIELDS as readonly string[]).includes(f));
    if (e.statusCode === 400 && named.length) this.invalid.set(named);
    else this.error.set(e);
  }
}
