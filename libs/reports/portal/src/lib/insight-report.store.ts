import { Injectable, computed, inject } from '@angular/core';
import { useTexts } from '@nabij/platform/portal';
import type {
  ExtensionQuery,
  ExtensionReport,
  OnlineTargetQuery,
  OnlineTargetReport,
  TopicTable,
  TopicTrendQuery,
  TopicTrendReport,
  TrainingDropoutQuery,
  TrainingDropoutReport,
  TrainingDropoutTable,
} from '@nabij/reports/contracts';
import { firstValueFrom } from 'rxjs';
import { ChartBar, bucketLabels, yearPeriod } from './caseload-report.store';
import { insightTexts } from './insight-report.i18n';
import { QueryReport } from './query-report';
import { ReportsApi } from './reports.api';

/** Dutch Excel when the page is in Dutch, plain comma-separated otherwise (as the other report tabs). */
function dialectFor(lang: string): 'excel-nl' | 'rfc4180' {
  return lang === 'nl' ? 'excel-nl' : 'rfc4180';
}

/** The "Online doelen" tab: actual versus target per financier for a year (default this year). */
@Injectable({ providedIn: 'root' })
export class OnlineTargetStore {
  private readonly api = inject(ReportsApi);
  private readonly i18n = useTexts(insightTexts);
  private readonly data = new QueryReport<OnlineTargetQuery, OnlineTargetReport>({ year: new Date().getFullYear() }, (q) =>
    this.api.onlineTargets(q),
  );

  readonly query = this.data.query;
  readonly report = this.data.report;
  readonly loading = this.data.loading;
  readonly error = this.data.error;

  /** Financiers with a shown share: the share as the bar, the target in its text. */
  readonly bars = computed<ChartBar[]>(() =>
    (this.report()?.rows ?? [])
      .filter((r) => r.actualPercent !== null)
      .map((r) => ({
        label: r.financier,
        value: r.actualPercent!,
        text: this.i18n.t('reports.targets.barText', {
          actual: `${r.actualPercent}%`,
          target: r.targetPercent === null ? this.i18n.t('reports.targets.noTarget') : `${r.targetPercent}%`,
        }),
      })),
  );

  load(query?: OnlineTargetQuery): Promise<void> {
    return this.data.load(query);
  }

  /** Saves a target, then reloads the year so the table shows it. */
  async setTarget(financierId: string, targetPercent: number): Promise<void> {
    await firstValueFrom(this.api.setOnlineTarget(financierId, this.query().year, targetPercent));
    await this.data.load();
  }

  async csv(): Promise<{ blob: Blob; fileName: string }> {
    const dialect = dialectFor(this.i18n.lang());
    const blob = await firstValueFrom(this.api.onlineTargetsCsv(this.query(), dialect));
    return { blob, fileName: `${dialect === 'excel-nl' ? 'online-doelen' : 'online-targets'}-${this.query().year}.csv` };
  }
}

/** The "Onderwerpen" tab: problem areas of new cases per month (default this year) and financier. */
@Injectable({ providedIn: 'root' })
export class TopicTrendStore {
  private readonly api = inject(ReportsApi);
  private readonly i18n = useTexts(insightTexts);
  private readonly data = new QueryReport<TopicTrendQuery, TopicTrendReport>(yearPeriod(new Date().getFullYear()), (q) =>
    this.api.topics(q),
  );

  readonly query = this.data.query;
  readonly report = this.data.report;
  readonly loading = this.data.loading;
  readonly error = this.data.error;

  /** The months with their name in the page's language. */
  readonly months = computed(() => {
    const labels = bucketLabels(this.i18n.locale(), 'month');
    return (this.report()?.months ?? []).map((m) => ({ ...m, label: labels(m.start, m.end).label }));
  });

  /** One area per month as bars; a hidden count (1–4) is drawn as 0 with "minder dan 5" as its text. */
  bars(area: string): ChartBar[] {
    const min = this.report()?.minGroupSize ?? 5;
    return this.months().map((m) => {
      const n = m.areas[area];
      return { label: m.label, value: n ?? 0, text: n === null ? this.i18n.t('reports.insight.tooFew', { min }) : String(n) };
    });
  }

  load(query?: TopicTrendQuery): Promise<void> {
    return this.data.load(query);
  }

  async csv(table: TopicTable): Promise<{ blob: Blob; fileName: string }> {
    const dialect = dialectFor(this.i18n.lang());
    const query = this.query();
    const blob = await firstValueFrom(this.api.topicsCsv(query, table, dialect));
    const name =
      dialect === 'excel-nl'
        ? { months: 'probleemgebieden-per-maand', financiers: 'probleemgebieden-per-financier' }[table]
        : `topics-${table}`;
    return { blob, fileName: `${name}-${query.from}-${query.to}.csv` };
  }
}

/** The "Trainingen" tab: participants who started in the period (default this year) and what became of them. */
@Injectable({ providedIn: 'root' })
export class TrainingDropoutStore {
  private readonly api = inject(ReportsApi);
  private readonly i18n = useTexts(insightTexts);
  private readonly data = new QueryReport<TrainingDropoutQuery, TrainingDropoutReport>(yearPeriod(new Date().getFullYear()), (q) =>
    this.api.trainings(q),
  );

  readonly query = this.data.query;
  readonly report = this.data.report;
  readonly loading = this.data.loading;
  readonly error = this.data.error;

  load(query?: TrainingDropoutQuery): Promise<void> {
    return this.data.load(query);
  }

  async csv(table: TrainingDropoutTable): Promise<{ blob: Blob; fileName: string }> {
    const dialect = dialectFor(this.i18n.lang());
    const query = this.query();
    const blob = await firstValueFrom(this.api.trainingsCsv(query, table, dialect));
    const name = dialect === 'excel-nl' ? { courses: 'trainingen-uitval', modules: 'trainingen-per-module' }[table] : `trainings-${table}`;
    return { blob, fileName: `${name}-${query.from}-${query.to}.csv` };
  }
}

/** The "Extra gesprekken" tab: requests for more conversations than the limit, per team and period. */
@Injectable({ providedIn: 'root' })
export class ExtensionReportStore {
  private readonly api = inject(ReportsApi);
  private readonly i18n = useTexts(insightTexts);
  private readonly data = new QueryReport<ExtensionQuery, ExtensionReport>(yearPeriod(new Date().getFullYear()), (q) =>
    this.api.extensions(q),
  );

  readonly query = this.data.query;
  readonly report = this.data.report;
  readonly loading = this.data.loading;
  readonly error = this.data.error;

  load(query?: ExtensionQuery): Promise<void> {
    return this.data.load(query);
  }

  async csv(): Promise<{ blob: Blob; fileName: string }> {
    const dialect = dialectFor(this.i18n.lang());
    const query = this.query();
    const blob = await firstValueFrom(this.api.extensionsCsv(query, dialect));
    const name = dialect === 'excel-nl' ? 'extra-gesprekken' : 'conversation-extensions';
    return { blob, fileName: `${name}-${query.from}-${query.to}.csv` };
  }
}
