import { Injectable } from '@nestjs/common';
import type { AppointmentKind } from '@nabij/dossier/contracts';
import { DataSource } from 'typeorm';
import type { AppointmentWithCase } from './appointment-lookup.service';

const SELECT_WITH_CASE = `
  SELECT a.id AS "appointmentId", a.case_id AS "caseId", a.kind, a.starts_at AS "startsAt",
         a.duration_minutes AS "durationMinutes", a.status,
         c.organisation_id AS "organisationId", c.client_id AS "clientId", c.assigned_worker_id AS "assignedWorkerId",
         c.uses_online_dossier AS "usesOnlineDossier", c.closed_on IS NOT NULL AS "caseClosed",
         NULL AS "clientName", NULL AS "workerName"
    FROM appointment a
    JOIN care_case c ON c.id = a.case_id`;

/**
 * SQL of reading appointments with the case they belong to (appointment, care_case); the people's
 * names are filled in by AppointmentLookupService from identity's AccountDirectoryService.
 */
@Injectable()
export class AppointmentLookupRepository {
  constructor(private readonly dataSource: DataSource) {}

  async withCase(appointmentId: string): Promise<AppointmentWithCase | null> {
    const [row]: AppointmentWithCase[] = await this.dataSource.query(`${SELECT_WITH_CASE} WHERE a.id = $1`, [appointmentId]);
    return row ?? null;
  }

  /** Planned appointments of this kind starting in [from, until) on the client's cases or the worker's caseload. */
  async planned(
    who: { clientId: string } | { workerId: string; organisationId: string },
    kind: AppointmentKind,
    from: Date,
    until: Date,
  ): Promise<AppointmentWithCase[]> {
    const [filter, params] =
      'clientId' in who
        ? ['c.client_id = $1 AND c.uses_online_dossier', [who.clientId]]
        : ['c.assigned_worker_id = $1 AND c.organisation_id = $2', [who.workerId, who.organisationId]];
    const next = params.length + 1;
    return this.dataSource.query(
      `${SELECT_WITH_CASE}
        WHERE ${filter} AND c.closed_on IS NULL AND a.status = 'planned' AND a.kind = $${next}
          AND a.starts_at >= $${next + 1} AND a.starts_at < $${next + 2}
        ORDER BY a.starts_at LIMIT 20`,
      [...params, kind, from, until],
    );
  }

  /** Every appointment (any status) on the client's cases, for the client's own "download my data". */
  async ofClient(clientId: string): Promise<AppointmentWithCase[]> {
    return this.dataSource.query(`${SELECT_WITH_CASE} WHERE c.client_id = $1 ORDER BY a.starts_at, a.id`, [clientId]);
  }

  async plannedForNotice(kind: AppointmentKind, from: Date, until: Date): Promise<AppointmentWithCase[]> {
    return this.dataSource.query(
      `${SELECT_WITH_CASE}
        WHERE a.kind = $1 AND a.status = 'planned' AND a.starts_at >= $2 AND a.starts_at <= $3
          AND c.closed_on IS NULL AND c.uses_online_dossier
        ORDER BY a.starts_at, a.id`,
      [kind, from, until],
    );
  }

  /** Ids of the organisation's planned appointments starting after `from` on open cases shared online. */
  async plannedIdsOf(organisationId: string, from: Date): Promise<string[]> {
    const rows: Array<{ id: string }> = await this.dataSource.query(
      `SELECT a.id FROM appointment a JOIN care_case c ON c.id = a.case_id
        WHERE c.organisation_id = $1 AND a.status = 'planned' AND a.starts_at > $2 AND c.closed_on IS NULL AND c.uses_online_dossier
        ORDER BY a.starts_at, a.id`,
      [organisationId, from],
    );
    return rows.map((r) => r.id);
  }

  /** Per Amsterdam month (YYYY-MM) of the start: the organisation's appointments marked attended and no-show. */
  outcomesPerMonth(organisationId: string, from: Date, until: Date): Promise<Array<{ month: string; attended: number; noShow: number }>> {
    return this.dataSource.query(
      `SELECT to_char(a.starts_at AT TIME ZONE 'Europe/Amsterdam', 'YYYY-MM') AS month,
              count(*) FILTER (WHERE a.status = 'attended')::int AS "attended",
              count(*) FILTER (WHERE a.status = 'no_show')::int AS "noShow"
         FROM appointment a JOIN care_case c ON c.id = a.case_id
        WHERE c.organisation_id = $1 AND a.status IN ('attended', 'no_show') AND a.starts_at >= $2 AND a.starts_at < $3
        GROUP BY 1 ORDER BY 1`,
      [organisationId, from, until],
    );
  }
}
