import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { TranslatePipe } from '@nabij/platform/portal';
import type { ChartBar } from './caseload-report.store';

let nextId = 0;

/**
 * A horizontal bar chart in plain SVG (no chart library: small bundle). The SVG is decorative for
 * screen readers; the same numbers follow in a real table, which is the text alternative.
 */
@Component({
  selector: 'nb-bar-chart',
  styleUrls: ['./bar-chart.component.css', './reports.shared.css'],
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <figure class="chart" [attr.aria-labelledby]="id + '-title'">
      <figcaption [id]="id + '-title'" class="chart__title">{{ title() }}</figcaption>
      <svg class="chart__svg" [attr.viewBox]="'0 0 320 ' + height()" aria-hidden="true" focusable="false">
        @for (bar of scaled(); track bar.label; let i = $index) {
          <text x="0" [attr.y]="i * 28 + 17" class="chart__label">{{ labelKeys() ? (bar.label | t) : bar.label }}</text>
          <rect x="112" [attr.y]="i * 28 + 4" [attr.width]="bar.width" height="18" rx="3" class="chart__bar" />
          <text [attr.x]="116 + bar.width" [attr.y]="i * 28 + 17" class="chart__value">{{ bar.text }}</text>
        }
      </svg>
      <details class="chart__data">
        <summary>{{ 'reports.chartTable' | t }}</summary>
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

  protected readonly id = `nb-chart-${nextId++}`;
  protected readonly height = computed(() => Math.max(1, this.bars().length) * 28 + 4);
  protected readonly scaled = computed(() => {
    const max = Math.max(0, ...this.bars().map((b) => b.value));
    return this.bars().map((b) => ({ ...b, width: max > 0 ? Math.round((b.value / max) * 140) : 0 }));
  });
}
