import { Injectable, computed, inject } from '@angular/core';
import { useTexts } from '@nabij/platform/portal';
import type { IntakeQuery, IntakeReport, IntakeTable } from '@nabij/reports/contracts';
import { firstValueFrom } from 'rxjs';
import { ChartBar, bucketLabels, yearPeriod } from './caseload-report.store';
import { intakeTexts } from './intake-report.i18n';
import { QueryReport } from './query-report';
import { ReportsApi } from './reports.api';

/** The "Instroom" tab: new cases per channel for a period (default this year), team and financier. */
@Injectable({ providedIn: 'root' })
export class IntakeReportStore {
  private readonly api = inject(ReportsApi);
  private readonly i18n = useTexts(intakeTexts);
  private readonly data = new QueryReport<IntakeQuery, IntakeReport>(yearPeriod(new Date().getFullYear()), (q) => this.api.intake(q));

  readonly query = this.data.query;
  readonly report = this.data.report;
  readonly loading = this.data.loading;
  readonly error = this.data.error;

  /** Channels with cases, largest first (labels are i18n keys). */
  readonly channelBars = computed<ChartBar[]>(() =>
    (this.report()?.channels ?? [])
      .filter((c) => c.cases > 0)
      .sort((a, b) => b.cases - a.cases)
      .map((c) => ({ label: `reports.intake.channel.${c.channel}`, value: c.cases, text: String(c.cases) })),
  );

  /** The trend's rows with their period named in the page's language. */
  readonly trendRows = computed(() => {
    const report = this.report();
    if (!report) return [];
    const labels = bucketLabels(this.i18n.locale(), report.bucket);
    return report.trend.map((p) => ({ ...p, label: labels(p.start, p.end).label }));
  });

  load(query?: IntakeQuery): Promise<void> {
    return this.data.load(query);
  }

  /** One table as CSV: for Dutch Excel in Dutch, plain comma-separated in English. */
  async csv(table: IntakeTable): Promise<{ blob: Blob; fileName: string }> {
    const dutch = this.i18n.lang() === 'nl';
    const query = this.query();
    const blob = await firstValueFrom(this.api.intakeCsv(query, table, dutch ? 'excel-nl' : 'rfc4180'));
    const name = dutch
      ? { channels: 'instroom-per-kanaal', trend: 'instroom-verloop', ages: 'instroom-per-leeftijd' }[table]
      : `intake-${table}`;
    return { blob, fileName: `${name}-${query.from}-${query.to}.csv` };
  }
}
