import { DataSource, EntityManager } from 'typeorm';
import { queryPrepared } from '../database/prepared-query';
import { arrayLiteral, uuidArrayParam } from '../database/uuid-array';
import { AuditEntry } from './audit-entry.entity';

/** A row to write; `clientIds` and `resourceIds` only on a list entry (see AuditEntry). */
export type AuditRow = Omit<AuditEntry, 'id' | 'clientIds' | 'resourceIds'> & {
  clientIds?: readonly string[] | null;
  resourceIds?: readonly (string | null)[] | null;
};

/** The SQL of table `audit_entry` (insert-only, NEN 7513). */
export class AuditRepository {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Writes the rows in one statement (its own transaction, or the caller's when `db` is given):
   * one array per column, so the statement is the same for 1 row or 1,000. What a request's
   * entries share (when, who, what, from where: the "head") is sent once for a run of rows that
   * share it, and each row adds only its client and resource: a worker's inbox writes one entry
   * per client shown, and sending the browser text and address 27 times was most of the bytes the
   * API built and PostgreSQL parsed for it. The rows written are the same, in the same order. A
   * list entry's clients and resources travel as one array literal each (text, cast in the statement).
   */
  async insertMany(rows: AuditRow[], db?: EntityManager): Promise<void> {
    if (rows.length === 0) return;
    // Outside a transaction it is a prepared statement: the group commit runs it all the time.
    const query = db
      ? (text: string, values: unknown[]) => db.query(text, values)
      : (text: string, values: unknown[]) => queryPrepared(this.dataSource, text, values);
    const heads: AuditRow[] = [];
    const headOf: number[] = [];
    for (const row of rows) {
      const last = heads[heads.length - 1];
      if (!last || !sameHead(last, row)) heads.push(row);
      headOf.push(heads.length);
    }
    await query(
      `INSERT INTO audit_entry (occurred_at, actor_id, actor_role, client_id, action, resource_type, resource_id, on_behalf_of, reason, ip, user_agent,
                                client_ids, resource_ids)
       SELECT h.occurred_at, h.actor_id, h.actor_role, r.client_id, h.action, h.resource_type, r.resource_id, h.on_behalf_of, h.reason, h.ip, h.user_agent,
              r.client_ids::uuid[], r.resource_ids::text[]
         FROM unnest($10::int[], $11::uuid[], $12::text[], $13::text[], $14::text[]) WITH ORDINALITY AS r(head, client_id, resource_id, client_ids, resource_ids, n)
         JOIN unnest($1::timestamptz[], $2::uuid[], $3::text[], $4::text[], $5::text[], $6::uuid[], $7::text[], $8::text[], $9::text[])
              WITH ORDINALITY AS h(occurred_at, actor_id, actor_role, action, resource_type, on_behalf_of, reason, ip, user_agent, n)
           ON h.n = r.head
        ORDER BY r.n`,
      [
        heads.map((r) => r.occurredAt),
        heads.map((r) => r.actorId),
        heads.map((r) => r.actorRole),
        heads.map((r) => r.action),
        heads.map((r) => r.resourceType),
        heads.map((r) => r.onBehalfOf),
        heads.map((r) => r.reason),
        heads.map((r) => r.ip),
        heads.map((r) => r.userAgent),
        headOf,
        uuidArrayParam(rows.map((r) => r.clientId)),
        uuidArrayParam(rows.map((r) => r.resourceId)),
        rows.map((r) => (r.clientIds ? arrayLiteral(r.clientIds) : null)),
        rows.map((r) => (r.resourceIds ? arrayLiteral(r.resourceIds) : null)),
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

/** Whether two rows share everything but their client and resource (see `insertMany`). */
function sameHead(a: AuditRow, b: AuditRow): boolean {
  return (
    a.occurredAt.getTime() === b.occurredAt.getTime() &&
    a.actorId === b.actorId &&
    a.actorRole === b.actorRole &&
    a.action === b.action &&
    a.resourceType === b.resourceType &&
    a.onBehalfOf === b.onBehalfOf &&
    a.reason === b.reason &&
    a.ip === b.ip &&
    a.userAgent === b.userAgent
  );
}
