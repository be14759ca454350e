import { Injectable, computed, inject, signal } from '@angular/core';
import { ApiError, I18n, toApiError } from '@nabij/platform/portal';
import { WORKER_CONTACT_TYPES, WorkerReport, WorkerReportQuery } from '@nabij/reports/contracts';
import { firstValueFrom } from 'rxjs';
import { ReportsApi } from './reports.api';

/** The "Per medewerker" tab: one day's week and month per worker of the team (or organisation). */
@Injectable({ providedIn: 'root' })
export class WorkerReportStore {
  private readonly api = inject(ReportsApi);
  private readonly i18n = inject(I18n);

  private readonly _query = signal<WorkerReportQuery>({});
  private readonly _report = signal<WorkerReport | null>(null);
  private readonly _loading = signal(false);
  private readonly _error = signal<ApiError | null>(null);

  readonly query = this._query.asReadonly();
  readonly report = this._report.asReadonly();
  readonly loading = this._loading.asReadonly();
  readonly error = this._error.asReadonly();
  readonly workers = computed(() => this._report()?.workers ?? []);
  readonly contactTypes = WORKER_CONTACT_TYPES;

  /** Team totals for the table's footer. */
  readonly totals = computed(() => {
    const rows = this.workers();
    const sum = (f: (r: (typeof rows)[number]) => number) => rows.reduce((n, r) => n + f(r), 0);
    return {
      weekMinutes: sum((r) => r.weekMinutes),
      monthMinutes: sum((r) => r.monthMinutes),
      openCases: sum((r) => r.openCases),
      toConfirm: sum((r) => r.toConfirm),
      contacts: Object.fromEntries(WORKER_CONTACT_TYPES.map((t) => [t, sum((r) => r.contactsThisMonth[t])])) as Record<
        (typeof WORKER_CONTACT_TYPES)[number],
        number
      >,
    };
  });

  async load(query: WorkerReportQuery = this._query()): Promise<void> {
    this._query.set(query);
    this._loading.set(true);
    this._error.set(null);
    try {
      this._report.set(await firstValueFrom(this.api.workers(query)));
    } catch (err) {
      this._report.set(null);
      this._error.set(toApiError(err));
    } finally {
      this._loading.set(false);
    }
  }

  /** The shown week and month as CSV: for Dutch Excel in Dutch, plain comma-separated in English. */
  async csv(): Promise<{ blob: Blob; fileName: string }> {
    const dutch = this.i18n.lang() === 'nl';
    const date = this._report()?.date ?? this._query().date ?? '';
    const blob = await firstValueFrom(this.api.workersCsv({ ...this._query(), date: date || undefined }, dutch ? 'excel-nl' : 'rfc4180'));
    return { blob, fileName: `${dutch ? 'uren-per-medewerker' : 'worker-hours'}-${date}.csv` };
  }
}
