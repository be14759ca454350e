import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import type { AuthMethod } from '@nabij/platform/contracts';
import type { Device } from './user-agent';

export interface SessionRow {
  id: string;
  created_at: Date;
  last_used_at: Date | null;
  browser: string | null;
  os: string | null;
}

/**
 * The "my sessions" side of `auth_session` (device, last use, listing). Starting and ending a session
 * stay with the platform's SessionRegistry, which the access-token check uses.
 */
@Injectable()
export class AuthSessionsRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** On login (with the device) and on every refresh (device kept). */
  async recordUse(sessionId: string, at: Date, device: Device | null, manager: EntityManager): Promise<void> {
    await manager.query(
      `UPDATE auth_session
          SET last_used_at = $2,
              browser = CASE WHEN $3::boolean THEN $4 ELSE browser END,
              os = CASE WHEN $3::boolean THEN $5 ELSE os END
        WHERE id = $1`,
      [sessionId, at, device !== null, device?.browser ?? null, device?.os ?? null],
    );
  }

  /** How the login was made, written once at login: a refresh gives the new access token the same `amr`. */
  async setAmr(sessionId: string, amr: AuthMethod[], manager: EntityManager): Promise<void> {
    await manager.query(`UPDATE auth_session SET amr = $2 WHERE id = $1`, [sessionId, amr]);
  }

  async amrOf(sessionId: string): Promise<AuthMethod[]> {
    const [row] = await this.dataSource.query(`SELECT amr FROM auth_session WHERE id = $1`, [sessionId]);
    return row?.amr ?? ['pwd'];
  }

  /** Live logins of the account: not ended, with a refresh token that still works. Newest use first. */
  listLive(accountId: string, now: Date): Promise<SessionRow[]> {
    return this.dataSource.query(
      `SELECT s.id, s.created_at, s.last_used_at, s.browser, s.os
         FROM auth_session s
        WHERE s.account_id = $1 AND s.revoked_at IS NULL
          AND EXISTS (SELECT 1 FROM refresh_token r
                       WHERE r.family_id = s.id AND r.revoked_at IS NULL AND r.expires_at > $2)
        ORDER BY coalesce(s.last_used_at, s.created_at) DESC`,
      [accountId, now],
    );
  }

  /** Whether this live session belongs to the account (someone else's id is treated as unknown). */
  async isLiveOf(sessionId: string, accountId: string): Promise<boolean> {
    const rows = await this.dataSource.query(`SELECT 1 FROM auth_session WHERE id = $1 AND account_id = $2 AND revoked_at IS NULL`, [
      sessionId,
      accountId,
    ]);
    return rows.length > 0;
  }

  async liveIdsOf(accountId: string): Promise<string[]> {
    const rows: Array<{ id: string }> = await this.dataSource.query(
      `SELECT id FROM auth_session WHERE account_id = $1 AND revoked_at IS NULL`,
      [accountId],
    );
    return rows.map((r) => r.id);
  }
}
