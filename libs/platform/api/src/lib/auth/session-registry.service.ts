import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { EntityManager } from 'typeorm';
import { AppConfig } from '../config/app-config';
import { GroupRead } from '../database/group-read';
import type { AuthMethod } from '@nabij/platform/contracts';
import { SessionDevice, SessionRepository, SessionRow } from './session.repository';

export type { SessionDevice, SessionRow } from './session.repository';

/** Wait before listening again after the LISTEN connection was lost (e.g. PostgreSQL restarted). */
const RELISTEN_MS = 2_000;

/**
 * How long this process trusts what it last read about a session. Revocations reach every API
 * instance at once through PostgreSQL NOTIFY; this window only bounds how long one missed while the
 * LISTEN connection was down can go unseen. It keeps the access-token check at one tiny query per
 * session per 2 s instead of one per request.
 */
export const SESSION_CACHE_MS = 2_000;

/** Sessions that ended, in this process or another API instance, so their open sockets can be closed at once. */
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
export class SessionRegistry implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Sessions');
  private readonly cache = new Map<string, { revoked: boolean; until: number }>();
  private readonly listeners = new Set<(revocation: SessionRevocation) => void>();
  /** Marks this process's own announcements, which it has already acted on. */
  private readonly instanceId = randomUUID();
  private closeListener: (() => Promise<void>) | null = null;
  private readonly revokedReads = new GroupRead<string, boolean>(async (ids) => {
    const revoked = await this.revokedAmong(ids);
    // revokedAmong remembered each answer, keeping an end announced while the query ran.
    return new Map(ids.map((id) => [id, this.cache.get(id)?.revoked ?? revoked.has(id)]));
  });
  private relisten: NodeJS.Timeout | null = null;
  private stopped = false;

  constructor(
    private readonly sessions: SessionRepository,
    private readonly config: AppConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.listen();
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    if (this.relisten) clearTimeout(this.relisten);
    await this.closeListener?.();
  }

  /** Records a new login; call it in the transaction that issues its first refresh token when there is one. */
  async start(sessionId: string, accountId: string, at: Date, manager?: EntityManager): Promise<void> {
    await this.sessions.insert(sessionId, accountId, at, manager);
  }

  async isRevoked(sessionId: string): Promise<boolean> {
    const cached = this.cache.get(sessionId);
    if (cached && cached.until > performance.now()) return cached.revoked;
    // Misses of concurrent requests and socket logins share one query (a burst after a restart).
    return (await this.revokedReads.get(sessionId)) ?? false;
  }

  /** The ended sessions among these ids, in one query. */
  async revokedAmong(sessionIds: string[]): Promise<Set<string>> {
    if (sessionIds.length === 0) return new Set();
    const revoked = new Set(await this.sessions.revokedAmong(sessionIds));
    for (const id of sessionIds) this.remember(id, revoked.has(id));
    return revoked;
  }

  /** Ends one session. */
  async revoke(sessionId: string, at: Date, manager?: EntityManager): Promise<void> {
    await this.sessions.revoke(sessionId, at, manager);
    await this.announce({ sessionIds: [sessionId], accountId: null }, manager);
    this.ended({ sessionIds: [sessionId], accountId: null });
  }

  /** Ends every session of an account (sign out everywhere, deactivation). */
  async revokeAllOfAccount(accountId: string, at: Date, manager?: EntityManager): Promise<string[]> {
    const ids = await this.sessions.revokeAllOfAccount(accountId, at, manager);
    await this.announce({ sessionIds: ids, accountId }, manager);
    this.ended({ sessionIds: ids, accountId });
    return ids;
  }

  /** Sessions ended before `before` (at most `limit`), for housekeeping. */
  endedBefore(before: Date, limit: number): Promise<string[]> {
    return this.sessions.endedBefore(before, limit);
  }

  /**
   * Forgets sessions long over. Only for sessions whose access tokens have expired and whose refresh
   * tokens are removed in the same transaction: an unknown session counts as not ended.
   */
  async forget(sessionIds: string[], manager: EntityManager): Promise<number> {
    if (sessionIds.length === 0) return 0;
    return this.sessions.deleteMany(sessionIds, manager);
  }

  // The "my sessions" side (identity's account settings and data export): platform owns auth_session.

  /** On login (with the device) and on every refresh (device kept); in the caller's transaction. */
  async recordUse(sessionId: string, at: Date, device: SessionDevice | null, manager: EntityManager): Promise<void> {
    await this.sessions.recordUse(sessionId, at, device, manager);
  }

  /** How the login was made, written once at login: a refresh gives the new access token the same `amr`. */
  async setAmr(sessionId: string, amr: AuthMethod[], manager: EntityManager): Promise<void> {
    await this.sessions.setAmr(sessionId, amr, manager);
  }

  /** How the login was made; a session from before that was written counts as a password login. */
  async amrOf(sessionId: string): Promise<AuthMethod[]> {
    return (await this.sessions.amrOf(sessionId)) ?? ['pwd'];
  }

  /** The account's sessions that were not ended, newest use first (whether its refresh token still works is identity's). */
  notEndedOf(accountId: string): Promise<SessionRow[]> {
    return this.sessions.notEndedOf(accountId);
  }

  /** Whether this session was not ended and belongs to the account (someone else's id counts as unknown). */
  isNotEndedOf(sessionId: string, accountId: string): Promise<boolean> {
    return this.sessions.isNotEndedOf(sessionId, accountId);
  }

  /** Every login of the account, oldest first: when it started and when it ended (null: not ended). */
  historyOf(accountId: string): Promise<Array<{ startedAt: Date; endedAt: Date | null }>> {
    return this.sessions.historyOf(accountId);
  }

  /** Called with every revocation: made by this process (after the database write) or announced by another instance. */
  onRevoked(listener: (revocation: SessionRevocation) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Forgets what was cached, as if the cache window had passed (tests for a second instance). */
  forgetCached(): void {
    this.cache.clear();
  }

  private async announce(revocation: SessionRevocation, manager?: EntityManager): Promise<void> {
    let payload = JSON.stringify({ ...revocation, from: this.instanceId });
    // NOTIFY payloads stop at 8000 bytes; an account-wide revocation still names the account.
    if (payload.length > 7_500) payload = JSON.stringify({ sessionIds: [], accountId: revocation.accountId, from: this.instanceId });
    await this.sessions.announceRevoked(payload, manager);
  }

  /** Listens for other instances' revocations on a connection of its own; listens again after a loss. */
  private async listen(): Promise<void> {
    if (this.stopped) return;
    this.closeListener = await this.sessions.listenForRevocations(
      this.config.databaseUrl,
      (payload) => this.heard(payload),
      (error) => {
        this.logger.warn(`Listening for ended sessions stopped: ${error.message}`);
        if (this.stopped || this.relisten) return;
        this.relisten = setTimeout(() => {
          this.relisten = null;
          // Whatever was announced meanwhile is caught by the cache window; start it afresh.
          this.forgetCached();
          void this.listen();
        }, RELISTEN_MS);
        this.relisten.unref();
      },
    );
    // Shut down while the connection was opening: do not leave it behind.
    if (this.stopped) await this.closeListener();
  }

  private heard(payload: string | undefined): void {
    try {
      const message = JSON.parse(payload ?? '') as SessionRevocation & { from?: string };
      if (message.from === this.instanceId || !Array.isArray(message.sessionIds)) return;
      this.ended({ sessionIds: message.sessionIds.filter((id) => typeof id === 'string'), accountId: message.accountId ?? null });
    } catch {
      this.logger.warn('Ignored a malformed session announcement');
    }
  }

  private ended(revocation: SessionRevocation): void {
    for (const id of revocation.sessionIds) this.remember(id, true);
    for (const listener of this.listeners) listener(revocation);
  }

  private remember(sessionId: string, revoked: boolean): void {
    // Bounded: an attacker cannot grow it beyond the sessions of valid (signed) tokens, but be safe.
    if (this.cache.size > 50_000) this.cache.clear();
    // An ended session never comes back: a read that started before the end cannot undo it here.
    if (!revoked && this.cache.get(sessionId)?.revoked) revoked = true;
    this.cache.set(sessionId, { revoked, until: performance.now() + SESSION_CACHE_MS });
  }
}
