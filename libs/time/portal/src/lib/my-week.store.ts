import { Injectable, computed, inject, signal } from '@angular/core';
import type { CaseSummary } from '@nabij/dossier/contracts';
import { amsterdamCalendarDate, ApiError, toApiError } from '@nabij/platform/portal';
import type { TimeEntry, TimeEntryInput, WeekView } from '@nabij/time/contracts';
import { firstValueFrom } from 'rxjs';
import { TimeApi } from './time.api';

/** `date` (YYYY-MM-DD) moved by `days`. */
export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** Today in the Netherlands as YYYY-MM-DD (platform's one Amsterdam date module). */
export function today(): string {
  return amsterdamCalendarDate(new Date());
}

/** A worker's week: hours per day, entries to confirm, all entries, their cases. */
@Injectable({ providedIn: 'root' })
export class MyWeekStore {
  private readonly api = inject(TimeApi);

  private readonly _week = signal<WeekView | null>(null);
  private readonly _entries = signal<TimeEntry[]>([]);
  private readonly _cases = signal<CaseSummary[]>([]);
  private readonly _loading = signal(false);
  private readonly _error = signal<ApiError | null>(null);

  readonly week = this._week.asReadonly();
  readonly entries = this._entries.asReadonly();
  readonly cases = this._cases.asReadonly();
  readonly loading = this._loading.asReadonly();
  readonly error = this._error.asReadonly();
  readonly toConfirm = computed(() => this._week()?.toConfirm ?? []);
  /**
   * Minutes per day of the week, confirmed apart from those still to confirm, so a prefilled
   * contact does not count in the total before the worker confirmed it.
   */
  readonly perDay = computed(() => {
    const days = this._week()?.days ?? [];
    const entries = this._entries();
    return days.map(({ date }) => {
      const on = entries.filter((e) => e.occurredOn === date);
      const sum = (status: TimeEntry['status']) => on.filter((e) => e.status === status).reduce((n, e) => n + e.minutes, 0);
      return { date, confirmed: sum('confirmed'), open: sum('to_confirm') };
    });
  });
  readonly totals = computed(() =>
    this.perDay().reduce((t, d) => ({ confirmed: t.confirmed + d.confirmed, open: t.open + d.open }), { confirmed: 0, open: 0 }),
  );
  readonly sharePercent = computed(() => {
    const share = this._week()?.clientBoundShare;
    return share === null || share === undefined ? null : Math.round(share * 100);
  });

  /** Client name of a case id, for the lists (no other dossier data). */
  caseName(caseId: string | null): string | null {
    if (!caseId) return null;
    return this._cases().find((c) => c.id === caseId)?.client.name ?? null;
  }

  async load(date?: string): Promise<void> {
    this._loading.set(true);
    this._error.set(null);
    try {
      const week = await firstValueFrom(this.api.week(date));
      this._week.set(week);
      this._entries.set(await firstValueFrom(this.api.entries(week.weekStart, week.weekEnd)));
    } catch (err) {
      this._error.set(toApiError(err));
    } finally {
      this._loading.set(false);
    }
  }

  async loadCases(): Promise<void> {
    try {
      this._cases.set(await firstValueFrom(this.api.cases()));
    } catch {
      this._cases.set([]);
    }
  }

  shiftWeek(weeks: number): Promise<void> {
    const start = this._week()?.weekStart ?? today();
    return this.load(addDays(start, weeks * 7));
  }

  /** One-click confirm; with `minutes` when the worker corrected the prefilled value. */
  async confirm(entry: TimeEntry, minutes?: number): Promise<void> {
    await this.run(() => this.api.confirm(entry.id, minutes !== entry.minutes ? minutes : undefined));
  }

  async correct(entry: TimeEntry, minutes: number): Promise<void> {
    await this.run(() => this.api.update(entry.id, { minutes }));
  }

  async add(input: TimeEntryInput): Promise<void> {
    await this.run(() => this.api.create(input), input.occurredOn);
  }

  private async run(call: () => ReturnType<TimeApi['confirm']>, date?: string): Promise<void> {
    this._error.set(null);
    try {
      await firstValueFrom(call());
    } catch (err) {
      this._error.set(toApiError(err));
      throw err;
    }
    await this.load(date ?? this._week()?.weekStart);
  }
}
