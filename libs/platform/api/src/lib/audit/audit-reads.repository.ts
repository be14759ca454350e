import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

/** One line of the log as the readers return it: ids only; the domains add names. */
export interface AuditEntryRow {
  id: string;
  occurred_at: Date;
  actor_id: string | null;
  actor_role: string | null;
  client_id: string | null;
  action: string;
  resource_type: string;
  resource_id: string | null;
  reason: string | null;
  ip: string | null;
}

/** A search of the log: `accountIds` are the accounts of one organisation (an entry is theirs as actor or as client). */
export interface AuditSearchFilter {
  accountIds: string[];
  clientId?: string;
  userId?: string;
  /** Amsterdam days, inclusive. */
  from?: string;
  to?: string;
}

/** A search of reads by staff of clients within one organisation, from `from` to `to` (Amsterdam days). */
export interface StaffReadsFilter {
  staffIds: string[];
  clientIds: string[];
  from: string;
  to: string;
}

/** The account ids of an organisation as a set to test against (a hashed sub-plan, whatever their number). */
const ORG_SCOPE = `(e.actor_id IN (SELECT unnest($1::uuid[])) OR e.client_id IN (SELECT unnest($1::uuid[])))`;

function where(f: AuditSearchFilter): { sql: string; params: unknown[] } {
  const params: unknown[] = [f.accountIds];
  const parts = [ORG_SCOPE];
  if (f.clientId) parts.push(`e.client_id = $${params.push(f.clientId)}`);
  if (f.userId) parts.push(`e.actor_id = $${params.push(f.userId)}`);
  if (f.from) parts.push(`e.occurred_at >= ($${params.push(f.from)}::date::timestamp AT TIME ZONE 'Europe/Amsterdam')`);
  if (f.to) parts.push(`e.occurred_at < (($${params.push(f.to)}::date + 1)::timestamp AT TIME ZONE 'Europe/Amsterdam')`);
  return { sql: parts.join(' AND '), params };
}

/** Reads by `$1` (staff ids) of `$2` (client ids) from `$3` to `$4` (Amsterdam days). */
const READS_IN_PERIOD = `FROM audit_entry e
       WHERE e.action = 'read'
         AND e.actor_id IN (SELECT unnest($1::uuid[]))
         AND e.client_id IN (SELECT unnest($2::uuid[]))
         AND e.occurred_at >= ($3::date::timestamp AT TIME ZONE 'Europe/Amsterdam')
         AND e.occurred_at < (($4::date + 1)::timestamp AT TIME ZONE 'Europe/Amsterdam')`;

/** The reads of table `audit_entry` that other domains show (AuditLogReader); AuditRepository writes it. */
@Injectable()
export class AuditReadsRepository {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * The entries about the client by others (`actor_id` not the client), grouped per Amsterdam day,
   * actor, kind (from `kindOf`: resource type → kind, else 'other') and action (read, create,
   * update, delete, else 'other'), newest day first.
   */
  groupedAboutClient(
    clientId: string,
    kindOf: Record<string, string>,
    limit: number,
    offset: number,
  ): Promise<
    Array<{ day: string; actor_id: string | null; actor_role: string | null; kind: string; action: string; times: number; last_at: Date }>
  > {
    return this.dataSource.query(
      `SELECT to_char((e.occurred_at AT TIME ZONE 'Europe/Amsterdam')::date, 'YYYY-MM-DD') AS day,
              e.actor_id, e.actor_role, coalesce(k.kind, 'other') AS kind,
              CASE WHEN e.action IN ('read', 'create', 'update', 'delete') THEN e.action ELSE 'other' END AS action,
              count(*)::int AS times, max(e.occurred_at) AS last_at
         FROM audit_entry e
         LEFT JOIN unnest($4::text[], $5::text[]) AS k(resource_type, kind) ON k.resource_type = e.resource_type
        WHERE e.client_id = $1 AND e.actor_id IS DISTINCT FROM $1
        GROUP BY 1, e.actor_id, e.actor_role, 4, 5
        ORDER BY day DESC, last_at DESC, e.actor_id, kind, action
        LIMIT $2 OFFSET $3`,
      [clientId, limit, offset, Object.keys(kindOf), Object.values(kindOf)],
    );
  }

  /** Every entry about the client, newest first. */
  aboutClient(clientId: string): Promise<AuditEntryRow[]> {
    return this.dataSource.query(
      `SELECT e.id, e.occurred_at, e.actor_id, e.actor_role, e.client_id, e.action, e.resource_type, e.resource_id, e.reason, e.ip
         FROM audit_entry e WHERE e.client_id = $1 ORDER BY e.occurred_at DESC, e.id DESC`,
      [clientId],
    );
  }

  async countAboutClient(clientId: string): Promise<number> {
    const [row] = await this.dataSource.query(`SELECT count(*)::int AS n FROM audit_entry WHERE client_id = $1`, [clientId]);
    return row.n;
  }

  async count(f: AuditSearchFilter): Promise<number> {
    const w = where(f);
    const [row] = await this.dataSource.query(`SELECT count(*)::int AS n FROM audit_entry e WHERE ${w.sql}`, w.params);
    return row.n;
  }

  /** Newest first; the id breaks ties so pages never overlap. */
  search(f: AuditSearchFilter, limit: number, offset: number): Promise<AuditEntryRow[]> {
    const w = where(f);
    return this.dataSource.query(
      `SELECT e.id, e.occurred_at, e.actor_id, e.actor_role, e.client_id, e.action, e.resource_type, e.resource_id, e.reason, e.ip
         FROM audit_entry e WHERE ${w.sql}
        ORDER BY e.occurred_at DESC, e.id DESC
        LIMIT $${w.params.length + 1} OFFSET $${w.params.length + 2}`,
      [...w.params, limit, offset],
    );
  }

  async clientsReadBy(f: StaffReadsFilter): Promise<string[]> {
    const rows: Array<{ client_id: string }> = await this.dataSource.query(`SELECT DISTINCT e.client_id ${READS_IN_PERIOD}`, [
      f.staffIds,
      f.clientIds,
      f.from,
      f.to,
    ]);
    return rows.map((r) => r.client_id);
  }

  /** Per actor and Amsterdam day, how many different clients they read that are not in `except` (client, actor) pairs, above `threshold`. */
  readsAbove(
    f: StaffReadsFilter,
    threshold: number,
    except: Array<{ clientId: string; actorId: string }>,
  ): Promise<Array<{ actor_id: string; day: string; client_count: number }>> {
    return this.dataSource.query(
      `SELECT e.actor_id, to_char((e.occurred_at AT TIME ZONE 'Europe/Amsterdam')::date, 'YYYY-MM-DD') AS day,
              count(DISTINCT e.client_id)::int AS client_count
       ${READS_IN_PERIOD}
         AND NOT EXISTS (SELECT 1 FROM unnest($6::uuid[], $7::uuid[]) AS x(client_id, actor_id)
                          WHERE x.client_id = e.client_id AND x.actor_id = e.actor_id)
       GROUP BY e.actor_id, day
       HAVING count(DISTINCT e.client_id) > $5
       ORDER BY day DESC, client_count DESC, e.actor_id`,
      [f.staffIds, f.clientIds, f.from, f.to, threshold, except.map((x) => x.clientId), except.map((x) => x.actorId)],
    );
  }
}
