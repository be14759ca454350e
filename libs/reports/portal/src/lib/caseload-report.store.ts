import { Injectable, WritableSignal, computed, inject, signal } from '@angular/core';
import { ApiError, I18n, formatAmsterdamDate, toApiError } from '@nabij/platform/portal';
import type {
  CaseloadFilters,
  CaseloadQuery,
  CaseloadReport,
  CaseloadRow,
  PeriodHoursReport,
  PeriodHoursTable,
} from '@nabij/reports/contracts';
import { Observable, firstValueFrom } from 'rxjs';
import { ReportsApi } from './reports.api';

export type ReportPeriod = Pick<CaseloadQuery, 'from' | 'to'>;
export type ReportFilter = Pick<CaseloadQuery, 'teamId' | 'workerId' | 'financierId'>;

/** One bar of a chart: a label and a value, plus how to write the value. */
export interface ChartBar {
  label: string;
  value: number;
  text: string;
}

/** One point of the compliance trend: a week or month, its percentage (null = no data). */
export interface TrendPoint {
  label: string;
  /** The bucket's start, short, for the chart's axis ("jan 2013", "7 jan"). */
  short: string;
  start: string;
  value: number | null;
  text: string;
  /** "in time / counted" */
  detail: string;
}

/** The whole calendar year `year`. */
export function yearPeriod(year: number): ReportPeriod {
  return { from: `${year}-01-01`, to: `${year}-12-31` };
}

/** Minutes as h:mm (hours may exceed 24), like the API writes them. */
export function hoursMinutes(minutes: number): string {
  const m = Math.max(0, Math.trunc(minutes));
  return `${Math.trunc(m / 60)}:${String(m % 60).padStart(2, '0')}`;
}

/** A part of the page's data with its own loading and error state. */
interface ReportPart<T> {
  value: WritableSignal<T | null>;
  loading: WritableSignal<boolean>;
  error: WritableSignal<ApiError | null>;
}

const noon = (date: string) => new Date(`${date}T12:00:00Z`);

/** A bucket from the first to the last day of one calendar month ("januari 2013" says it all). */
/**
 * How a week or month of a trend is named in the page's language: "maart 2026" for a whole month,
 * else "2 maart 2026 – 8 maart 2026"; `short` for the chart's axis ("7 mrt", "mrt 2026").
 */
export function bucketLabels(locale: string, bucket: 'week' | 'month'): (start: string, end: string) => { label: string; short: string } {
  const day = (date: string) => formatAmsterdamDate(date, locale);
  const month = new Intl.DateTimeFormat(locale, { timeZone: 'UTC', month: 'long', year: 'numeric' });
  const short = new Intl.DateTimeFormat(locale, {
    timeZone: 'UTC',
    ...(bucket === 'week' ? { day: 'numeric', month: 'short' } : { month: 'short', year: 'numeric' }),
  });
  return (start, end) => ({
    label: isWholeMonth(start, end) ? month.format(noon(start)) : start === end ? day(start) : `${day(start)} – ${day(end)}`,
    short: short.format(noon(start)),
  });
}

function isWholeMonth(start: string, end: string): boolean {
  const next = noon(end);
  next.setUTCDate(next.getUTCDate() + 1);
  return start.endsWith('-01') && start.slice(0, 7) === end.slice(0, 7) && next.getUTCDate() === 1;
}

const mainRows = (rows: CaseloadRow[]) => rows.filter((r) => r.problemArea === null);
const totalMinutes = (r: CaseloadRow) => (r.totalMinutesWithOd ?? 0) + (r.totalMinutesWithoutOd ?? 0);

/** The caseload report page's state: period, filters, the report and what the charts show. */
@Injectable({ providedIn: 'root' })
export class CaseloadReportStore {
  private readonly api = inject(ReportsApi);
  private readonly i18n = inject(I18n);

  private readonly _period = signal<ReportPeriod>(yearPeriod(new Date().getFullYear()));
  private readonly _filter = signal<ReportFilter>({});
  private readonly _report = signal<CaseloadReport | null>(null);
  private readonly _filters = signal<CaseloadFilters | null>(null);
  private readonly _hours = signal<PeriodHoursReport | null>(null);
  private readonly _hoursError = signal<ApiError | null>(null);
  private readonly _hoursLoading = signal(false);
  private loadRequest = 0;
  private readonly _loading = signal(false);
  private readonly _error = signal<ApiError | null>(null);

  readonly period = this._period.asReadonly();
  readonly filter = this._filter.asReadonly();
  readonly report = this._report.asReadonly();
  readonly filters = this._filters.asReadonly();
  readonly loading = this._loading.asReadonly();
  readonly error = this._error.asReadonly();
  readonly rows = computed(() => this._report()?.rows ?? []);
  /** The live "this period" hours on open and closed cases (beside Table B, which counts closed cases). */
  readonly hours = this._hours.asReadonly();
  readonly hoursError = this._hoursError.asReadonly();
  readonly hoursLoading = this._hoursLoading.asReadonly();

  readonly totals = computed(() => {
    const rows = mainRows(this.rows());
    const withOd = rows.reduce((n, r) => n + (r.closedWithOd ?? 0), 0);
    const closed = withOd + rows.reduce((n, r) => n + (r.closedWithoutOd ?? 0), 0);
    const minutes = rows.reduce((n, r) => n + totalMinutes(r), 0);
    return { closed, minutes, time: hoursMinutes(minutes), odShare: closed ? Math.round((withOd / closed) * 100) : null };
  });

  /** Total time (with + without online dossier) per financier, in hours. */
  readonly hoursPerFinancier = computed<ChartBar[]>(() => {
    const byFinancier = new Map<string, number>();
    for (const r of mainRows(this.rows())) byFinancier.set(r.financier, (byFinancier.get(r.financier) ?? 0) + totalMinutes(r));
    return [...byFinancier].map(([label, minutes]) => ({ label, value: minutes / 60, text: hoursMinutes(minutes) }));
  });

  /** Online contacts (chat, message, homework feedback) over all rows; keys are i18n keys. */
  readonly contactsByType = computed<ChartBar[]>(() => {
    const rows = mainRows(this.rows());
    const sum = (f: 'chatContacts' | 'messageContacts' | 'homeworkContacts') => rows.reduce((n, r) => n + (r[f] ?? 0), 0);
    return [
      { label: 'reports.contact.chat', value: sum('chatContacts') },
      { label: 'reports.contact.message', value: sum('messageContacts') },
      { label: 'reports.contact.homework', value: sum('homeworkContacts') },
    ].map((b) => ({ ...b, text: String(b.value) }));
  });

  /** 48-hour compliance per week or month, as percentages (null = nothing counted in that bucket), dates in the page's language. */
  readonly complianceTrend = computed<TrendPoint[]>(() => {
    const trend = this._report()?.complianceTrend;
    const labels = bucketLabels(this.i18n.locale(), trend?.bucket ?? 'month');
    return (trend?.points ?? []).map((p) => ({
      ...labels(p.start, p.end),
      start: p.start,
      value: p.inTimePercent,
      text: p.inTimePercent === null ? '–' : `${p.inTimePercent}%`,
      detail: `${p.answeredInTime} / ${p.answeredInTime + p.answeredLate + p.unansweredPastDue}`,
    }));
  });

  query(): CaseloadQuery {
    return { ...this._period(), ...this._filter() };
  }

  setPeriod(period: ReportPeriod): void {
    this._period.set(period);
  }

  setFilter(filter: ReportFilter): void {
    this._filter.set(filter);
  }

  async loadFilters(): Promise<void> {
    try {
      this._filters.set(await firstValueFrom(this.api.filters()));
    } catch {
      // Filters are a convenience: the report still works without them.
      this._filters.set(null);
    }
  }

  async load(): Promise<void> {
    // A slower earlier answer (e.g. the page's first load) must not replace the period picked since.
    const request = ++this.loadRequest;
    const query = this.query();
    // Table B and the live hours load side by side; each shows as soon as it is there.
    await Promise.all([
      this.fetch(request, this.api.caseload(query), { value: this._report, loading: this._loading, error: this._error }),
      this.fetch(request, this.api.periodHours(query), { value: this._hours, loading: this._hoursLoading, error: this._hoursError }),
    ]);
  }

  /** One part of the report into `into.value`, or its error into `into.error`, unless a newer load began. */
  private async fetch<T>(request: number, call: Observable<T>, into: ReportPart<T>): Promise<void> {
    into.loading.set(true);
    into.error.set(null);
    try {
      const value = await firstValueFrom(call);
      if (request === this.loadRequest) into.value.set(value);
    } catch (err) {
      if (request !== this.loadRequest) return;
      into.value.set(null);
      into.error.set(toApiError(err));
    } finally {
      if (request === this.loadRequest) into.loading.set(false);
    }
  }

  /** One table of the live view as CSV, for Dutch Excel in Dutch (see csv()). */
  async hoursCsv(table: PeriodHoursTable): Promise<{ blob: Blob; fileName: string }> {
    const q = this.query();
    const dutch = this.i18n.lang() === 'nl';
    const blob = await firstValueFrom(this.api.periodHoursCsv({ ...q, dialect: dutch ? 'excel-nl' : 'rfc4180' }, table));
    const name = dutch ? { financiers: 'uren-per-financier', workers: 'uren-per-medewerker' }[table] : `hours-${table}`;
    return { blob, fileName: `${name}-${q.from}-${q.to}.csv` };
  }

  /**
   * The report as Table B CSV. In Dutch it is written for Dutch Excel (semicolons, decimal commas,
   * Dutch headers, a BOM so é and ë survive); in English as plain comma-separated CSV.
   */
  async csv(): Promise<{ blob: Blob; fileName: string }> {
    const q = this.query();
    const dutch = this.i18n.lang() === 'nl';
    const blob = await firstValueFrom(this.api.caseloadCsv({ ...q, dialect: dutch ? 'excel-nl' : 'rfc4180' }));
    return { blob, fileName: dutch ? `tabel-b-${q.from}-${q.to}.csv` : `caseload-${q.from}-${q.to}.csv` };
  }
}
