import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { TranslatePipe } from '@nabij/platform/portal';
import { saveChartCsv } from './chart-csv';
import type { TrendPoint } from './caseload-report.store';

let nextId = 0;

const WIDTH = 320;
const HEIGHT = 150;
const LEFT = 44;
const TOP = 8;
const PLOT_H = 100;

/**
 * A percentage over time as a line in plain SVG (0–100%, with a dashed target line). Like the bar
 * chart the SVG is hidden from screen readers; the numbers follow in a real table. Buckets without
 * data break the line instead of pretending 0%.
 */
@Component({
  selector: 'nb-trend-chart',
  styleUrls: ['./trend-chart.component.css', './reports.shared.css'],
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <figure class="chart" [attr.aria-labelledby]="id + '-title'">
      <figcaption [id]="id + '-title'" class="chart__title">{{ title() }}</figcaption>
      <svg class="chart__svg" [attr.viewBox]="'0 0 ' + width + ' ' + height" aria-hidden="true" focusable="false">
        @for (tick of ticks; track tick) {
          <line [attr.x1]="left" [attr.x2]="width" [attr.y1]="y(tick)" [attr.y2]="y(tick)" class="chart__grid" />
          <text x="0" [attr.y]="y(tick) + 5" class="chart__label">{{ tick }}%</text>
        }
        @if (target() !== null) {
          <line [attr.x1]="left" [attr.x2]="width" [attr.y1]="y(target()!)" [attr.y2]="y(target()!)" class="chart__target" />
        }
        @for (segment of segments(); track $index) {
          <polyline [attr.points]="segment" class="chart__line" />
        }
        @for (p of plotted(); track p.start) {
          @if (p.y !== null) {
            <circle [attr.cx]="p.x" [attr.cy]="p.y" r="3" class="chart__dot" />
          }
        }
        @if (plotted().length) {
          <text [attr.x]="left" [attr.y]="height - 4" class="chart__label">{{ plotted()[0].short }}</text>
          <text [attr.x]="width" [attr.y]="height - 4" text-anchor="end" class="chart__label">{{ plotted()[plotted().length - 1].short }}</text>
        }
      </svg>
      <details class="chart__data">
        <summary>{{ 'reports.chartTable' | t }}</summary>
        <div class="table-wrap" role="region" tabindex="0" [attr.aria-labelledby]="id + '-title'">
          <table class="table table--dense">
            <thead>
              <tr><th scope="col">{{ labelHeader() }}</th><th scope="col">{{ valueHeader() }}</th><th scope="col">{{ detailHeader() }}</th></tr>
            </thead>
            <tbody>
              @for (p of points(); track p.start) {
                <tr><th scope="row">{{ p.label }}</th><td>{{ p.text }}</td><td>{{ p.detail }}</td></tr>
              }
            </tbody>
          </table>
        </div>
        <button type="button" class="button button--quiet button--small chart__csv" (click)="download()">{{ 'reports.chartCsv' | t }}</button>
      </details>
    </figure>
  `,
})
export class TrendChartComponent {
  readonly title = input.required<string>();
  readonly points = input.required<TrendPoint[]>();
  readonly labelHeader = input('');
  readonly valueHeader = input('');
  readonly detailHeader = input('');
  /** A dashed reference line, e.g. a 90% target; null for none. */
  readonly target = input<number | null>(null);

  protected readonly id = `nb-trend-${nextId++}`;

  /** The table's numbers as a Dutch-Excel CSV: the percentage as a number (empty without data). */
  protected download(): void {
    saveChartCsv(
      this.title(),
      [this.labelHeader(), this.valueHeader(), this.detailHeader()],
      this.points().map((p) => [p.label, p.value, p.detail]),
    );
  }
  protected readonly width = WIDTH;
  protected readonly height = HEIGHT;
  protected readonly left = LEFT;
  protected readonly ticks = [0, 50, 100];

  protected y(percent: number): number {
    return TOP + PLOT_H - (Math.max(0, Math.min(100, percent)) / 100) * PLOT_H;
  }

  protected readonly plotted = computed(() => {
    const points = this.points();
    const step = points.length > 1 ? (WIDTH - LEFT - 6) / (points.length - 1) : 0;
    return points.map((p, i) => ({
      start: p.start,
      short: p.short,
      x: Math.round(LEFT + 3 + i * step),
      y: p.value === null ? null : Math.round(this.y(p.value)),
    }));
  });

  /** Polylines between consecutive buckets with data; a bucket without data breaks the line. */
  protected readonly segments = computed(() => {
    const segments: string[] = [];
    let current: string[] = [];
    for (const p of this.plotted()) {
      if (p.y === null) {
        if (current.length) segments.push(current.join(' '));
        current = [];
      } else current.push(`${p.x},${p.y}`);
    }
    if (current.length) segments.push(current.join(' '));
    return segments;
  });
}
