import { DOCUMENT } from '@angular/common';
import { ChangeDetectionStrategy, Component, WritableSignal, effect, inject, signal, untracked } from '@angular/core';
import {
  ApiError,
  MessageComponent,
  TranslatePipe,
  formatAmsterdamDate,
  generalErrorKey,
  toApiError,
  useTexts,
} from '@nabij/platform/portal';
import { REFERRAL_REPORT_MIN_GROUP } from '@nabij/reports/contracts';
import type { CaseloadQuery, ReferralReport, ReferralReportTable } from '@nabij/reports/contracts';
import { firstValueFrom } from 'rxjs';
import { CaseloadReportStore } from './caseload-report.store';
import { downloadFile } from './download';
import { ReferralReportApi } from './referral-report.api';
import { referralReportTexts } from './referral-report.i18n';

const STATUSES = ['proposed', 'made', 'accepted', 'closed', 'total'] as const;

/**
 * "Verwijzingen naar de sociale kaart" on the report page: referrals made in the report's period and
 * filters, per month and per topic, by status now; each table with its own CSV. Loads each time the
 * report above is shown (Toon), with the same period and filters.
 */
@Component({
  selector: 'nb-referral-report',
  styleUrls: ['./reports.shared.css'],
  imports: [TranslatePipe, MessageComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="referral-report" aria-labelledby="referral-report-title">
      <h2 id="referral-report-title" class="report-section-title">{{ 'referralReport.title' | t }}</h2>
      <p class="small">{{ 'referralReport.intro' | t: { min: min } }}</p>
      <div aria-live="polite">
        @if (loading()) {
          <p>{{ 'referralReport.loading' | t }}</p>
        } @else if (error(); as e) {
          <nb-message kind="error">{{ generalErrorKey(e) | t }}</nb-message>
        } @else if (report(); as r) {
          @if (!r.total.total) {
            <p>{{ 'referralReport.empty' | t }}</p>
          } @else {
            <div class="table-wrap report-table-wrap" tabindex="0" role="region" aria-labelledby="referrals-months-caption">
              <table class="table report-table" data-table="referrals-months">
                <caption id="referrals-months-caption">{{ 'referralReport.monthCaption' | t: { from: day(r.from), to: day(r.to) } }}</caption>
                <thead>
                  <tr>
                    <th scope="col">{{ 'referralReport.month' | t }}</th>
                    @for (s of statuses; track s) { <th scope="col">{{ 'referralReport.' + s | t }}</th> }
                  </tr>
                </thead>
                <tbody>
                  @for (m of r.byMonth; track m.month) {
                    <tr>
                      <th scope="row" class="report-table__kind">{{ month(m.month) }}</th>
                      @for (s of statuses; track s) { <td [class.report-table__total]="s === 'total'">{{ m[s] }}</td> }
                    </tr>
                  }
                </tbody>
                <tfoot>
                  <tr>
                    <th scope="row">{{ 'referralReport.total' | t }}</th>
                    @for (s of statuses; track s) { <td [class.report-table__total]="s === 'total'">{{ r.total[s] }}</td> }
                  </tr>
                </tfoot>
              </table>
            </div>
            <button type="button" class="button button--quiet button--small" (click)="download('months')" [disabled]="busy.months()" [attr.aria-busy]="busy.months()">
              {{ 'referralReport.csvMonths' | t }}
            </button>

            @if (r.byCategory.length) {
              <div class="table-wrap report-table-wrap" tabindex="0" role="region" aria-labelledby="referrals-categories-caption">
                <table class="table report-table" data-table="referrals-categories">
                  <caption id="referrals-categories-caption">{{ 'referralReport.categoryCaption' | t: { from: day(r.from), to: day(r.to) } }}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{{ 'referralReport.category' | t }}</th>
                      @for (s of statuses; track s) { <th scope="col">{{ 'referralReport.' + s | t }}</th> }
                    </tr>
                  </thead>
                  <tbody>
                    @for (c of r.byCategory; track c.category) {
                      <tr>
                        <th scope="row" class="report-table__kind">{{ c.categoryName }}</th>
                        @for (s of statuses; track s) { <td [class.report-table__total]="s === 'total'">{{ c[s] }}</td> }
                      </tr>
                    }
                  </tbody>
                </table>
              </div>
              <button type="button" class="button button--quiet button--small" (click)="download('categories')" [disabled]="busy.categories()" [attr.aria-busy]="busy.categories()">
                {{ 'referralReport.csvCategories' | t }}
              </button>
            } @else {
              <p>{{ 'referralReport.noCategories' | t: { min: min } }}</p>
            }
            @if (r.smallCategories) {
              <p class="small">{{ 'referralReport.small' | t: { count: r.smallCategories, min: min } }}</p>
            }
          }
        }
      </div>
    </section>
  `,
})
export class ReferralReportComponent {
  protected readonly i18n = useTexts(referralReportTexts);
  private readonly store = inject(CaseloadReportStore);
  private readonly api = inject(ReferralReportApi);
  private readonly document = inject(DOCUMENT);
  protected readonly generalErrorKey = generalErrorKey;
  protected readonly statuses = STATUSES;
  protected readonly min = REFERRAL_REPORT_MIN_GROUP;
  protected readonly report = signal<ReferralReport | null>(null);
  protected readonly loading = signal(false);
  protected readonly error = signal<ApiError | null>(null);
  protected readonly busy: Record<ReferralReportTable, WritableSignal<boolean>> = { months: signal(false), categories: signal(false) };
  private shownFor: CaseloadQuery | null = null;
  private request = 0;

  constructor() {
    // Table B answering means "Toon" was pressed (or the page opened): count for the same period and filters.
    effect(() => {
      if (!this.store.report()) return;
      untracked(() => void this.load(this.store.query()));
    });
  }

  protected day(date: string): string {
    return formatAmsterdamDate(date, this.i18n.locale());
  }

  /** "2026-03" → "maart 2026". */
  protected month(yearMonth: string): string {
    const [year, month] = yearMonth.split('-').map(Number);
    return new Intl.DateTimeFormat(this.i18n.locale(), { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
      new Date(Date.UTC(year, month - 1, 1)),
    );
  }

  protected download(table: ReferralReportTable): Promise<void> {
    const q = this.shownFor ?? this.store.query();
    const dutch = this.i18n.lang() === 'nl';
    return downloadFile(this.document, this.busy[table], async () => {
      const blob = await firstValueFrom(this.api.referralsCsv({ ...q, table, dialect: dutch ? 'excel-nl' : 'rfc4180' }));
      const name = dutch ? { months: 'verwijzingen-per-maand', categories: 'verwijzingen-per-onderwerp' }[table] : `referrals-${table}`;
      return { blob, fileName: `${name}-${q.from}-${q.to}.csv` };
    });
  }

  private async load(query: CaseloadQuery): Promise<void> {
    const request = ++this.request;
    this.loading.set(true);
    this.error.set(null);
    try {
      const report = await firstValueFrom(this.api.referrals(query));
      if (request !== this.request) return;
      this.report.set(report);
      this.shownFor = query;
    } catch (err) {
      if (request !== this.request) return;
      this.report.set(null);
      this.error.set(toApiError(err));
    } finally {
      if (request === this.request) this.loading.set(false);
    }
  }
}
