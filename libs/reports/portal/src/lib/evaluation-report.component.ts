import { DOCUMENT } from '@angular/common';
import { ChangeDetectionStrategy, Component, inject, input, signal } from '@angular/core';
import { MessageComponent, TranslatePipe, formatAmsterdamDate, generalErrorKey, useTexts } from '@nabij/platform/portal';
import { MIN_GROUP_SIZE } from '@nabij/reports/contracts';
import type { EvaluationTable, ReportFilterOption } from '@nabij/reports/contracts';
import { BarChartComponent } from './bar-chart.component';
import { downloadFile } from './download';
import { ReportPeriodFieldsComponent } from './report-filter-fields.component';
import { readPeriodForm } from './report-form';
import { evaluationTexts } from './evaluation-report.i18n';
import { EvaluationReportStore, score } from './evaluation-report.store';
import { reportsTexts } from './reports.i18n';
import { TrendChartComponent } from './trend-chart.component';

/**
 * "Evaluaties": the three questions after chats and closed message threads, per team and channel,
 * with a trend and the remarks — aggregates only, groups under five suppressed, remarks without names.
 */
@Component({
  selector: 'nb-evaluation-report',
  styleUrls: ['./reports.shared.css'],
  imports: [TranslatePipe, MessageComponent, BarChartComponent, TrendChartComponent, ReportPeriodFieldsComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    .evaluation-remarks {
      margin: 0 0 1rem;
      padding-inline-start: 1.25rem;
    }
    .evaluation-remarks li {
      margin-bottom: 0.25rem;
    }
  `,
  template: `
    <p>{{ 'reports.eval.intro' | t: { min: minGroupSize } }}</p>
    <form class="report-form inline-form" (submit)="submit($event, form)" #form novalidate>
      <nb-report-period-fields idPrefix="eval" [query]="store.query()" [teams]="teams()" [invalid]="invalid()" />
      <div class="button-row">
        <button type="submit" class="button" [attr.aria-busy]="store.loading()">{{ 'reports.show' | t }}</button>
        @for (table of tables; track table.key) {
          <button type="button" class="button button--quiet" (click)="download(table.key)" [disabled]="downloading() || !store.groups().length" [attr.aria-busy]="downloading()">
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
      } @else if (store.report() && !store.groups().length) {
        <p>{{ 'reports.eval.empty' | t }}</p>
      }
    </div>

    @if (store.report(); as r) {
      @if (store.groups().length) {
        <div class="table-wrap report-table-wrap" tabindex="0" role="region" aria-labelledby="eval-caption">
          <table class="table report-table">
            <caption id="eval-caption">{{ 'reports.eval.caption' | t: { from: day(r.from), to: day(r.to) } }}</caption>
            <thead>
              <tr>
                <th scope="col">{{ 'reports.team' | t }}</th>
                <th scope="col">{{ 'reports.eval.channel' | t }}</th>
                <th scope="col">{{ 'reports.eval.answers' | t }}</th>
                <th scope="col">{{ 'reports.eval.helpful' | t }}</th>
                <th scope="col">{{ 'reports.eval.understood' | t }}</th>
                <th scope="col">{{ 'reports.eval.again' | t }}</th>
                <th scope="col">{{ 'reports.eval.skipped' | t }}</th>
              </tr>
            </thead>
            <tbody>
              @for (g of store.groups(); track g.teamId + g.channel) {
                <tr [attr.data-group]="(g.team ?? '-') + '|' + g.channel">
                  <th scope="row" class="report-table__kind">{{ g.team ?? ('reports.eval.noTeam' | t) }}</th>
                  <td>{{ 'reports.eval.channel.' + g.channel | t }}</td>
                  @if (g.suppressed) {
                    <td colspan="5">{{ 'reports.eval.tooFew' | t: { min: r.minGroupSize } }}</td>
                  } @else {
                    <td>{{ g.answers }}</td>
                    <td>{{ score(g.helpfulAverage) }}</td>
                    <td>{{ score(g.understoodAverage) }}</td>
                    <td>{{ g.againPercent }}%</td>
                    <td>{{ g.channel === 'message' ? g.skipped : '–' }}</td>
                  }
                </tr>
              }
            </tbody>
          </table>
        </div>

        <div class="report-charts">
          @if (store.helpfulBars().length) {
            <nb-bar-chart
              [title]="'reports.eval.chartHelpful' | t"
              [bars]="store.helpfulBars()"
              [labelHeader]="'reports.team' | t"
              [valueHeader]="'reports.eval.helpful' | t"
            />
          }
          @for (line of store.againTrend(); track line.channel) {
            <nb-trend-chart
              [title]="'reports.eval.chartAgain' | t: { channel: ('reports.eval.channel.' + line.channel | t), bucket: ('reports.eval.bucket.' + r.bucket | t) }"
              [points]="line.points"
              [labelHeader]="'reports.period' | t"
              [valueHeader]="'reports.eval.again' | t"
              [detailHeader]="'reports.eval.answers' | t"
            />
          }
        </div>

        <h2 class="report-section-title" id="eval-remarks">{{ 'reports.eval.remarks' | t }}</h2>
        <p class="small">{{ 'reports.eval.remarksIntro' | t: { min: r.minGroupSize } }}</p>
        @for (g of store.remarks(); track g.teamId + g.channel) {
          <h3>{{ g.team ?? ('reports.eval.noTeam' | t) }} · {{ 'reports.eval.channel.' + g.channel | t }}</h3>
          <ul class="evaluation-remarks">
            @for (remark of g.remarks; track $index) {
              <li>{{ remark }}</li>
            }
          </ul>
        } @empty {
          <p>{{ 'reports.eval.noRemarks' | t }}</p>
        }
      }
    }
  `,
})
export class EvaluationReportComponent {
  protected readonly i18n = useTexts(reportsTexts);
  private readonly texts = useTexts(evaluationTexts);
  protected readonly store = inject(EvaluationReportStore);
  protected readonly generalErrorKey = generalErrorKey;
  /** Teams to choose from (an admin); a team lead has one and gets no choice. */
  readonly teams = input<ReportFilterOption[]>([]);
  protected readonly minGroupSize = MIN_GROUP_SIZE;
  protected readonly invalid = signal(false);
  protected readonly downloading = signal(false);
  private readonly document = inject(DOCUMENT);
  protected readonly tables: ReadonlyArray<{ key: EvaluationTable; label: string }> = [
    { key: 'groups', label: 'reports.eval.csvGroups' },
    { key: 'trend', label: 'reports.eval.csvTrend' },
    { key: 'remarks', label: 'reports.eval.csvRemarks' },
  ];

  constructor() {
    void this.store.load();
  }

  protected submit(event: Event, form: HTMLFormElement): void {
    event.preventDefault();
    const period = readPeriodForm(form);
    this.invalid.set(!period);
    if (period) void this.store.load({ from: period.from, to: period.to, teamId: period.teamId });
  }

  protected score(value: number | null): string {
    return score(value, this.texts.locale());
  }

  /** "1 januari 2026" in the page's language, not the ISO date the API sends. */
  protected day(date: string): string {
    return formatAmsterdamDate(date, this.i18n.locale());
  }

  protected download(table: EvaluationTable): Promise<void> {
    return downloadFile(this.document, this.downloading, () => this.store.csv(table));
  }
}
