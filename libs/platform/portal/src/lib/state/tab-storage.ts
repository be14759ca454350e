import { DOCUMENT, inject } from '@angular/core';

/**
 * One value kept for this browser tab only (sessionStorage): a reload keeps it, a new tab or a
 * closed browser does not. Never throws: with storage disabled (private mode, strict settings) the
 * value simply lasts as long as the page.
 */
export interface TabStored<T> {
  read(): T | null;
  /** `null` removes the value. */
  write(value: T | null): void;
}

interface Codec<T> {
  parse(raw: string): T;
  stringify(value: T): string;
}

const JSON_CODEC: Codec<unknown> = { parse: (raw) => JSON.parse(raw), stringify: (value) => JSON.stringify(value) };
const TEXT_CODEC: Codec<string> = { parse: (raw) => raw, stringify: (value) => value };

/** A JSON value kept for this tab. Call in an injection context (a field initializer). */
export function tabStoredJson<T>(key: string): TabStored<T> {
  return tabStored(key, JSON_CODEC as Codec<T>);
}

/** A plain string (such as a token) kept for this tab, stored as is. */
export function tabStoredText(key: string): TabStored<string> {
  return tabStored(key, TEXT_CODEC);
}

function tabStored<T>(key: string, codec: Codec<T>): TabStored<T> {
  const storage = sessionStorageOf(inject(DOCUMENT));
  return {
    read() {
      try {
        const raw = storage?.getItem(key);
        return raw ? codec.parse(raw) : null;
      } catch {
        return null;
      }
    },
    write(value) {
      try {
        if (value !== null) storage?.setItem(key, codec.stringify(value));
        else storage?.removeItem(key);
      } catch {
        // Storage disabled or full: the value then lasts as long as the page.
      }
    },
  };
}

function sessionStorageOf(document: Document): Storage | null {
  try {
    // Reading `sessionStorage` itself throws when the browser forbids storage.
    return document.defaultView?.sessionStorage ?? null;
  } catch {
    return null;
  }
}
