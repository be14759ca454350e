import { Injectable } from '@nestjs/common';
import { Clock, SessionRegistry } from '@nabij/platform/api';
import { DataSource, IsNull } from 'typeorm';
import { RefreshTokenEntity } from './entities/token.entities';

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
    private readonly clock: Clock,
  ) {}

  /** Ends one login (logout, or a rotated refresh token that came back). */
  async end(sessionId: string): Promise<void> {
    const now = this.clock.now();
    await this.dataSource.transaction(async (db) => {
      await db.getRepository(RefreshTokenEntity).update({ familyId: sessionId, revokedAt: IsNull() }, { revokedAt: now });
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
      await db.getRepository(RefreshTokenEntity).update({ accountId, revokedAt: IsNull() }, { revokedAt: now });
      return (await this.registry.revokeAllOfAccount(accountId, now, db)).length;
    });
  }
}
