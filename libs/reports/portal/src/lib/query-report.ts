import { signal } from '@angular/core';
import { ApiError, toApiError } from '@nabij/platform/portal';
import { Observable, firstValueFrom } from 'rxjs';

/**
 * One report fetched for a query, with its loading and error state: the evaluation and intake tabs
 * each hold one. `load` keeps the query, so a CSV download asks for the same period and filters.
 */
export class QueryReport<Q, R> {
  private readonly _query: ReturnType<typeof signal<Q>>;
  private readonly _report = signal<R | null>(null);
  private readonly _loading = signal(false);
  private readonly _error = signal<ApiError | null>(null);

  readonly report = this._report.asReadonly();
  readonly loading = this._loading.asReadonly();
  readonly error = this._error.asReadonly();
  readonly query;

  constructor(
    initial: Q,
    private readonly fetch: (query: Q) => Observable<R>,
  ) {
    this._query = signal(initial);
    this.query = this._query.asReadonly();
  }

  async load(query: Q = this._query()): Promise<void> {
    this._query.set(query);
    this._loading.set(true);
    this._error.set(null);
    try {
      this._report.set(await firstValueFrom(this.fetch(query)));
    } catch (err) {
      this._report.set(null);
      this._error.set(toApiError(err));
    } finally {
      this._loading.set(false);
    }
  }
}
