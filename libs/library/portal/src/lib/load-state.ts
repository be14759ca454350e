import { Signal, WritableSignal, computed } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { toApiError } from '@nabij/platform/portal';
import { Observable, catchError, map, of, startWith, switchMap } from 'rxjs';

export type Loaded<T> = { status: 'loading' } | { status: 'ok'; value: T } | { status: 'error'; statusCode: number };

/**
 * Loads again whenever what `key` reads changes (the language, a route parameter); an answer to an
 * older key is dropped. Call in a field initializer.
 */
export function loadOnChange<K, T>(key: () => K, fetch: (key: K) => Observable<T>): Signal<Loaded<T>> {
  return toSignal(
    toObservable(computed(key)).pipe(
      switchMap((k) =>
        fetch(k).pipe(
          map((value): Loaded<T> => ({ status: 'ok', value })),
          catchError((err: unknown) => of<Loaded<T>>({ status: 'error', statusCode: toApiError(err).statusCode ?? 0 })),
          startWith<Loaded<T>>({ status: 'loading' }),
        ),
      ),
    ),
    { initialValue: { status: 'loading' } },
  );
}

/**
 * Runs one action of a button: ignored while the last one runs, `busy` while it runs, `failed` when it
 * threw (the page shows its own message).
 */
export async function runOnce(
  state: { busy: WritableSignal<boolean>; failed: WritableSignal<boolean> },
  work: () => Promise<unknown>,
): Promise<void> {
  if (state.busy()) return;
  state.busy.set(true);
  state.failed.set(false);
  try {
    await work();
  } catch {
    state.failed.set(true);
  } finally {
    state.busy.set(false);
  }
}
