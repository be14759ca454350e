import { DOCUMENT } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { MessageComponent, TranslatePipe, generalErrorKey, useTexts } from '@nabij/platform/portal';
import type { ReportFilterOption } from '@nabij/reports/contracts';
import { BarChartComponent } from './bar-chart.component';
import type { ChartBar } from './caseload-report.store';
import { downloadFile } from './download';
import { insightTexts } from './insight-report.i18n';
import { ExtensionReportStore } from './insight-report.store';
import { ReportPeriodFieldsComponent } from './report-filter-fields.component';
import { readPeriodForm } from './report-form';
import { reportsTexts } from './reports.i18n';

/**
 * "Extra gesprekken": the workers' requests for more conversations than the organisation's limit,
 * per team in the period (requested, approved, refused, still waiting, conversations added). Counts of
 * staff requests, nothing of the client: no group is hidden.
 */
@Component({
  selector: 'nb-extension-report',
  styleUrls: ['./reports.shared.css'],
  imports: [TranslatePipe, MessageComponent, BarChartComponent, ReportPeriodFieldsComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <p>{{ 'reports.extensions.intro' | t }}</p>
    <form class="report-form inline-form" (submit)="submit($event, form)" #form novalidate>
      <nb-report-period-fields idPrefix="extensions" [query]="store.query()" [teams]="teams()" [invalid]="invalid()" />
      <div class="button-row">
        <button type="submit" class="button" [attr.aria-busy]="store.loading()">{{ 'reports.show' | t }}</button>
        <button type="button" class="button button--quiet" (click)="download()" [disabled]="downloading() || !store.report()?.total?.requested" [attr.aria-busy]="downloading()">
          {{ 'reports.extensions.csv' | t }}
        </button>
      </div>
    </form>

    <div aria-live="polite" class="report-status">
      @if (store.loading()) {
        <p>{{ 'reports.loading' | t }}</p>
      } @else if (store.error(); as error) {
        <nb-message kind="error">{{ generalErrorKey(error) | t }}</nb-message>
      } @else if (store.report() && !store.report()!.total.requested) {
        <p>{{ 'reports.extensions.empty' | t }}</p>
      }
    </div>

    @if (store.report(); as r) {
      @if (r.total.requested) {
        <section class="report-charts">
          <nb-bar-chart [title]="'reports.extensions.chart' | t" [bars]="bars()" [labelHeader]="'reports.team' | t" [valueHeader]="'reports.extensions.requested' | t" />
        </section>
        <div class="table-wrap report-table-wrap" tabindex="0" role="region" aria-labelledby="extensions-caption">
          <table class="table report-table">
            <caption id="extensions-caption">{{ 'reports.extensions.caption' | t }}</caption>
            <thead>
              <tr>
                <th scope="col">{{ 'reports.team' | t }}</th>
                <th scope="col">{{ 'reports.extensions.requested' | t }}</th>
                <th scope="col">{{ 'reports.extensions.approved' | t }}</th>
                <th scope="col">{{ 'reports.extensions.refused' | t }}</th>
                <th scope="col">{{ 'reports.extensions.pending' | t }}</th>
                <th scope="col">{{ 'reports.extensions.extra' | t }}</th>
              </tr>
            </thead>
            <tbody>
              @for (row of r.teams; track row.teamId) {
                <tr>
                  <th scope="row" class="report-table__kind">{{ row.teamName ?? ('reports.extensions.noTeam' | t) }}</th>
                  <td>{{ row.requested }}</td>
                  <td>{{ row.approved }}</td>
                  <td>{{ row.refused }}</td>
                  <td>{{ row.pending }}</td>
                  <td>{{ row.extraApproved }}</td>
                </tr>
              }
            </tbody>
            <tfoot>
              <tr>
                <th scope="row">{{ 'reports.extensions.total' | t }}</th>
                <td>{{ r.total.requested }}</td>
                <td>{{ r.total.approved }}</td>
                <td>{{ r.total.refused }}</td>
                <td>{{ r.total.pending }}</td>
                <td>{{ r.total.extraApproved }}</td>
              </tr>
            </tfoot>
          </table>
        </div>
      }
    }
  `,
})
export class ExtensionReportComponent {
  protected readonly i18n = useTexts(reportsTexts);
  private readonly texts = useTexts(insightTexts);
  protected readonly store = inject(ExtensionReportStore);
  protected readonly generalErrorKey = generalErrorKey;
  readonly teams = input<ReportFilterOption[]>([]);
  protected readonly invalid = signal(false);
  protected readonly downloading = signal(false);
  private readonly document = inject(DOCUMENT);

  /** Requests per team as bars, with how many were approved in the bar's text. */
  protected readonly bars = computed<ChartBar[]>(() =>
    (this.store.report()?.teams ?? []).map((row) => ({
      label: row.teamName ?? this.texts.t('reports.extensions.noTeam'),
      value: row.requested,
      text: this.texts.t('reports.extensions.barText', { requested: row.requested, approved: row.approved }),
    })),
  );

  constructor() {
    void this.store.load();
  }

  protected submit(event: Event, form: HTMLFormElement): void {
    event.preventDefault();
    const period = readPeriodForm(form);
    this.invalid.set(!period);
    if (period) void this.store.load({ from: period.from, to: period.to, teamId: period.teamId });
  }

  protected download(): Promise<void> {
    return downloadFile(this.document, this.downloading, () => this.store.csv());
  }
}
