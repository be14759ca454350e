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

/**
 * The log as the readers show it, one line per client: an entry as it is, a list entry (a worker's
 * inbox or caseload as seen: `client_ids`) as one line per client it showed, with the resource shown
 * for that client. A list line's id is the entry's id and its place in the list (`41.3`), so lines
 * stay apart; `n` orders the lines of one entry. `filter` narrows the entries (table `a`) before they
 * are turned into lines, so the indexes serve it.
 */
const linesOf = (filter: string) => `(
    SELECT CASE WHEN a.client_ids IS NULL THEN a.id::text ELSE a.id || '.' || l.n END AS id, a.id AS entry_id, l.n,
           a.occurred_at, a.actor_id, a.actor_role, l.client_id, a.action, a.resource_type, l.resource_id,
           a.on_behalf_of, a.reason, a.ip, a.user_agent
      FROM audit_entry a
     CROSS JOIN LATERAL unnest(coalesce(a.client_ids, ARRAY[a.client_id]), coalesce(a.resource_ids, ARRAY[a.resource_id]))
           WITH ORDINALITY AS l(client_id, resource_id, n)
     WHERE ${filter})`;

/**
 * Every line of the log with the columns of `audit_entry` (a list entry's clients each on a line),
 * for the specs that check what was logged: `SELECT … FROM ${AUDIT_LINES} WHERE …`.
 */
export const AUDIT_LINES = `${linesOf('true')} AS audit_line`;

/** Entries that are about client `$n` (theirs, or a list that showed them): by either index. */
const aboutClient = (n: number) => `(a.client_id = $${n} OR a.client_ids @> ARRAY[$${n}::uuid])`;

/** Newest first; the entry's id and the line's place break ties, so pages never overlap. */
const NEWEST_FIRST = 'ORDER BY e.occurred_at DESC, e.entry_id DESC, e.n';

/** The account ids of an organisation as a set to test against (a hashed sub-plan, whatever their number). */
const ORG_SCOPE = `(e.actor_id IN (SELECT unnest($1::uuid[])) OR e.client_id IN (SELECT unnest($1::uuid[])))`;

/** A search as the lines to read (`from`) and the test of each line (`where`). */
function searched(f: AuditSearchFilter): { from: string; where: string; params: unknown[] } {
  const params: unknown[] = [f.accountIds];
  const entry: string[] = [];
  const line = [ORG_SCOPE];
  if (f.clientId) {
    const n = params.push(f.clientId);
    entry.push(aboutClient(n));
    line.push(`e.client_id = $${n}`);
  }
  if (f.userId) entry.push(`a.actor_id = $${params.push(f.userId)}`);
  if (f.from) entry.push(`a.occurred_at >= ($${params.push(f.from)}::date::timestamp AT TIME ZONE 'Europe/Amsterdam')`);
  if (f.to) entry.push(`a.occurred_at < (($${params.push(f.to)}::date + 1)::timestamp AT TIME ZONE 'Europe/Amsterdam')`);
  return { from: linesOf(entry.join(' AND ') || 'true'), where: line.join(' AND '), params };
}

/** Reads by `$1` (staff ids) of `$2` (client ids) from `$3` to `$4` (Amsterdam days). */
const READS_IN_PERIOD = `FROM ${linesOf(`a.action = 'read'
         AND a.actor_id IN (SELECT unnest($1::uuid[]))
         AND a.occurred_at >= ($3::date::timestamp AT TIME ZONE 'Europe/Amsterdam')
         AND a.occurred_at < (($4::date + 1)::timestamp AT TIME ZONE 'Europe/Amsterdam')`)} e
       WHERE e.client_id IN (SELECT unnest($2::uuid[]))`;

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
         FROM ${linesOf(aboutClient(1))} e
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
         FROM ${linesOf(aboutClient(1))} e WHERE e.client_id = $1 ${NEWEST_FIRST}`,
      [clientId],
    );
  }

  async countAboutClient(clientId: string): Promise<number> {
    const [row] = await this.dataSource.query(`SELECT count(*)::int AS n FROM ${linesOf(aboutClient(1))} e WHERE e.client_id = $1`, [
      clientId,
    ]);
    return row.n;
  }

  async count(f: AuditSearchFilter): Promise<number> {
    const w = searched(f);
    const [row] = await this.dataSource.query(`SELECT count(*)::int AS n FROM ${w.from} e WHERE ${w.where}`, w.params);
    return row.n;
  }

  /** Newest first (NEWEST_FIRST). */
  search(f: AuditSearchFilter, limit: number, offset: number): Promise<AuditEntryRow[]> {
    const w = searched(f);
    return this.dataSource.query(
      `SELECT e.id, e.occurred_at, e.actor_id, e.actor_role, e.client_id, e.action, e.resource_type, e.resource_id, e.reason, e.ip
         FROM ${w.from} e WHERE ${w.where}
        ${NEWEST_FIRST}
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
