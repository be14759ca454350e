import { Injectable, computed, inject } from '@angular/core';
import { useTexts } from '@nabij/platform/portal';
import { EVALUATION_CHANNELS } from '@nabij/reports/contracts';
import type { EvaluationChannel, EvaluationQuery, EvaluationReport, EvaluationTable } from '@nabij/reports/contracts';
import { firstValueFrom } from 'rxjs';
import { ChartBar, TrendPoint, bucketLabels, yearPeriod } from './caseload-report.store';
import { evaluationTexts } from './evaluation-report.i18n';
import { QueryReport } from './query-report';
import { ReportsApi } from './reports.api';

/** A score as the page writes it: one decimal, a decimal comma in Dutch. */
export function score(value: number | null, locale: string): string {
  return value === null ? '–' : value.toLocaleString(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
}

/** The "Evaluaties" tab: the evaluation report for a period (default this year) and team. */
@Injectable({ providedIn: 'root' })
export class EvaluationReportStore {
  private readonly api = inject(ReportsApi);
  private readonly i18n = useTexts(evaluationTexts);

  private readonly data = new QueryReport<EvaluationQuery, EvaluationReport>(yearPeriod(new Date().getFullYear()), (q) =>
    this.api.evaluations(q),
  );

  readonly query = this.data.query;
  readonly report = this.data.report;
  readonly loading = this.data.loading;
  readonly error = this.data.error;
  readonly groups = computed(() => this.report()?.groups ?? []);
  readonly remarks = computed(() => this.report()?.remarks ?? []);

  /** "Heeft geholpen" per shown group, team and channel in the label. */
  readonly helpfulBars = computed<ChartBar[]>(() => {
    const t = (key: string, params?: Record<string, string | number>) => this.i18n.t(key, params);
    const locale = this.i18n.locale();
    return this.groups()
      .filter((g) => !g.suppressed)
      .map((g) => ({
        label: `${g.team ?? t('reports.eval.noTeam')} · ${t(`reports.eval.channel.${g.channel}`)}`,
        value: g.helpfulAverage!,
        text: score(g.helpfulAverage, locale),
      }));
  });

  /** Per channel: "would use it again" per week or month (null where fewer than five answered). */
  readonly againTrend = computed<Array<{ channel: EvaluationChannel; points: TrendPoint[] }>>(() => {
    const report = this.report();
    if (!report) return [];
    const t = (key: string, params?: Record<string, string | number>) => this.i18n.t(key, params);
    const locale = this.i18n.locale();
    const labels = bucketLabels(locale, report.bucket);
    return EVALUATION_CHANNELS.map((channel) => ({
      channel,
      points: report.trend
        .filter((p) => p.channel === channel)
        .map((p) => ({
          ...labels(p.start, p.end),
          start: p.start,
          value: p.againPercent,
          text: p.againPercent === null ? '–' : `${p.againPercent}%`,
          detail: p.suppressed
            ? t('reports.eval.tooFew', { min: report.minGroupSize })
            : t('reports.eval.detail', {
                helpful: score(p.helpfulAverage, locale),
                understood: score(p.understoodAverage, locale),
                answers: p.answers ?? 0,
              }),
        })),
    }));
  });

  load(query?: EvaluationQuery): Promise<void> {
    return this.data.load(query);
  }

  /** One table as CSV: for Dutch Excel in Dutch, plain comma-separated in English. */
  async csv(table: EvaluationTable): Promise<{ blob: Blob; fileName: string }> {
    const dutch = this.i18n.lang() === 'nl';
    const query = this.query();
    const blob = await firstValueFrom(this.api.evaluationsCsv(query, table, dutch ? 'excel-nl' : 'rfc4180'));
    const name = dutch
      ? { groups: 'evaluaties-per-team', trend: 'evaluaties-verloop', remarks: 'evaluaties-opmerkingen' }[table]
      : `evaluations-${table}`;
    return { blob, fileName: `${name}-${query.from}-${query.to}.csv` };
  }
}
