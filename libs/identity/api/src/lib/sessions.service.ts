import { Injectable } from '@nestjs/common';
import { Clock, SessionRegistry } from '@nabij/platform/api';
import { DataSource } from 'typeorm';
import { RefreshTokensRepository } from './refresh-tokens.repository';

/**
 * Ends logins. A login is a refresh-token family plus its `auth_session` row; ending both stops the
 * refresh cookie, the access tokens (refused within SESSION_CACHE_MS on every instance, at once on
 * this one) and the chat sockets of that login.
 */
@Injectable()
export class SessionsService {
  constructor(
    private readonly registry: SessionRegistry,
    private readonly dataSource: DataSource,
    private readonly refreshTokens: RefreshTokensRepository,
    private readonly clock: Clock,
  ) {}

  /** Ends one login (logout, or a rotated refresh token that came back). */
  async end(sessionId: string): Promise<void> {
    const now = this.clock.now();
    await this.dataSource.transaction(async (db) => {
      await this.refreshTokens.revokeFamily(sessionId, now, db);
      await this.registry.revoke(sessionId, now, db);
    });
  }

  /**
   * Ends every login of an account: "sign out everywhere", and account deactivation (which must call
   * this). Returns how many sessions were still open.
   */
  async revokeAll(accountId: string): Promise<number> {
    const now = this.clock.now();
    return this.dataSource.transaction(async (db) => {
      await this.refreshTokens.revokeAllOfAccount(accountId, now, db);
      return (await this.registry.revokeAllOfAccount(accountId, now, db)).length;
    });
  }

  /**
   * Removes logins that ended (or whose refresh tokens all expired) before `before`: their refresh
   * tokens and their `auth_session` row, together, in batches. Returns how many logins went.
   */
  async forgetOld(before: Date, batch = 1000): Promise<number> {
    let forgotten = 0;
    for (;;) {
      const ids = [
        ...new Set([
          ...(await this.registry.endedBefore(before, batch)),
          ...(await this.refreshTokens.familiesExpiredBefore(before, batch)),
        ]),
      ];
      if (ids.length === 0) return forgotten;
      await this.dataSource.transaction(async (db) => {
        await this.refreshTokens.deleteFamilies(ids, db);
        await this.registry.forget(ids, db);
      });
      forgotten += ids.length;
    }
  }
}
