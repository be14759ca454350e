import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { TranslatePipe, useTexts } from '@nabij/platform/portal';
import { saveChartCsv } from './chart-csv';
import { reportsTexts } from './reports.i18n';
import type { ChartBar } from './caseload-report.store';

let nextId = 0;

/**
 * A horizontal bar chart in plain HTML and CSS (no chart library: small bundle), so its labels are
 * real text at the page's size on any screen width. The bars are hidden from screen readers; the
 * same numbers follow in a real table, which is the text alternative.
 */
@Component({
  selector: 'nb-bar-chart',
  styleUrls: ['./bar-chart.component.css', './reports.shared.css'],
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <figure class="chart" [attr.aria-labelledby]="id + '-title'">
      <figcaption [id]="id + '-title'" class="chart__title">{{ title() }}</figcaption>
      <div class="chart__bars" aria-hidden="true">
        @for (bar of scaled(); track bar.label) {
          <div class="chart__row">
            <span class="chart__label">{{ labelKeys() ? (bar.label | t) : bar.label }}</span>
            <span class="chart__track"><span class="chart__bar" [style.width.%]="bar.percent"></span></span>
            <span class="chart__value">{{ bar.text }}</span>
          </div>
        }
      </div>
      <details class="chart__data">
        <summary>{{ 'reports.chartTable' | t }}</summary>
        <div class="table-wrap" role="region" tabindex="0" [attr.aria-labelledby]="id + '-title'">
          <table class="table">
            <thead>
              <tr><th scope="col">{{ labelHeader() }}</th><th scope="col">{{ valueHeader() }}</th></tr>
            </thead>
            <tbody>
              @for (bar of bars(); track bar.label) {
                <tr><th scope="row">{{ labelKeys() ? (bar.label | t) : bar.label }}</th><td>{{ bar.text }}</td></tr>
              }
            </tbody>
          </table>
        </div>
        <button type="button" class="button button--quiet button--small chart__csv" (click)="download()">{{ 'reports.chartCsv' | t }}</button>
      </details>
    </figure>
  `,
})
export class BarChartComponent {
  readonly title = input.required<string>();
  readonly bars = input.required<ChartBar[]>();
  readonly labelHeader = input('');
  readonly valueHeader = input('');
  /** True when the labels are i18n keys. */
  readonly labelKeys = input(false);

  private readonly i18n = useTexts(reportsTexts);
  protected readonly id = `nb-chart-${nextId++}`;

  /** The table's numbers as a Dutch-Excel CSV (hours with a decimal comma, not the rounded text). */
  protected download(): void {
    const label = (l: string) => (this.labelKeys() ? this.i18n.t(l) : l);
    saveChartCsv(
      this.title(),
      [this.labelHeader(), this.valueHeader()],
      this.bars().map((b) => [label(b.label), b.value]),
    );
  }
  protected readonly scaled = computed(() => {
    const max = Math.max(0, ...this.bars().map((b) => b.value));
    return this.bars().map((b) => ({ ...b, percent: max > 0 ? Math.round((b.value / max) * 100) : 0 }));
  });
}
