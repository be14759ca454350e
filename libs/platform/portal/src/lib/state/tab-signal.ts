import { Injectable, Signal, WritableSignal, inject, signal } from '@angular/core';
import { tabStoredJson } from './tab-storage';

/** A tab-stored JSON value that every reader of the same key sees change at once. */
export interface TabSignal<T> {
  readonly value: Signal<T | null>;
  /** `null` removes the value. */
  set(value: T | null): void;
}

/** One signal per key for the whole app, so two stores naming one key never disagree. */
@Injectable({ providedIn: 'root' })
export class TabSignals {
  readonly byKey = new Map<string, WritableSignal<unknown>>();
}

/**
 * Like `tabStoredJson`, but shared: two domains' stores that keep the same value (the intake's
 * postcode check, which anonymous chat uses up) see each other's writes without importing each
 * other. Call in an injection context (a field initializer).
 */
export function tabStoredSignal<T>(key: string): TabSignal<T> {
  const stored = tabStoredJson<T>(key);
  const registry = inject(TabSignals).byKey;
  let shared = registry.get(key) as WritableSignal<T | null> | undefined;
  if (!shared) {
    shared = signal<T | null>(stored.read());
    registry.set(key, shared as WritableSignal<unknown>);
  }
  const value = shared;
  return {
    value: value.asReadonly(),
    set(next) {
      value.set(next);
      stored.write(next);
    },
  };
}
