import { DOCUMENT, Injectable, effect, inject } from '@angular/core';
import type { DraftKey } from '@nabij/identity/contracts';
import { firstValueFrom } from 'rxjs';
import { AuthStore } from '../auth/auth.store';
import { ApiClient } from '../http/api-client';

/** Every draft of every account on this device is one localStorage entry under this prefix. */
export const DRAFT_PREFIX = 'nabij.draft.';
/** A draft nobody came back to for this long is dropped when it is next looked at. */
const DRAFT_MAX_AGE_MS = 30 * 24 * 3_600_000;

interface StoredDraft {
  v: 1;
  /** AES-GCM nonce and ciphertext, base64. */
  iv: string;
  data: string;
  /** When it was last typed (ISO), to drop old drafts. */
  at: string;
}

/**
 * Unsent texts (new messages, replies, homework answers, the chat input) kept on this device as the
 * person types, so an inactivity logout, a reload or a dead battery never loses a word.
 *
 * Shared devices: each draft is encrypted with AES-GCM (WebCrypto) under a key the API gives only
 * to the logged-in account (`GET /api/auth/draft-key`), held in memory only and forgotten at logout.
 * The account id and the draft's name are the additional data, so a blob cannot be moved to another
 * name or account. Another person logged in on the same device sees only ciphertext under a name
 * that is not theirs, and reads none of it. Without WebCrypto (very old browsers) or without the
 * key (offline), nothing is stored.
 */
@Injectable({ providedIn: 'root' })
export class Drafts {
  private readonly api = inject(ApiClient);
  private readonly auth = inject(AuthStore);
  private readonly window = inject(DOCUMENT).defaultView;
  private key: { accountId: string; key: Promise<CryptoKey | null> } | null = null;
  /** Per storage entry: a save or clear bumps it, so a slow encryption never overwrites a newer state. */
  private readonly versions = new Map<string, number>();

  constructor() {
    effect(() => {
      // Logged out or someone else logged in: the old key goes (it is only ever in memory).
      const id = this.auth.user()?.id;
      if (this.key && this.key.accountId !== id) this.key = null;
    });
  }

  /** True when the logged-in account has a draft under `name` (without decrypting it). */
  has(name: string): boolean {
    const entry = this.entry(name);
    return !!entry && this.storage()?.getItem(entry) != null;
  }

  /** True when the logged-in account has any draft on this device. */
  hasAny(): boolean {
    return this.entries().length > 0;
  }

  /** The text of a draft, or null (none, too old, or not readable with this account's key). */
  async read(name: string): Promise<string | null> {
    const entry = this.entry(name);
    const raw = entry ? this.storage()?.getItem(entry) : null;
    if (!entry || !raw) return null;
    try {
      const stored = JSON.parse(raw) as StoredDraft;
      if (Date.now() - new Date(stored.at).getTime() > DRAFT_MAX_AGE_MS) throw new Error('old');
      const key = await this.cryptoKey();
      if (!key) return null;
      const plain = await this.subtle()!.decrypt(
        { name: 'AES-GCM', iv: fromBase64(stored.iv), additionalData: this.aad(entry) },
        key,
        fromBase64(stored.data),
      );
      return new TextDecoder().decode(plain);
    } catch {
      // Unreadable (old, damaged, or under a key the server no longer gives): a draft is not worth an error.
      this.remove(entry);
      return null;
    }
  }

  /** Keeps `text` as the draft `name`; an empty text removes it. */
  async save(name: string, text: string): Promise<void> {
    const entry = this.entry(name);
    if (!entry) return;
    const version = this.bump(entry);
    if (!text.trim()) return this.remove(entry);
    const key = await this.cryptoKey();
    if (!key) return;
    const iv = this.window!.crypto.getRandomValues(new Uint8Array(12));
    const data = await this.subtle()!.encrypt(
      { name: 'AES-GCM', iv, additionalData: this.aad(entry) },
      key,
      new TextEncoder().encode(text),
    );
    if (this.versions.get(entry) !== version) return;
    const stored: StoredDraft = { v: 1, iv: toBase64(iv), data: toBase64(new Uint8Array(data)), at: new Date().toISOString() };
    try {
      this.storage()?.setItem(entry, JSON.stringify(stored));
    } catch {
      // Storage full or disabled: the text stays in the page as long as it is open.
    }
  }

  /** The text was sent (or thrown away): forget the draft. */
  clear(name: string): void {
    const entry = this.entry(name);
    if (!entry) return;
    this.bump(entry);
    this.remove(entry);
  }

  /** "Weggooien" at logout: every draft of the logged-in account on this device. */
  clearAll(): void {
    for (const entry of this.entries()) {
      this.bump(entry);
      this.remove(entry);
    }
  }

  private entry(name: string): string | null {
    const id = this.auth.user()?.id;
    return id && this.subtle() ? `${DRAFT_PREFIX}${id}.${name}` : null;
  }

  private entries(): string[] {
    const id = this.auth.user()?.id;
    const storage = this.storage();
    if (!id || !storage) return [];
    const prefix = `${DRAFT_PREFIX}${id}.`;
    const found: string[] = [];
    for (let i = 0; i < storage.length; i++) {
      const key = storage.key(i);
      if (key?.startsWith(prefix)) found.push(key);
    }
    return found;
  }

  private bump(entry: string): number {
    const next = (this.versions.get(entry) ?? 0) + 1;
    this.versions.set(entry, next);
    return next;
  }

  private remove(entry: string): void {
    try {
      this.storage()?.removeItem(entry);
    } catch {
      // Nothing to do without storage.
    }
  }

  private aad(entry: string): Uint8Array<ArrayBuffer> {
    return new TextEncoder().encode(entry);
  }

  /** The account's key, fetched once per login; a failed fetch is tried again next time. */
  private cryptoKey(): Promise<CryptoKey | null> {
    const accountId = this.auth.user()?.id;
    const subtle = this.subtle();
    if (!accountId || !subtle) return Promise.resolve(null);
    if (this.key?.accountId !== accountId) {
      const key = firstValueFrom(this.api.get<DraftKey>('/auth/draft-key')).then(
        (answer) => subtle.importKey('raw', fromBase64(answer.key), 'AES-GCM', false, ['encrypt', 'decrypt']),
        () => {
          if (this.key?.key === key) this.key = null;
          return null;
        },
      );
      this.key = { accountId, key };
    }
    return this.key.key;
  }

  private subtle(): SubtleCrypto | null {
    return this.window?.crypto?.subtle ?? null;
  }

  private storage(): Storage | null {
    try {
      return this.window?.localStorage ?? null;
    } catch {
      return null;
    }
  }
}

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary);
}

/** Standard or URL-safe base64 (the API sends the key as base64url). */
function fromBase64(text: string): Uint8Array<ArrayBuffer> {
  const standard = text.replace(/-/g, '+').replace(/_/g, '/');
  const binary = atob(standard + '='.repeat((4 - (standard.length % 4)) % 4));
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
