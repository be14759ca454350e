import { DOCUMENT } from '@angular/common';
import { ChangeDetectionStrategy, Component, WritableSignal, computed, inject, signal } from '@angular/core';
import { MessageComponent, TranslatePipe, formatAmsterdamDate, generalErrorKey, useTexts } from '@nabij/platform/portal';
import type { PeriodHoursTable } from '@nabij/reports/contracts';
import { CaseloadReportStore } from './caseload-report.store';
import { downloadFile } from './download';
import { reportsTexts } from './reports.i18n';

/**
 * "Uren in deze periode": the time written in the period on open and closed cases, per financier ×
 * kind of work and per worker, each table with its own CSV. Beside Table B, which counts only the
 * cases closed in the period, so "Dit jaar" shows the hours worked even before a case closes.
 */
@Component({
  selector: 'nb-period-hours',
  styleUrls: ['./reports.shared.css'],
  imports: [TranslatePipe, MessageComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="period-hours" aria-labelledby="period-hours-title">
      <h2 id="period-hours-title">{{ 'reports.hours.title' | t }}</h2>
      <p class="small">{{ 'reports.hours.intro' | t }}</p>
      @if (store.hoursLoading()) {
        <p aria-live="polite">{{ 'reports.loading' | t }}</p>
      } @else if (store.hoursError(); as error) {
        <nb-message kind="error">{{ generalErrorKey(error) | t }}</nb-message>
      } @else if (store.hours(); as h) {
        @if (!h.total.cases) {
          <p>{{ 'reports.hours.empty' | t }}</p>
        } @else {
          <dl class="report-kpis">
            <div><dt>{{ 'reports.hours.total' | t }}</dt><dd>{{ h.total.totalTime }}</dd></div>
            <div><dt>{{ 'reports.hours.open' | t }}</dt><dd>{{ h.total.openTime }}</dd></div>
            <div><dt>{{ 'reports.hours.closed' | t }}</dt><dd>{{ h.total.closedTime }}</dd></div>
            <div><dt>{{ 'reports.hours.cases' | t }}</dt><dd>{{ h.total.cases }}</dd></div>
          </dl>

          @for (table of tables(); track table.key) {
            <div class="table-wrap report-table-wrap" tabindex="0" role="region" [attr.aria-labelledby]="'hours-' + table.key + '-caption'">
              <table class="table report-table hours-table" [attr.data-table]="'hours-' + table.key">
                <caption [id]="'hours-' + table.key + '-caption'">{{ table.caption | t: { from: day(h.from), to: day(h.to) } }}</caption>
                <thead>
                  <tr>
                    <th scope="col">{{ table.first | t }}</th>
                    <th scope="col">{{ table.second | t }}</th>
                    <th scope="col">{{ 'reports.hours.cases' | t }}</th>
                    <th scope="col">{{ 'reports.hours.open' | t }}</th>
                    <th scope="col">{{ 'reports.hours.closed' | t }}</th>
                    <th scope="col">{{ 'reports.hours.total' | t }}</th>
                  </tr>
                </thead>
                <tbody>
                  @for (r of table.rows; track r.id) {
                    <tr>
                      <th scope="row" class="report-table__kind">{{ r.first }}</th>
                      <td class="hours-table__text">{{ r.second }}</td>
                      <td>{{ r.totals.cases }}</td>
                      <td>{{ r.totals.openTime }}</td>
                      <td>{{ r.totals.closedTime }}</td>
                      <td class="report-table__total">{{ r.totals.totalTime }}</td>
                    </tr>
                  }
                </tbody>
                <tfoot>
                  <tr>
                    <th scope="row" colspan="2">{{ 'reports.workers.total' | t }}</th>
                    <td>{{ h.total.cases }}</td>
                    <td>{{ h.total.openTime }}</td>
                    <td>{{ h.total.closedTime }}</td>
                    <td class="report-table__total">{{ h.total.totalTime }}</td>
                  </tr>
                </tfoot>
              </table>
            </div>
            <button type="button" class="button button--quiet button--small hours-csv" (click)="download(table.key)" [disabled]="busy[table.key]()" [attr.aria-busy]="busy[table.key]()">
              {{ table.csv | t }}
            </button>
          }
        }
      }
    </section>
  `,
})
export class PeriodHoursComponent {
  protected readonly i18n = useTexts(reportsTexts);
  protected readonly store = inject(CaseloadReportStore);
  private readonly document = inject(DOCUMENT);
  protected readonly generalErrorKey = generalErrorKey;
  /** Per table: its CSV is being fetched. */
  protected readonly busy: Record<PeriodHoursTable, WritableSignal<boolean>> = { financiers: signal(false), workers: signal(false) };

  /** Both tables in one shape: a row header, a second text column and the hours. */
  protected readonly tables = computed(() => {
    const h = this.store.hours();
    if (!h) return [];
    return [
      {
        key: 'financiers' as const,
        caption: 'reports.hours.financierCaption',
        first: 'reports.col.financier',
        second: 'reports.col.kind',
        csv: 'reports.hours.csvFinanciers',
        rows: h.byFinancier.map((r) => ({ id: r.financierId + r.kindOfWork, first: r.financier, second: r.kindOfWorkName, totals: r })),
      },
      {
        key: 'workers' as const,
        caption: 'reports.hours.workerCaption',
        first: 'reports.worker',
        second: 'reports.team',
        csv: 'reports.hours.csvWorkers',
        rows: h.byWorker.map((r) => ({ id: r.workerId, first: r.name, second: r.team ?? '', totals: r })),
      },
    ];
  });

  protected day(date: string): string {
    return formatAmsterdamDate(date, this.i18n.locale());
  }

  protected download(table: PeriodHoursTable): Promise<void> {
    return downloadFile(this.document, this.busy[table], () => this.store.hoursCsv(table));
  }
}
