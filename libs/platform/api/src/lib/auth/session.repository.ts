import { Injectable } from '@nestjs/common';
import type { AuthMethod } from '@nabij/platform/contracts';
import { Client } from 'pg';
import { DataSource, EntityManager } from 'typeorm';

/** PostgreSQL channel on which every API instance hears of ended sessions (delivered on commit). */
export const SESSION_REVOKED_CHANNEL = 'nabij_session_revoked';

/** The browser and operating system a login was made with (from its User-Agent). */
export interface SessionDevice {
  browser: string | null;
  os: string | null;
}

/** A login as "my sessions" lists it. */
export interface SessionRow {
  id: string;
  created_at: Date;
  last_used_at: Date | null;
  browser: string | null;
  os: string | null;
}

/** The SQL of table `auth_session`; SessionRegistry holds the caching and who is told of revocations. */
@Injectable()
export class SessionRepository {
  constructor(private readonly dataSource: DataSource) {}

  async insert(sessionId: string, accountId: string, at: Date, manager?: EntityManager): Promise<void> {
    await (manager ?? this.dataSource).query(
      `INSERT INTO auth_session (id, account_id, created_at) VALUES ($1, $2, $3) ON CONFLICT (id) DO NOTHING`,
      [sessionId, accountId, at],
    );
  }

  /** The ids among these whose session was ended. */
  async revokedAmong(sessionIds: string[]): Promise<string[]> {
    const rows: Array<{ id: string }> = await this.dataSource.query(
      `SELECT id FROM auth_session WHERE id = ANY($1::uuid[]) AND revoked_at IS NOT NULL`,
      [sessionIds],
    );
    return rows.map((r) => r.id);
  }

  async revoke(sessionId: string, at: Date, manager?: EntityManager): Promise<void> {
    await (manager ?? this.dataSource).query(`UPDATE auth_session SET revoked_at = $2 WHERE id = $1 AND revoked_at IS NULL`, [
      sessionId,
      at,
    ]);
  }

  /** Ids of sessions ended before `before` (oldest first, at most `limit`): housekeeping forgets them. */
  async endedBefore(before: Date, limit: number): Promise<string[]> {
    const rows: Array<{ id: string }> = await this.dataSource.query(
      `SELECT id FROM auth_session WHERE revoked_at < $1 ORDER BY revoked_at LIMIT $2`,
      [before, limit],
    );
    return rows.map((r) => r.id);
  }

  /** Removes these sessions' rows; call it in the transaction that removes their refresh tokens. */
  async deleteMany(sessionIds: string[], manager: EntityManager): Promise<number> {
    const [, removed]: [unknown, number] = await manager.query(`DELETE FROM auth_session WHERE id = ANY($1::uuid[])`, [sessionIds]);
    return removed;
  }

  /** Tells every API instance (their LISTEN connections) of ended sessions; sent with the caller's transaction. */
  async announceRevoked(payload: string, manager?: EntityManager): Promise<void> {
    await (manager ?? this.dataSource).query(`SELECT pg_notify($1, $2)`, [SESSION_REVOKED_CHANNEL, payload]);
  }

  /** Ends the account's live sessions and returns their ids. */
  async revokeAllOfAccount(accountId: string, at: Date, manager?: EntityManager): Promise<string[]> {
    // TypeORM answers an UPDATE ... RETURNING on PostgreSQL with [rows, rowCount].
    const [rows]: [Array<{ id: string }>, number] = await (manager ?? this.dataSource).query(
      `UPDATE auth_session SET revoked_at = $2 WHERE account_id = $1 AND revoked_at IS NULL RETURNING id`,
      [accountId, at],
    );
    return rows.map((r) => r.id);
  }

  /** Sets the last use, and the device when one is given. */
  async recordUse(sessionId: string, at: Date, device: SessionDevice | null, manager: EntityManager): Promise<void> {
    await manager.query(
      `UPDATE auth_session
          SET last_used_at = $2,
              browser = CASE WHEN $3::boolean THEN $4 ELSE browser END,
              os = CASE WHEN $3::boolean THEN $5 ELSE os END
        WHERE id = $1`,
      [sessionId, at, device !== null, device?.browser ?? null, device?.os ?? null],
    );
  }

  async setAmr(sessionId: string, amr: AuthMethod[], manager: EntityManager): Promise<void> {
    await manager.query(`UPDATE auth_session SET amr = $2 WHERE id = $1`, [sessionId, amr]);
  }

  async amrOf(sessionId: string): Promise<AuthMethod[] | null> {
    const [row] = await this.dataSource.query(`SELECT amr FROM auth_session WHERE id = $1`, [sessionId]);
    return row?.amr ?? null;
  }

  /** The account's sessions that were not ended, newest use first. */
  notEndedOf(accountId: string): Promise<SessionRow[]> {
    return this.dataSource.query(
      `SELECT id, created_at, last_used_at, browser, os FROM auth_session
        WHERE account_id = $1 AND revoked_at IS NULL
        ORDER BY coalesce(last_used_at, created_at) DESC`,
      [accountId],
    );
  }

  /** Whether this session was not ended and belongs to the account. */
  async isNotEndedOf(sessionId: string, accountId: string): Promise<boolean> {
    const rows = await this.dataSource.query(`SELECT 1 FROM auth_session WHERE id = $1 AND account_id = $2 AND revoked_at IS NULL`, [
      sessionId,
      accountId,
    ]);
    return rows.length > 0;
  }

  /** Every login of the account, oldest first: when it started and ended. */
  historyOf(accountId: string): Promise<Array<{ startedAt: Date; endedAt: Date | null }>> {
    return this.dataSource.query(
      `SELECT created_at AS "startedAt", revoked_at AS "endedAt" FROM auth_session WHERE account_id = $1 ORDER BY created_at`,
      [accountId],
    );
  }

  /**
   * Opens a connection of its own that LISTENs for announcements; `onLost` is called once when it
   * fails or cannot be opened. Returns how to close it.
   */
  async listenForRevocations(
    connectionString: string,
    onPayload: (payload: string | undefined) => void,
    onLost: (error: Error) => void,
  ): Promise<() => Promise<void>> {
    const client = new Client({ connectionString, connectionTimeoutMillis: 5_000 });
    let lost = false;
    const close = () => client.end().catch(() => undefined);
    const fail = (error: Error) => {
      if (lost) return;
      lost = true;
      void close();
      onLost(error);
    };
    client.on('error', fail);
    client.on('notification', (message) => onPayload(message.payload));
    try {
      await client.connect();
      await client.query(`LISTEN ${SESSION_REVOKED_CHANNEL}`);
    } catch (error) {
      fail(error instanceof Error ? error : new Error(String(error)));
    }
    return close;
  }
}
