import { DOCUMENT } from '@angular/common';
import { ChangeDetectionStrategy, Component, inject, input, signal } from '@angular/core';
import { MessageComponent, TranslatePipe, generalErrorKey, useTexts } from '@nabij/platform/portal';
import { MIN_GROUP_SIZE } from '@nabij/reports/contracts';
import type { IntakeTable, ReportFilterOption } from '@nabij/reports/contracts';
import { BarChartComponent } from './bar-chart.component';
import { downloadFile } from './download';
import { ReportPeriodFieldsComponent } from './report-filter-fields.component';
import { readPeriodForm } from './report-form';
import { intakeTexts } from './intake-report.i18n';
import { IntakeReportStore } from './intake-report.store';
import { reportsTexts } from './reports.i18n';

/**
 * "Instroom": how new clients came in — per channel (chart and table), per week or month, and per
 * age band online versus otherwise. Counts only; small age counts are hidden.
 */
@Component({
  selector: 'nb-intake-report',
  styleUrls: ['./reports.shared.css'],
  imports: [TranslatePipe, MessageComponent, BarChartComponent, ReportPeriodFieldsComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <p>{{ 'reports.intake.intro' | t }}</p>
    <form class="report-form inline-form" (submit)="submit($event, form)" #form novalidate>
      <nb-report-period-fields idPrefix="intake" [query]="store.query()" [teams]="teams()" [financiers]="financiers()" [invalid]="invalid()" />
      <div class="button-row">
        <button type="submit" class="button" [attr.aria-busy]="store.loading()">{{ 'reports.show' | t }}</button>
        @for (table of tables; track table.key) {
          <button type="button" class="button button--quiet" (click)="download(table.key)" [disabled]="downloading() || !store.report()?.total" [attr.aria-busy]="downloading()">
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
      } @else if (store.report()?.total === 0) {
        <p>{{ 'reports.intake.empty' | t }}</p>
      }
    </div>

    @if (store.report(); as r) {
      @if (r.total) {
        <dl class="report-kpis">
          <div><dt>{{ 'reports.intake.total' | t }}</dt><dd>{{ r.total }}</dd></div>
          <div><dt>{{ 'reports.intake.youngOnline' | t }}</dt><dd>{{ percent(r.youngPercent.online) }}</dd></div>
          <div><dt>{{ 'reports.intake.youngOther' | t }}</dt><dd>{{ percent(r.youngPercent.other) }}</dd></div>
        </dl>

        <div class="report-charts">
          <nb-bar-chart
            [title]="'reports.intake.chartChannels' | t"
            [bars]="store.channelBars()"
            [labelKeys]="true"
            [labelHeader]="'reports.intake.channel' | t"
            [valueHeader]="'reports.intake.cases' | t"
          />
        </div>

        <div class="table-wrap report-table-wrap" tabindex="0" role="region" aria-labelledby="intake-trend-caption">
          <table class="table table--dense report-table">
            <caption id="intake-trend-caption">{{ 'reports.intake.trendCaption' | t: { bucket: ('reports.intake.bucket.' + r.bucket | t) } }}</caption>
            <thead>
              <tr>
                <th scope="col">{{ 'reports.intake.period' | t }}</th>
                @for (c of r.channels; track c.channel) {
                  <th scope="col">{{ 'reports.intake.channel.' + c.channel | t }}</th>
                }
                <th scope="col">{{ 'reports.intake.totalCol' | t }}</th>
              </tr>
            </thead>
            <tbody>
              @for (p of store.trendRows(); track p.start) {
                <tr>
                  <th scope="row">{{ p.label }}</th>
                  @for (c of r.channels; track c.channel) {
                    <td>{{ p.cases[c.channel] }}</td>
                  }
                  <td class="report-table__total">{{ p.total }}</td>
                </tr>
              }
            </tbody>
          </table>
        </div>

        <div class="table-wrap report-table-wrap" tabindex="0" role="region" aria-labelledby="intake-ages-caption">
          <table class="table report-table">
            <caption id="intake-ages-caption">{{ 'reports.intake.agesCaption' | t }}</caption>
            <thead>
              <tr>
                <th scope="col">{{ 'reports.intake.age' | t }}</th>
                <th scope="col">{{ 'reports.intake.online' | t }}</th>
                <th scope="col">{{ 'reports.intake.other' | t }}</th>
              </tr>
            </thead>
            <tbody>
              @for (a of r.ages; track a.band) {
                <tr>
                  <th scope="row">{{ 'reports.intake.band.' + a.band | t }}</th>
                  <td>{{ a.online ?? ('reports.intake.tooFew' | t: { min: r.minGroupSize }) }}</td>
                  <td>{{ a.other ?? ('reports.intake.tooFew' | t: { min: r.minGroupSize }) }}</td>
                </tr>
              }
            </tbody>
          </table>
        </div>
        <p class="small">{{ 'reports.intake.agesNote' | t: { min: r.minGroupSize } }}</p>
      }
    }
  `,
})
export class IntakeReportComponent {
  protected readonly i18n = useTexts(reportsTexts);
  private readonly texts = useTexts(intakeTexts);
  protected readonly store = inject(IntakeReportStore);
  protected readonly generalErrorKey = generalErrorKey;
  /** Teams to choose from (an admin); a team lead has one and gets no choice. */
  readonly teams = input<ReportFilterOption[]>([]);
  readonly financiers = input<ReportFilterOption[]>([]);
  protected readonly invalid = signal(false);
  protected readonly downloading = signal(false);
  private readonly document = inject(DOCUMENT);
  protected readonly tables: ReadonlyArray<{ key: IntakeTable; label: string }> = [
    { key: 'channels', label: 'reports.intake.csvChannels' },
    { key: 'trend', label: 'reports.intake.csvTrend' },
    { key: 'ages', label: 'reports.intake.csvAges' },
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

  protected percent(value: number | null): string {
    return value === null ? this.texts.t('reports.intake.tooFew', { min: MIN_GROUP_SIZE }) : `${value}%`;
  }

  protected download(table: IntakeTable): Promise<void> {
    return downloadFile(this.document, this.downloading, () => this.store.csv(table));
  }
}
