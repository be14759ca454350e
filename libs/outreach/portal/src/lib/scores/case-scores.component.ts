import { ChangeDetectionStrategy, Component, effect, inject, input, signal, untracked } from '@angular/core';
import type { CaseScores, ScoreSeries } from '@nabij/outreach/contracts';
import { MessageComponent, TranslatePipe, formatAmsterdamDate, useTexts } from '@nabij/platform/portal';
import { firstValueFrom } from 'rxjs';
import { OutreachApi } from '../outreach.api';
import { outreachTexts } from '../outreach.i18n';

const WIDTH = 300;
const HEIGHT = 120;
const PAD_X = 24;
const PAD_Y = 12;

interface Plotted {
  series: ScoreSeries;
  line: string;
  dots: Array<{ x: number; y: number }>;
  /** Where the min and max labels go on the left. */
  top: number;
  bottom: number;
}

/** Each answer as a point: oldest left, newest right; the question's range from bottom to top. */
function plot(series: ScoreSeries): Plotted {
  const n = series.points.length;
  const span = Math.max(1, series.max - series.min);
  const dots = series.points.map((p, i) => ({
    x: n === 1 ? WIDTH / 2 : PAD_X + (i * (WIDTH - 2 * PAD_X)) / (n - 1),
    y: PAD_Y + ((series.max - p.value) * (HEIGHT - 2 * PAD_Y)) / span,
  }));
  return { series, dots, line: dots.map((d) => `${d.x},${d.y}`).join(' '), top: PAD_Y, bottom: HEIGHT - PAD_Y };
}

/**
 * Where the texts come from: the worker's case page uses outreach's staff texts; the client's own
 * dossier passes `dossier.scores`, keys of dossier's client text set (translated for clients).
 */
export type ScoresTexts = 'outreach.scores' | 'dossier.scores';

/**
 * On the worker's case page and in the client's own dossier: the 1–10 answers the client gave in
 * outreach calls, per question over time, as a small line chart with the same figures in a table
 * (the table is what a screen reader reads; the chart is a picture of it). Shows nothing at all for
 * a client who was never called, so the case page stays calm.
 */
@Component({
  selector: 'nb-case-scores',
  imports: [TranslatePipe, MessageComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrl: '../outreach.css',
  template: `
    @if (failed()) {
      <section class="card">
        <nb-message kind="error">{{ key('error') | t }}</nb-message>
      </section>
    } @else if (plotted().length) {
      <section class="card" [attr.aria-labelledby]="caseId() + '-scores'">
        <h2 [id]="caseId() + '-scores'">{{ key('title') | t }}</h2>
        <p class="meta">{{ key('intro') | t }}</p>
        @for (p of plotted(); track p.series.key) {
          <figure class="scores">
            <svg class="scores__chart" [attr.viewBox]="'0 0 ' + width + ' ' + height" role="img" [attr.aria-label]="summary(p.series)" focusable="false">
              <line class="scores__axis" [attr.x1]="padX" [attr.x2]="width - padX / 2" [attr.y1]="p.bottom" [attr.y2]="p.bottom" />
              <text class="scores__label" x="0" [attr.y]="p.top + 4">{{ p.series.max }}</text>
              <text class="scores__label" x="0" [attr.y]="p.bottom + 4">{{ p.series.min }}</text>
              <polyline class="scores__line" [attr.points]="p.line" />
              @for (d of p.dots; track $index) {
                <circle class="scores__dot" [attr.cx]="d.x" [attr.cy]="d.y" r="4" />
              }
            </svg>
            <figcaption>
              <table class="scores__table">
                <caption>{{ p.series.text }}</caption>
                <thead>
                  <tr>
                    <th scope="col">{{ key('date') | t }}</th>
                    <th scope="col">{{ key('value') | t: { min: p.series.min, max: p.series.max } }}</th>
                  </tr>
                </thead>
                <tbody>
                  @for (point of p.series.points; track $index) {
                    <tr>
                      <td>{{ day(point.on) }}</td>
                      <td>{{ point.value }}</td>
                    </tr>
                  }
                </tbody>
              </table>
            </figcaption>
          </figure>
        }
      </section>
    }
  `,
})
export class CaseScoresComponent {
  protected readonly i18n = useTexts(outreachTexts);
  private readonly api = inject(OutreachApi);
  readonly caseId = input.required<string>();
  /** The key prefix of the texts (title, intro, date, value, summary, error); the embedding page registers them. */
  readonly texts = input<ScoresTexts>('outreach.scores');
  protected readonly plotted = signal<Plotted[]>([]);
  protected readonly failed = signal(false);
  protected readonly width = WIDTH;
  protected readonly height = HEIGHT;
  protected readonly padX = PAD_X;

  constructor() {
    effect(() => {
      const caseId = this.caseId();
      untracked(() => void this.load(caseId));
    });
  }

  private async load(caseId: string): Promise<void> {
    try {
      const scores: CaseScores = await firstValueFrom(this.api.caseScores(caseId));
      this.plotted.set(scores.series.map(plot));
      this.failed.set(false);
    } catch {
      this.failed.set(true);
    }
  }

  protected key(name: 'title' | 'intro' | 'date' | 'value' | 'summary' | 'error'): string {
    return `${this.texts()}.${name}`;
  }

  protected day(on: string): string {
    return formatAmsterdamDate(on, this.i18n.locale());
  }

  /** What the chart shows, in words: from the first answer to the last. */
  protected summary(series: ScoreSeries): string {
    const first = series.points[0];
    const last = series.points[series.points.length - 1];
    return this.i18n.t(this.key('summary'), {
      question: series.text,
      count: series.points.length,
      first: first.value,
      firstOn: this.day(first.on),
      last: last.value,
      lastOn: this.day(last.on),
    });
  }
}
