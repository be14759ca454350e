import { DataSource, EntityManager } from 'typeorm';
import { queryPrepared } from '../database/prepared-query';
import { AuditEntry } from './audit-entry.entity';

export type AuditRow = Omit<AuditEntry, 'id'>;

/** The SQL of table `audit_entry` (insert-only, NEN 7513). */
export class AuditRepository {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Writes the rows in one statement (its own transaction, or the caller's when `db` is given):
   * one array per column, so the statement is the same for 1 row or 1,000.
   */
  async insertMany(rows: AuditRow[], db?: EntityManager): Promise<void> {
    if (rows.length === 0) return;
    // Outside a transaction it is a prepared statement: the group commit runs it all the time.
    const query = db
      ? (text: string, values: unknown[]) => db.query(text, values)
      : (text: string, values: unknown[]) => queryPrepared(this.dataSource, text, values);
    await query(
      `INSERT INTO audit_entry (occurred_at, actor_id, actor_role, client_id, action, resource_type, resource_id, on_behalf_of, reason, ip, user_agent)
       SELECT * FROM unnest($1::timestamptz[], $2::uuid[], $3::text[], $4::uuid[], $5::text[], $6::text[], $7::text[], $8::uuid[], $9::text[], $10::text[], $11::text[])`,
      [
        rows.map((r) => r.occurredAt),
        rows.map((r) => r.actorId),
        rows.map((r) => r.actorRole),
        rows.map((r) => r.clientId),
        rows.map((r) => r.action),
        rows.map((r) => r.resourceType),
        rows.map((r) => r.resourceId),
        rows.map((r) => r.onBehalfOf),
        rows.map((r) => r.reason),
        rows.map((r) => r.ip),
        rows.map((r) => r.userAgent),
      ],
    );
  }

  /**
   * An erased client's own network details: the entries stay (who did what, when), without the
   * address and browser the client used. Returns how many entries lost them.
   */
  async forgetNetworkDetails(actorId: string, db: EntityManager): Promise<number> {
    const [, affected] = await db.query(
      `UPDATE audit_entry SET ip = NULL, user_agent = NULL WHERE actor_id = $1 AND (ip IS NOT NULL OR user_agent IS NOT NULL)`,
      [actorId],
    );
    return Number(affected ?? 0);
  }
}
