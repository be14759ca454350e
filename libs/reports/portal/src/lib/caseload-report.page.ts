import { DOCUMENT } from '@angular/common';
import { ChangeDetectionStrategy, Component, ElementRef, inject, signal, viewChildren } from '@angular/core';
import { MessageComponent, TranslatePipe, formatAmsterdamDate, generalErrorKey, useTexts } from '@nabij/platform/portal';
import type { CaseloadRow } from '@nabij/reports/contracts';
import { BarChartComponent } from './bar-chart.component';
import { PeriodHoursComponent } from './period-hours.component';
import { ReferralReportComponent } from './referral-report.component';
import { TrendChartComponent } from './trend-chart.component';
import { WorkerReportComponent } from './worker-report.component';
import { EvaluationReportComponent } from './evaluation-report.component';
import { evaluationTexts } from './evaluation-report.i18n';
import { IntakeReportComponent } from './intake-report.component';
import { intakeTexts } from './intake-report.i18n';
import { insightTexts } from './insight-report.i18n';
import { OnlineTargetReportComponent } from './online-target-report.component';
import { TopicTrendReportComponent } from './topic-trend-report.component';
import { TrainingDropoutReportComponent } from './training-dropout-report.component';
import { ExtensionReportComponent } from './extension-report.component';
import { CaseloadReportStore, ReportFilter, yearPeriod } from './caseload-report.store';
import { downloadFile } from './download';
import { reportsTexts } from './reports.i18n';

type ReportTab = 'caseload' | 'workers' | 'evaluations' | 'intake' | 'targets' | 'topics' | 'trainings' | 'extensions';

/**
 * `/rapportage` for team leads and admins: Table B for a period, filters, CSV and two charts.
 * Aggregates only — the API never sends dossier contents here.
 */
@Component({
  selector: 'nb-caseload-report-page',
  styleUrls: ['./caseload-report.page.css', './reports.shared.css'],
  imports: [
    TranslatePipe,
    MessageComponent,
    BarChartComponent,
    TrendChartComponent,
    WorkerReportComponent,
    PeriodHoursComponent,
    ReferralReportComponent,
    EvaluationReportComponent,
    IntakeReportComponent,
    OnlineTargetReportComponent,
    TopicTrendReportComponent,
    TrainingDropoutReportComponent,
    ExtensionReportComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './caseload-report.page.html',
})
export class CaseloadReportPage {
  protected readonly i18n = useTexts(reportsTexts);
  /** The tab's name is one of these. */
  private readonly evaluationTexts = useTexts(evaluationTexts);
  private readonly intakeTexts = useTexts(intakeTexts);
  private readonly insightTexts = useTexts(insightTexts);
  protected readonly store = inject(CaseloadReportStore);
  private readonly document = inject(DOCUMENT);
  protected readonly thisYear = new Date().getFullYear();
  protected readonly invalid = signal(false);
  protected readonly downloading = signal(false);
  protected readonly generalErrorKey = generalErrorKey;

  /** Tabs: Table B (default), "Per medewerker", "Evaluaties", "Instroom", "Online doelen", "Onderwerpen" and "Trainingen", each loaded only when first opened. */
  protected readonly tabs = ['caseload', 'workers', 'evaluations', 'intake', 'targets', 'topics', 'trainings', 'extensions'] as const;
  protected readonly tab = signal<ReportTab>('caseload');
  protected readonly workersOpened = signal(false);
  protected readonly evaluationsOpened = signal(false);
  protected readonly intakeOpened = signal(false);
  /** The issue 20 tabs opened so far (each loads its report once, when first opened). */
  protected readonly opened = signal<ReadonlySet<ReportTab>>(new Set());
  private readonly tabButtons = viewChildren<ElementRef<HTMLButtonElement>>('tabButton');

  constructor() {
    void this.store.loadFilters();
    void this.store.load();
  }

  protected selectTab(tab: ReportTab): void {
    this.tab.set(tab);
    if (tab === 'workers') this.workersOpened.set(true);
    if (tab === 'evaluations') this.evaluationsOpened.set(true);
    if (tab === 'intake') this.intakeOpened.set(true);
    if (!this.opened().has(tab)) this.opened.set(new Set([...this.opened(), tab]));
  }

  /** Arrow keys, Home and End move between tabs (WAI-ARIA tabs pattern, automatic activation). */
  protected tabKey(event: KeyboardEvent, index: number): void {
    const last = this.tabs.length - 1;
    const next = { ArrowRight: index === last ? 0 : index + 1, ArrowLeft: index === 0 ? last : index - 1, Home: 0, End: last }[event.key];
    if (next === undefined) return;
    event.preventDefault();
    this.selectTab(this.tabs[next]);
    this.tabButtons()[next]?.nativeElement.focus();
  }

  protected pickYear(year: number): void {
    this.invalid.set(false);
    this.store.setPeriod(yearPeriod(year));
    void this.store.load();
  }

  protected submit(event: Event, form: HTMLFormElement): void {
    event.preventDefault();
    const data = new FormData(form);
    const value = (name: string) => String(data.get(name) ?? '') || undefined;
    const from = value('from');
    const to = value('to');
    if (!from || !to || to < from) {
      this.invalid.set(true);
      return;
    }
    this.invalid.set(false);
    this.store.setPeriod({ from, to });
    const filter: ReportFilter = { teamId: value('teamId'), workerId: value('workerId'), financierId: value('financierId') };
    this.store.setFilter(filter);
    void this.store.load();
  }

  /** "1 januari 2026" in the page's language, not the ISO date the API sends. */
  protected day(date: string): string {
    return formatAmsterdamDate(date, this.i18n.locale());
  }

  protected download(): Promise<void> {
    return downloadFile(this.document, this.downloading, () => this.store.csv());
  }

  protected isSubset(row: CaseloadRow): boolean {
    return row.problemArea !== null;
  }

  protected cell(value: string | number | null): string {
    return value === null ? '' : String(value);
  }
}
