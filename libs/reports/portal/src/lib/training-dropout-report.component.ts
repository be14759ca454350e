import { DOCUMENT } from '@angular/common';
import { ChangeDetectionStrategy, Component, inject, input, signal } from '@angular/core';
import { MessageComponent, TranslatePipe, generalErrorKey, useTexts } from '@nabij/platform/portal';
import type { ReportFilterOption, TrainingCourseFigures, TrainingDropoutTable } from '@nabij/reports/contracts';
import { BarChartComponent } from './bar-chart.component';
import type { ChartBar } from './caseload-report.store';
import { downloadFile } from './download';
import { ReportPeriodFieldsComponent } from './report-filter-fields.component';
import { readPeriodForm } from './report-form';
import { insightTexts } from './insight-report.i18n';
import { TrainingDropoutStore } from './insight-report.store';
import { reportsTexts } from './reports.i18n';

/**
 * "Trainingen": per course who started in the period, finished, is going, stalled or stopped; per
 * module where they dropped out (chart and table); the trainer's median response time on homework.
 */
@Component({
  selector: 'nb-training-dropout-report',
  styleUrls: ['./reports.shared.css'],
  imports: [TranslatePipe, MessageComponent, BarChartComponent, ReportPeriodFieldsComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (store.report(); as r) {
      <p>{{ 'reports.trainings.intro' | t: { stall: r.stallDays, stop: r.stopDays } }}</p>
    } @else {
      <p>{{ 'reports.trainings.intro' | t: { stall: 14, stop: 42 } }}</p>
    }
    <form class="report-form inline-form" (submit)="submit($event, form)" #form novalidate>
      <nb-report-period-fields idPrefix="trainings" [query]="store.query()" [teams]="teams()" [invalid]="invalid()" />
      <div class="button-row">
        <button type="submit" class="button" [attr.aria-busy]="store.loading()">{{ 'reports.show' | t }}</button>
        @for (table of tables; track table.key) {
          <button type="button" class="button button--quiet" (click)="download(table.key)" [disabled]="downloading() || !store.report()?.courses?.length" [attr.aria-busy]="downloading()">
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
      } @else if (store.report()?.courses?.length === 0) {
        <p>{{ 'reports.trainings.empty' | t }}</p>
      }
    </div>

    @if (store.report(); as r) {
      @if (r.courses.length) {
        <div class="table-wrap report-table-wrap" tabindex="0" role="region" aria-labelledby="trainings-caption">
          <table class="table report-table">
            <caption id="trainings-caption">{{ 'reports.trainings.caption' | t }}</caption>
            <thead>
              <tr>
                <th scope="col">{{ 'reports.trainings.course' | t }}</th>
                <th scope="col">{{ 'reports.trainings.started' | t }}</th>
                <th scope="col">{{ 'reports.trainings.finished' | t }}</th>
                <th scope="col">{{ 'reports.trainings.active' | t }}</th>
                <th scope="col">{{ 'reports.trainings.stalled' | t }}</th>
                <th scope="col">{{ 'reports.trainings.stopped' | t }}</th>
                <th scope="col">{{ 'reports.trainings.response' | t }}</th>
              </tr>
            </thead>
            <tbody>
              @for (c of r.courses; track c.trainingId) {
                <tr>
                  <th scope="row" class="report-table__kind">{{ c.title }}</th>
                  <td>{{ cell(c.started) }}</td>
                  <td>{{ cell(c.finished) }}</td>
                  <td>{{ cell(c.active) }}</td>
                  <td>{{ cell(c.stalled) }}</td>
                  <td>{{ cell(c.stopped) }}</td>
                  <td>{{ response(c) }}</td>
                </tr>
              }
            </tbody>
          </table>
        </div>
        <p class="small">{{ 'reports.trainings.responseNote' | t }} {{ 'reports.insight.tooFewNote' | t: { min: r.minGroupSize } }}</p>

        @for (c of r.courses; track c.trainingId) {
          @if (c.started !== null) {
            <section class="report-charts" [attr.aria-labelledby]="'modules-' + c.trainingId">
              <nb-bar-chart
                [title]="'reports.trainings.chart' | t: { course: c.title }"
                [bars]="dropBars(c)"
                [labelHeader]="'reports.trainings.module' | t"
                [valueHeader]="'reports.trainings.dropped' | t"
              />
              <div class="table-wrap report-table-wrap" tabindex="0" role="region" [attr.aria-labelledby]="'modules-' + c.trainingId">
                <table class="table table--dense report-table">
                  <caption [id]="'modules-' + c.trainingId">{{ 'reports.trainings.modulesCaption' | t: { course: c.title } }}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{{ 'reports.trainings.module' | t }}</th>
                      <th scope="col">{{ 'reports.trainings.reached' | t }}</th>
                      <th scope="col">{{ 'reports.trainings.passed' | t }}</th>
                      <th scope="col">{{ 'reports.trainings.dropped' | t }}</th>
                    </tr>
                  </thead>
                  <tbody>
                    @for (m of c.modules; track m.position) {
                      <tr>
                        <th scope="row" class="report-table__kind">{{ m.position }}. {{ m.title }}</th>
                        <td>{{ cell(m.reached) }}</td>
                        <td>{{ cell(m.passed) }}</td>
                        <td>{{ cell(m.droppedHere) }}</td>
                      </tr>
                    }
                  </tbody>
                </table>
              </div>
            </section>
          }
        }
      }
    }
  `,
})
export class TrainingDropoutReportComponent {
  protected readonly i18n = useTexts(reportsTexts);
  private readonly texts = useTexts(insightTexts);
  protected readonly store = inject(TrainingDropoutStore);
  protected readonly generalErrorKey = generalErrorKey;
  readonly teams = input<ReportFilterOption[]>([]);
  protected readonly invalid = signal(false);
  protected readonly downloading = signal(false);
  private readonly document = inject(DOCUMENT);
  protected readonly tables: ReadonlyArray<{ key: TrainingDropoutTable; label: string }> = [
    { key: 'courses', label: 'reports.trainings.csvCourses' },
    { key: 'modules', label: 'reports.trainings.csvModules' },
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

  protected cell(n: number | null): string {
    return n === null ? this.texts.t('reports.insight.tooFew', { min: this.store.report()?.minGroupSize ?? 5 }) : String(n);
  }

  /** "21,5 uur · 2 wacht" in the page's language; "geen huiswerk" when nothing was sent in. */
  protected response(c: TrainingCourseFigures): string {
    const parts: string[] = [];
    if (c.medianResponseHours !== null)
      parts.push(this.texts.t('reports.trainings.hours', { hours: c.medianResponseHours.toLocaleString(this.texts.locale()) }));
    if (c.waiting) parts.push(this.texts.t('reports.trainings.waiting', { count: c.waiting }));
    return parts.length ? parts.join(' · ') : this.texts.t('reports.trainings.noHomework');
  }

  protected download(table: TrainingDropoutTable): Promise<void> {
    return downloadFile(this.document, this.downloading, () => this.store.csv(table));
  }

  /** Drop-out per module as bars; a hidden count (1–4) is drawn as 0 with "minder dan 5" as its text. */
  protected dropBars(c: TrainingCourseFigures): ChartBar[] {
    return c.modules.map((m) => ({ label: `${m.position}. ${m.title}`, value: m.droppedHere ?? 0, text: this.cell(m.droppedHere) }));
  }
}
