import { Injectable } from '@nestjs/common';
import { Client } from 'pg';
import { DataSource, EntityManager } from 'typeorm';

/** PostgreSQL channel on which every API instance hears of ended sessions (delivered on commit). */
export const SESSION_REVOKED_CHANNEL = 'nabij_session_revoked';

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
