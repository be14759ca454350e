import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';

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

  /** Ends the account's live sessions and returns their ids. */
  async revokeAllOfAccount(accountId: string, at: Date, manager?: EntityManager): Promise<string[]> {
    // TypeORM answers an UPDATE ... RETURNING on PostgreSQL with [rows, rowCount].
    const [rows]: [Array<{ id: string }>, number] = await (manager ?? this.dataSource).query(
      `UPDATE auth_session SET revoked_at = $2 WHERE account_id = $1 AND revoked_at IS NULL RETURNING id`,
      [accountId, at],
    );
    return rows.map((r) => r.id);
  }
}
