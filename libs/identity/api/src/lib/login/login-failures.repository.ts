import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';

// Keeps these advisory locks apart from others on the same database (the two-int form has its own key space).
const LOCK_NAMESPACE = 7_246_020;

/** Wrong passwords of one e-mail address: from one client address within the pair window, and in all. */
export interface FailureCounts {
  pair: number;
  pair_oldest: Date | null;
  account: number;
  account_latest: Date | null;
}

/** Every SQL statement on `login_failure`; the throttle's transaction is passed in as `manager`. */
@Injectable()
export class LoginFailuresRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Serialises attempts on one e-mail address until the caller's transaction ends. */
  async lockEmail(email: string, manager: EntityManager): Promise<void> {
    await manager.query(`SELECT pg_advisory_xact_lock($1, hashtext($2))`, [LOCK_NAMESPACE, email]);
  }

  async deleteUpTo(email: string, before: Date, manager: EntityManager): Promise<void> {
    await manager.query(`DELETE FROM login_failure WHERE lower(email) = $1 AND occurred_at <= $2`, [email, before]);
  }

  async counts(email: string, address: string, pairSince: Date, accountSince: Date, manager: EntityManager): Promise<FailureCounts> {
    const [row]: FailureCounts[] = await manager.query(
      `SELECT count(*) FILTER (WHERE client_address = $2 AND occurred_at > $3)::int AS pair,
              min(occurred_at) FILTER (WHERE client_address = $2 AND occurred_at > $3) AS pair_oldest,
              count(*) FILTER (WHERE occurred_at > $4)::int AS account,
              max(occurred_at) FILTER (WHERE occurred_at > $4) AS account_latest
         FROM login_failure WHERE lower(email) = $1`,
      [email, address, pairSince, accountSince],
    );
    return row;
  }

  async insert(email: string, address: string, occurredAt: Date, manager: EntityManager): Promise<void> {
    await manager.query(`INSERT INTO login_failure (email, client_address, occurred_at) VALUES ($1, $2, $3)`, [email, address, occurredAt]);
  }

  async deletePair(email: string, address: string): Promise<void> {
    await this.dataSource.query(`DELETE FROM login_failure WHERE lower(email) = $1 AND client_address = $2`, [email, address]);
  }
}
