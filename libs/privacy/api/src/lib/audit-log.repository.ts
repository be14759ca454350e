import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { AuditLogEntryView, UnusualAccess } from '@nabij/privacy/contracts';
import { DataSource } from 'typeorm';

export interface AuditLogFilters {
  organisationId: string;
  clientId?: string;
  userId?: string;
  from?: string;
  to?: string;
}

interface EntryRow {
  id: string;
  occurred_at: Date;
  actor_id: string | null;
  actor_name: string | null;
  actor_role: string | null;
  client_id: string | null;
  client_name: string | null;
  action: string;
  resource_type: string;
  resource_id: string | null;
  reason: string | null;
  ip: string | null;
}

/**
 * audit_entry has no organisation column: an entry belongs to the organisation of the person who
 * acted or of the client it is about. Entries without either (anonymous chat, failed logins of
 * unknown addresses) belong to no organisation and are never shown.
 */
function where(f: AuditLogFilters): { sql: string; params: unknown[] } {
  const params: unknown[] = [f.organisationId];
  const parts = ['(actor.organisation_id = $1 OR client.organisation_id = $1)'];
  if (f.clientId) parts.push(`e.client_id = $${params.push(f.clientId)}`);
  if (f.userId) parts.push(`e.actor_id = $${params.push(f.userId)}`);
  if (f.from) parts.push(`e.occurred_at >= ($${params.push(f.from)}::date::timestamp AT TIME ZONE 'Europe/Amsterdam')`);
  if (f.to) parts.push(`e.occurred_at < (($${params.push(f.to)}::date + 1)::timestamp AT TIME ZONE 'Europe/Amsterdam')`);
  return { sql: parts.join(' AND '), params };
}

const FROM = `FROM audit_entry e
  LEFT JOIN account actor ON actor.id = e.actor_id
  LEFT JOIN account client ON client.id = e.client_id`;

/** Reads by the organisation's staff of its clients from `$2` to `$3` (Amsterdam days); `$1` the organisation. */
const READS_IN_PERIOD = `FROM audit_entry e
       JOIN account actor ON actor.id = e.actor_id AND actor.organisation_id = $1 AND actor.role <> 'client'
       JOIN account client ON client.id = e.client_id AND client.organisation_id = $1
       WHERE e.action = 'read'
         AND e.occurred_at >= ($2::date::timestamp AT TIME ZONE 'Europe/Amsterdam')
         AND e.occurred_at < (($3::date + 1)::timestamp AT TIME ZONE 'Europe/Amsterdam')`;

@Injectable()
export class AuditLogRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async count(f: AuditLogFilters): Promise<number> {
    const w = where(f);
    const [row] = await this.db.query(`SELECT count(*)::int AS n ${FROM} WHERE ${w.sql}`, w.params);
    return row.n;
  }

  /** Newest first; the id breaks ties so pages never overlap. */
  async search(f: AuditLogFilters, limit: number, offset: number): Promise<AuditLogEntryView[]> {
    const w = where(f);
    const rows: EntryRow[] = await this.db.query(
      `SELECT e.id, e.occurred_at, e.actor_id, actor.name AS actor_name, e.actor_role, e.client_id, client.name AS client_name,
              e.action, e.resource_type, e.resource_id, e.reason, e.ip
       ${FROM} WHERE ${w.sql}
       ORDER BY e.occurred_at DESC, e.id DESC
       LIMIT $${w.params.length + 1} OFFSET $${w.params.length + 2}`,
      [...w.params, limit, offset],
    );
    return rows.map((r) => ({
      id: String(r.id),
      occurredAt: new Date(r.occurred_at).toISOString(),
      actorId: r.actor_id,
      actorName: r.actor_name,
      actorRole: r.actor_role,
      clientId: r.client_id,
      clientName: r.client_name,
      action: r.action,
      resourceType: r.resource_type,
      resourceId: r.resource_id,
      reason: r.reason,
      ip: r.ip,
    }));
  }

  /** The clients of the organisation whom its staff read in the period (Amsterdam days). */
  async clientsReadIn(organisationId: string, from: string, to: string): Promise<string[]> {
    const rows: Array<{ client_id: string }> = await this.db.query(
      `SELECT DISTINCT e.client_id
       ${READS_IN_PERIOD}`,
      [organisationId, from, to],
    );
    return rows.map((r) => r.client_id);
  }

  /**
   * Per staff member and Amsterdam day: how many different clients of the organisation they read
   * while not being the assigned worker of any case of that client (`assigned`: pairs from dossier's
   * CaseLookupService). Only reads count: writes are checked by the domains' own authorization.
   */
  async unusualAccess(
    organisationId: string,
    from: string,
    to: string,
    threshold: number,
    assigned: Array<{ clientId: string; workerId: string }>,
  ): Promise<UnusualAccess[]> {
    const rows = await this.db.query(
      `SELECT e.actor_id, actor.name AS actor_name, actor.role AS actor_role,
              to_char((e.occurred_at AT TIME ZONE 'Europe/Amsterdam')::date, 'YYYY-MM-DD') AS day,
              count(DISTINCT e.client_id)::int AS client_count
       ${READS_IN_PERIOD}
         AND NOT EXISTS (SELECT 1 FROM unnest($5::uuid[], $6::uuid[]) AS x(client_id, worker_id)
                          WHERE x.client_id = e.client_id AND x.worker_id = e.actor_id)
       GROUP BY e.actor_id, actor.name, actor.role, day
       HAVING count(DISTINCT e.client_id) > $4
       ORDER BY day DESC, client_count DESC`,
      [organisationId, from, to, threshold, assigned.map((a) => a.clientId), assigned.map((a) => a.workerId)],
    );
    return rows.map((r: { actor_id: string; actor_name: string; actor_role: string; day: string; client_count: number }) => ({
      actorId: r.actor_id,
      actorName: r.actor_name,
      actorRole: r.actor_role,
      day: r.day,
      clientCount: r.client_count,
    }));
  }
}
