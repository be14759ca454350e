import { DOCUMENT } from '@angular/common';
import { ChangeDetectionStrategy, Component, inject, input, signal } from '@angular/core';
import { ApiError, MessageComponent, TranslatePipe, generalErrorKey, toApiError, useTexts } from '@nabij/platform/portal';
import type { ReportFilterOption } from '@nabij/reports/contracts';
import { BarChartComponent } from './bar-chart.component';
import { downloadFile } from './download';
import { insightTexts } from './insight-report.i18n';
import { OnlineTargetStore } from './insight-report.store';
import { reportsTexts } from './reports.i18n';
import { ReportTeamFieldComponent } from './report-filter-fields.component';

/**
 * "Online doelen": per financier the share of cases that used the online dossier in a year, against
 * the target, with the open cases that could still go online. An admin sets the targets here.
 */
@Component({
  selector: 'nb-online-target-report',
  styleUrls: ['./reports.shared.css'],
  imports: [TranslatePipe, MessageComponent, BarChartComponent, ReportTeamFieldComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <p>{{ 'reports.targets.intro' | t }}</p>
    <form class="report-form inline-form" (submit)="submit($event, form)" #form novalidate>
      <div class="field">
        <label class="field-label" for="targets-year">{{ 'reports.targets.year' | t }}</label>
        <input class="input" id="targets-year" name="year" type="number" inputmode="numeric" min="2000" max="2100" required [value]="store.query().year" />
      </div>
      <nb-report-team-field idPrefix="targets" [teams]="teams()" [selected]="store.query().teamId" />
      <nb-message kind="error" [show]="invalid()">{{ 'reports.invalidPeriod' | t }}</nb-message>
      <div class="button-row">
        <button type="submit" class="button" [attr.aria-busy]="store.loading()">{{ 'reports.show' | t }}</button>
        <button type="button" class="button button--quiet" (click)="download()" [disabled]="downloading() || !store.report()" [attr.aria-busy]="downloading()">
          {{ 'reports.insight.csv' | t }}
        </button>
      </div>
    </form>

    <div aria-live="polite" class="report-status">
      @if (store.loading()) {
        <p>{{ 'reports.loading' | t }}</p>
      } @else if (store.error(); as error) {
        <nb-message kind="error">{{ generalErrorKey(error) | t }}</nb-message>
      } @else if (saved()) {
        <nb-message kind="success">{{ 'reports.targets.saved' | t }}</nb-message>
      }
    </div>

    @if (store.report(); as r) {
      @if (store.bars().length) {
        <div class="report-charts">
          <nb-bar-chart
            [title]="'reports.targets.chart' | t"
            [bars]="store.bars()"
            [labelHeader]="'reports.insight.financier' | t"
            [valueHeader]="'reports.targets.actual' | t"
          />
        </div>
      }
      <div class="table-wrap report-table-wrap" tabindex="0" role="region" aria-labelledby="targets-caption">
        <table class="table report-table">
          <caption id="targets-caption">{{ 'reports.targets.caption' | t: { year: r.year } }}</caption>
          <thead>
            <tr>
              <th scope="col">{{ 'reports.insight.financier' | t }}</th>
              <th scope="col">{{ 'reports.targets.cases' | t }}</th>
              <th scope="col">{{ 'reports.targets.online' | t }}</th>
              <th scope="col">{{ 'reports.targets.actual' | t }}</th>
              <th scope="col">{{ 'reports.targets.target' | t }}</th>
              <th scope="col">{{ 'reports.targets.movable' | t }}</th>
            </tr>
          </thead>
          <tbody>
            @for (row of r.rows; track row.financierId) {
              <tr>
                <th scope="row">{{ row.financier }}</th>
                <td>{{ count(row.cases, row.cases) }}</td>
                <td>{{ count(row.online, row.cases) }}</td>
                <td>{{ percent(row.actualPercent, row.cases) }}</td>
                <td>{{ row.targetPercent === null ? ('reports.targets.noTarget' | t) : row.targetPercent + '%' }}</td>
                <td>{{ count(row.movable, row.cases) }}</td>
              </tr>
            }
            <tr class="report-table__total">
              <th scope="row">{{ 'reports.targets.total' | t }}</th>
              <td>{{ count(r.total.cases, r.total.cases) }}</td>
              <td>{{ count(r.total.online, r.total.cases) }}</td>
              <td>{{ percent(r.total.actualPercent, r.total.cases) }}</td>
              <td></td>
              <td>{{ count(r.total.movable, r.total.cases) }}</td>
            </tr>
          </tbody>
        </table>
      </div>
      <p class="small">{{ 'reports.targets.movableNote' | t }} {{ 'reports.insight.tooFewNote' | t: { min: r.minGroupSize } }}</p>

      @if (canSetTargets()) {
        <form class="card report-form" (submit)="saveTarget($event, targetForm)" #targetForm novalidate>
          <div class="report-form__row">
            @for (row of r.rows; track row.financierId) {
              <div class="field">
                <label class="field-label" [for]="'target-' + row.financierId">
                  {{ 'reports.targets.setTarget' | t: { financier: row.financier, year: r.year } }}
                </label>
                <input
                  class="input"
                  type="number"
                  inputmode="numeric"
                  min="0"
                  max="100"
                  [id]="'target-' + row.financierId"
                  [name]="row.financierId"
                  [value]="row.targetPercent ?? ''"
                  [attr.aria-invalid]="badTarget() === row.financierId || null"
                  [attr.aria-describedby]="badTarget() === row.financierId ? 'target-error' : null"
                />
              </div>
            }
          </div>
          <nb-message kind="error" id="target-error" [show]="!!badTarget()">{{ 'reports.targets.invalid' | t }}</nb-message>
          @if (saveError(); as error) {
            <nb-message kind="error">{{ generalErrorKey(error) | t }}</nb-message>
          }
          <button type="submit" class="button" [disabled]="saving()" [attr.aria-busy]="saving()">{{ 'reports.targets.save' | t }}</button>
        </form>
      }
    }
  `,
})
export class OnlineTargetReportComponent {
  protected readonly i18n = useTexts(reportsTexts);
  private readonly texts = useTexts(insightTexts);
  protected readonly store = inject(OnlineTargetStore);
  protected readonly generalErrorKey = generalErrorKey;
  /** Teams to choose from (an admin); a team lead has one and gets no choice. */
  readonly teams = input<ReportFilterOption[]>([]);
  /** An admin sets targets; a team lead only reads them. */
  readonly canSetTargets = input(false);
  protected readonly invalid = signal(false);
  protected readonly downloading = signal(false);
  protected readonly saving = signal(false);
  protected readonly saved = signal(false);
  protected readonly badTarget = signal<string | null>(null);
  protected readonly saveError = signal<ApiError | null>(null);
  private readonly document = inject(DOCUMENT);

  constructor() {
    void this.store.load();
  }

  protected submit(event: Event, form: HTMLFormElement): void {
    event.preventDefault();
    const data = new FormData(form);
    const year = Number(data.get('year'));
    if (!Number.isInteger(year) || year < 2000 || year > 2100) {
      this.invalid.set(true);
      return;
    }
    this.invalid.set(false);
    this.saved.set(false);
    void this.store.load({ year, teamId: String(data.get('teamId') ?? '') || undefined });
  }

  /** Saves every target that changed; a field that is not a whole number 0–100 stops it, named. */
  protected async saveTarget(event: Event, form: HTMLFormElement): Promise<void> {
    event.preventDefault();
    const report = this.store.report();
    if (!report) return;
    const data = new FormData(form);
    const changes: Array<[string, number]> = [];
    for (const row of report.rows) {
      const raw = String(data.get(row.financierId) ?? '').trim();
      if (raw === '' && row.targetPercent === null) continue;
      const value = Number(raw);
      if (raw === '' || !Number.isInteger(value) || value < 0 || value > 100) {
        this.badTarget.set(row.financierId);
        this.document.getElementById(`target-${row.financierId}`)?.focus();
        return;
      }
      if (value !== row.targetPercent) changes.push([row.financierId, value]);
    }
    this.badTarget.set(null);
    this.saveError.set(null);
    this.saving.set(true);
    try {
      for (const [financierId, value] of changes) await this.store.setTarget(financierId, value);
      this.saved.set(true);
    } catch (err) {
      this.saveError.set(toApiError(err));
    } finally {
      this.saving.set(false);
    }
  }

  /** A count, or "minder dan 5" when the financier's cases are hidden. */
  protected count(value: number | null, cases: number | null): string {
    return cases === null ? this.tooFew() : String(value ?? '');
  }

  protected percent(value: number | null, cases: number | null): string {
    if (cases === null) return this.tooFew();
    return value === null ? '–' : `${value}%`;
  }

  private tooFew(): string {
    return this.texts.t('reports.insight.tooFew', { min: this.store.report()?.minGroupSize ?? 5 });
  }

  protected download(): Promise<void> {
    return downloadFile(this.document, this.downloading, () => this.store.csv());
  }
}
