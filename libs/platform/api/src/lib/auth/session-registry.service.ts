import { Injectable } from '@nestjs/common';
import { performance } from 'node:perf_hooks';
import { EntityManager } from 'typeorm';
import { SessionRepository } from './session.repository';

/**
 * How long this process trusts what it last read about a session. Revocations made by this process
 * take effect at once; those made by another API instance within this many milliseconds. It keeps
 * the access-token check at one tiny query per session per 2 s instead of one per request.
 */
export const SESSION_CACHE_MS = 2_000;

/** Sessions ended in this process, so open sockets can be closed at once instead of at the next sweep. */
export interface SessionRevocation {
  sessionIds: string[];
  accountId: string | null;
}

/**
 * Which logins are still alive. A session (table `auth_session`, id = the `sid` claim of its access
 * tokens and the refresh-token family id) is ended by logout, "sign out everywhere", reuse of a
 * rotated refresh token and account deactivation. Only ended sessions are refused: a revocation is
 * a durable row, and the access token itself is already proof that we issued it.
 */
@Injectable()
export class SessionRegistry {
  private readonly cache = new Map<string, { revoked: boolean; until: number }>();
  private readonly listeners = new Set<(revocation: SessionRevocation) => void>();

  constructor(private readonly sessions: SessionRepository) {}

  /** Records a new login; call it in the transaction that issues its first refresh token when there is one. */
  async start(sessionId: string, accountId: string, at: Date, manager?: EntityManager): Promise<void> {
    await this.sessions.insert(sessionId, accountId, at, manager);
  }

  async isRevoked(sessionId: string): Promise<boolean> {
    const cached = this.cache.get(sessionId);
    if (cached && cached.until > performance.now()) return cached.revoked;
    const revoked = (await this.revokedAmong([sessionId])).has(sessionId);
    this.remember(sessionId, revoked);
    return revoked;
  }

  /** The ended sessions among these ids, in one query (the socket sweep asks for all open sockets at once). */
  async revokedAmong(sessionIds: string[]): Promise<Set<string>> {
    if (sessionIds.length === 0) return new Set();
    const revoked = new Set(await this.sessions.revokedAmong(sessionIds));
    for (const id of sessionIds) this.remember(id, revoked.has(id));
    return revoked;
  }

  /** Ends one session. */
  async revoke(sessionId: string, at: Date, manager?: EntityManager): Promise<void> {
    await this.sessions.revoke(sessionId, at, manager);
    this.ended({ sessionIds: [sessionId], accountId: null });
  }

  /** Ends every session of an account (sign out everywhere, deactivation). */
  async revokeAllOfAccount(accountId: string, at: Date, manager?: EntityManager): Promise<string[]> {
    const ids = await this.sessions.revokeAllOfAccount(accountId, at, manager);
    this.ended({ sessionIds: ids, accountId });
    return ids;
  }

  /** Called with every revocation made by this process (after the database write). */
  onRevoked(listener: (revocation: SessionRevocation) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Forgets what was cached, as if the cache window had passed (tests for a second instance). */
  forgetCached(): void {
    this.cache.clear();
  }

  private ended(revocation: SessionRevocation): void {
    for (const id of revocation.sessionIds) this.remember(id, true);
    for (const listener of this.listeners) listener(revocation);
  }

  private remember(sessionId: string, revoked: boolean): void {
    // Bounded: an attacker cannot grow it beyond the sessions of valid (signed) tokens, but be safe.
    if (this.cache.size > 50_000) this.cache.clear();
    this.cache.set(sessionId, { revoked, until: performance.now() + SESSION_CACHE_MS });
  }
}
