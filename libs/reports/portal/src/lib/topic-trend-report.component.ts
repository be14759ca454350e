import { DOCUMENT } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { MessageComponent, TranslatePipe, generalErrorKey, useTexts } from '@nabij/platform/portal';
import type { ReportFilterOption, TopicTable } from '@nabij/reports/contracts';
import { BarChartComponent } from './bar-chart.component';
import { downloadFile } from './download';
import { ReportPeriodFieldsComponent } from './report-filter-fields.component';
import { readPeriodForm } from './report-form';
import { insightTexts } from './insight-report.i18n';
import { TopicTrendStore } from './insight-report.store';
import { reportsTexts } from './reports.i18n';

/**
 * "Onderwerpen": problem areas of new cases per month (one area as a chart, all in the table) and
 * per financier. Counts of 1–4 are hidden.
 */
@Component({
  selector: 'nb-topic-trend-report',
  styleUrls: ['./reports.shared.css'],
  imports: [TranslatePipe, MessageComponent, BarChartComponent, ReportPeriodFieldsComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <p>{{ 'reports.topics.intro' | t }}</p>
    <form class="report-form inline-form" (submit)="submit($event, form)" #form novalidate>
      <nb-report-period-fields idPrefix="topics" [query]="store.query()" [teams]="teams()" [financiers]="financiers()" [invalid]="invalid()" />
      <div class="button-row">
        <button type="submit" class="button" [attr.aria-busy]="store.loading()">{{ 'reports.show' | t }}</button>
        @for (table of tables; track table.key) {
          <button type="button" class="button button--quiet" (click)="download(table.key)" [disabled]="downloading() || !store.report()" [attr.aria-busy]="downloading()">
            {{ table.label | t }}
          </button>
        }
      </div>
    </form>

    <div aria-live="polite" class="report-status">
      @if (store.loading()) {
        <p>{{ 'reports.loading' | t }}</p>
      } @else if (store.error(); as error) {
        <nb-message kind="error">{{ generalErrorKey(error) | t }}</nb-message>
      } @else if (store.report() && !store.report()!.financiers.length) {
        <p>{{ 'reports.topics.empty' | t }}</p>
      }
    </div>

    @if (store.report(); as r) {
      @if (r.financiers.length) {
        <div class="field">
          <label class="field-label" for="topics-area">{{ 'reports.topics.area' | t }}</label>
          <select class="input" id="topics-area" (change)="area.set($any($event.target).value)">
            @for (a of r.areas; track a) {
              <option [value]="a" [selected]="a === area()">{{ 'reports.topics.area.' + a | t }}</option>
            }
          </select>
        </div>
        <div class="report-charts">
          <nb-bar-chart
            [title]="'reports.topics.chart' | t: { area: areaName() }"
            [bars]="bars()"
            [labelHeader]="'reports.topics.month' | t"
            [valueHeader]="'reports.topics.cases' | t"
          />
        </div>

        <div class="table-wrap report-table-wrap" tabindex="0" role="region" aria-labelledby="topics-months-caption">
          <table class="table table--dense report-table">
            <caption id="topics-months-caption">{{ 'reports.topics.monthsCaption' | t }}</caption>
            <thead>
              <tr>
                <th scope="col">{{ 'reports.topics.month' | t }}</th>
                <th scope="col">{{ 'reports.topics.cases' | t }}</th>
                @for (a of r.areas; track a) {
                  <th scope="col">{{ 'reports.topics.area.' + a | t }}</th>
                }
              </tr>
            </thead>
            <tbody>
              @for (m of store.months(); track m.start) {
                <tr>
                  <th scope="row">{{ m.label }}</th>
                  <td class="report-table__total">{{ cell(m.cases) }}</td>
                  @for (a of r.areas; track a) {
                    <td>{{ cell(m.areas[a]) }}</td>
                  }
                </tr>
              }
            </tbody>
          </table>
        </div>

        <div class="table-wrap report-table-wrap" tabindex="0" role="region" aria-labelledby="topics-financiers-caption">
          <table class="table table--dense report-table">
            <caption id="topics-financiers-caption">{{ 'reports.topics.financiersCaption' | t }}</caption>
            <thead>
              <tr>
                <th scope="col">{{ 'reports.insight.financier' | t }}</th>
                <th scope="col">{{ 'reports.topics.cases' | t }}</th>
                @for (a of r.areas; track a) {
                  <th scope="col">{{ 'reports.topics.area.' + a | t }}</th>
                }
              </tr>
            </thead>
            <tbody>
              @for (f of r.financiers; track f.financierId) {
                <tr>
                  <th scope="row">{{ f.financier }}</th>
                  <td class="report-table__total">{{ cell(f.cases) }}</td>
                  @for (a of r.areas; track a) {
                    <td>{{ cell(f.areas[a]) }}</td>
                  }
                </tr>
              }
            </tbody>
          </table>
        </div>
        <p class="small">{{ 'reports.insight.tooFewNote' | t: { min: r.minGroupSize } }}</p>
      }
    }
  `,
})
export class TopicTrendReportComponent {
  protected readonly i18n = useTexts(reportsTexts);
  private readonly texts = useTexts(insightTexts);
  protected readonly store = inject(TopicTrendStore);
  protected readonly generalErrorKey = generalErrorKey;
  readonly teams = input<ReportFilterOption[]>([]);
  readonly financiers = input<ReportFilterOption[]>([]);
  protected readonly invalid = signal(false);
  protected readonly downloading = signal(false);
  /** The area drawn in the chart: money problems first, the seeds' question. */
  protected readonly area = signal('materiele_problematiek');
  protected readonly areaName = computed(() =>
    this.texts.t(`reports.topics.area.${this.area()}` as 'reports.topics.area.none').toLowerCase(),
  );
  protected readonly bars = computed(() => this.store.bars(this.area()));
  private readonly document = inject(DOCUMENT);
  protected readonly tables: ReadonlyArray<{ key: TopicTable; label: string }> = [
    { key: 'months', label: 'reports.topics.csvMonths' },
    { key: 'financiers', label: 'reports.topics.csvFinanciers' },
  ];

  constructor() {
    void this.store.load();
  }

  protected submit(event: Event, form: HTMLFormElement): void {
    event.preventDefault();
    const period = readPeriodForm(form);
    this.invalid.set(!period);
    if (period) void this.store.load(period);
  }

  protected cell(n: number | null | undefined): string {
    return n === null || n === undefined
      ? this.texts.t('reports.insight.tooFew', { min: this.store.report()?.minGroupSize ?? 5 })
      : String(n);
  }

  protected download(table: TopicTable): Promise<void> {
    return downloadFile(this.document, this.downloading, () => this.store.csv(table));
  }
}
