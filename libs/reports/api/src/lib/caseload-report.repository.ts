import { Injectable } from '@nestjs/common';
import { TIME_CONTACT_GROUPS } from '@nabij/time/contracts';
import type { CaseloadFilters } from '@nabij/reports/contracts';
import { DataSource } from 'typeorm';

export interface CaseloadScope {
  organisationId: string;
  from: string;
  to: string;
  teamId: string | null;
  workerId: string | null;
  financierId: string | null;
}

/** One aggregated group as the database returns it (all numbers; formatting happens later). */
export interface CaseloadGroup {
  financier_id: string;
  financier: string;
  kind_of_work: 'algemeen_mw' | 'hulp_online' | 'school_mw';
  problem_area: 'materiele_problematiek' | null;
  closed_with: number;
  registration_with: number;
  online_with: number;
  total_with: number;
  avg_with: number | null;
  throughput_with: number | null;
  chat: number;
  message: number;
  homework: number;
  closed_without: number;
  total_without: number;
  avg_without: number | null;
  throughput_without: number | null;
}

/**
 * Per group of closed cases. Time counts every (not deleted) entry on a case, whatever day it was
 * registered: Table B reports the whole trajectory of each case closed in the year.
 * - averages per case: integer division, i.e. minutes truncated (Table B: 3015:00 / 252 = 11:57);
 * - throughput: closed_on − opened_on in days, averaged and rounded half up to whole days.
 */
const AGGREGATES = `
  count(*) FILTER (WHERE od)::int                                       AS closed_with,
  coalesce(sum(registration) FILTER (WHERE od), 0)::int                 AS registration_with,
  coalesce(sum(online) FILTER (WHERE od), 0)::int                       AS online_with,
  coalesce(sum(registration + online) FILTER (WHERE od), 0)::int        AS total_with,
  round(avg(days) FILTER (WHERE od))::int                               AS throughput_with,
  coalesce(sum(chat), 0)::int                                           AS chat,
  coalesce(sum(message), 0)::int                                        AS message,
  coalesce(sum(homework), 0)::int                                       AS homework,
  count(*) FILTER (WHERE NOT od)::int                                   AS closed_without,
  coalesce(sum(registration + online) FILTER (WHERE NOT od), 0)::int    AS total_without,
  round(avg(days) FILTER (WHERE NOT od))::int                           AS throughput_without`;

const CASELOAD_SQL = `
WITH per_case AS (
  SELECT c.id, c.financier_id, c.kind_of_work, c.uses_online_dossier AS od,
         'materiele_problematiek' = ANY (c.problem_areas) AS material,
         c.closed_on - c.opened_on AS days,
         coalesce(sum(te.minutes) FILTER (WHERE te.contact_type = ANY ($7::text[])), 0) AS registration,
         coalesce(sum(te.minutes) FILTER (WHERE te.contact_type = ANY ($8::text[])), 0) AS online,
         count(*) FILTER (WHERE te.contact_type = 'chat') AS chat,
         count(*) FILTER (WHERE te.contact_type = 'message') AS message,
         count(*) FILTER (WHERE te.contact_type = 'homework_feedback') AS homework
    FROM care_case c
    LEFT JOIN time_entry te ON te.case_id = c.id AND te.deleted_at IS NULL
   WHERE c.organisation_id = $1
     AND c.closed_on BETWEEN $2::date AND $3::date
     AND ($4::uuid IS NULL OR c.team_id = $4::uuid)
     AND ($5::uuid IS NULL OR c.assigned_worker_id = $5::uuid)
     AND ($6::uuid IS NULL OR c.financier_id = $6::uuid)
   GROUP BY c.id
), groups AS (
  SELECT financier_id, kind_of_work, NULL::text AS problem_area, ${AGGREGATES}
    FROM per_case GROUP BY financier_id, kind_of_work
  UNION ALL
  SELECT financier_id, kind_of_work, 'materiele_problematiek', ${AGGREGATES}
    FROM per_case WHERE kind_of_work = 'algemeen_mw' AND material GROUP BY financier_id, kind_of_work
)
SELECT g.*, coalesce(f.report_name, f.name) AS financier,
       g.total_with / NULLIF(g.closed_with, 0) AS avg_with,
       g.total_without / NULLIF(g.closed_without, 0) AS avg_without
  FROM groups g
  JOIN financier f ON f.id = g.financier_id
 ORDER BY coalesce(f.report_name, f.name), array_position(ARRAY['algemeen_mw', 'hulp_online', 'school_mw'], g.kind_of_work), g.problem_area NULLS FIRST`;

/** Case filters shared by the compliance and no-show queries ($1 organisation … $6 financier). */
const CASE_SCOPE = `
  ($4::uuid IS NULL OR c.team_id = $4::uuid)
  AND ($5::uuid IS NULL OR c.assigned_worker_id = $5::uuid)
  AND ($6::uuid IS NULL OR c.financier_id = $6::uuid)`;

/**
 * Answer deadlines of client messages. Threads without a case (duty queue) count only when no
 * team/worker/financier filter is set. Days are Dutch calendar days.
 */
const MESSAGES_SQL = `
SELECT count(*) FILTER (WHERE in_period AND d.answered_at IS NOT NULL AND d.answered_at <= d.due_at)::int AS answered_in_time,
       count(*) FILTER (WHERE in_period AND d.answered_at > d.due_at)::int                              AS answered_late,
       count(*) FILTER (WHERE in_period AND d.answered_at IS NULL AND d.due_at < $7)::int               AS unanswered_past_due,
       count(*) FILTER (WHERE d.answered_at IS NULL AND d.due_at < $7)::int                             AS overdue_now
  FROM message_deadline d
  JOIN message_thread t ON t.id = d.thread_id
  LEFT JOIN care_case c ON c.id = t.case_id
  CROSS JOIN LATERAL (SELECT (d.due_at AT TIME ZONE 'Europe/Amsterdam')::date BETWEEN $2::date AND $3::date AS in_period) p
 WHERE t.organisation_id = $1
   AND (c.id IS NOT NULL OR ($4::uuid IS NULL AND $5::uuid IS NULL AND $6::uuid IS NULL))
   AND (c.id IS NULL OR (${CASE_SCOPE}))`;

const APPOINTMENTS_SQL = `
SELECT count(*) FILTER (WHERE a.status = 'attended')::int AS attended,
       count(*) FILTER (WHERE a.status = 'no_show')::int  AS no_show
  FROM appointment a
  JOIN care_case c ON c.id = a.case_id
 WHERE c.organisation_id = $1
   AND (a.starts_at AT TIME ZONE 'Europe/Amsterdam')::date BETWEEN $2::date AND $3::date
   AND ${CASE_SCOPE}`;

export interface ComplianceCounts {
  answered_in_time: number;
  answered_late: number;
  unanswered_past_due: number;
  overdue_now: number;
  attended: number;
  no_show: number;
}

/** The caseload report's SQL: aggregation happens in PostgreSQL, never row by row in Node. */
@Injectable()
export class CaseloadReportRepository {
  constructor(private readonly dataSource: DataSource) {}

  groups(scope: CaseloadScope): Promise<CaseloadGroup[]> {
    return this.dataSource.query(CASELOAD_SQL, [
      scope.organisationId,
      scope.from,
      scope.to,
      scope.teamId,
      scope.workerId,
      scope.financierId,
      TIME_CONTACT_GROUPS.registration,
      TIME_CONTACT_GROUPS.onlineDossier,
    ]);
  }

  /** 48-hour compliance and no-show counts for the scope; `now` decides what is overdue. */
  async compliance(scope: CaseloadScope, now: Date): Promise<ComplianceCounts> {
    const params = [scope.organisationId, scope.from, scope.to, scope.teamId, scope.workerId, scope.financierId];
    const [[messages], [appointments]] = await Promise.all([this.dataSource.query(MESSAGES_SQL, [...params, now]), this.dataSource.query(APPOINTMENTS_SQL, params)]);
    return { ...messages, ...appointments };
  }

  /** Teams, workers and financiers of the organisation (one team only when `teamId` is set). */
  async filters(organisationId: string, teamId: string | null): Promise<Omit<CaseloadFilters, 'fixedTeamId'>> {
    const [teams, workers, financiers] = await Promise.all([
      this.dataSource.query(`SELECT id, name FROM team WHERE organisation_id = $1 AND ($2::uuid IS NULL OR id = $2::uuid) ORDER BY name`, [organisationId, teamId]),
      this.dataSource.query(
        `SELECT id, name FROM account WHERE organisation_id = $1 AND role IN ('worker', 'team_lead') AND ($2::uuid IS NULL OR team_id = $2::uuid) ORDER BY name`,
        [organisationId, teamId],
      ),
      this.dataSource.query(`SELECT id, coalesce(report_name, name) AS name FROM financier WHERE organisation_id = $1 ORDER BY 2`, [organisationId]),
    ]);
    return { teams, workers, financiers };
  }

  /** The team a team lead leads (their own account's team). */
  async teamOf(accountId: string): Promise<string | null> {
    const [row] = await this.dataSource.query(`SELECT team_id FROM account WHERE id = $1`, [accountId]);
    return row?.team_id ?? null;
  }
}
