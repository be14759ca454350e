import { Injectable } from '@nestjs/common';
import { TIME_CONTACT_GROUPS } from '@nabij/time/contracts';
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
SELECT g.*, f.name AS financier,
       g.total_with / NULLIF(g.closed_with, 0) AS avg_with,
       g.total_without / NULLIF(g.closed_without, 0) AS avg_without
  FROM groups g
  JOIN financier f ON f.id = g.financier_id
 ORDER BY f.name, array_position(ARRAY['algemeen_mw', 'hulp_online', 'school_mw'], g.kind_of_work), g.problem_area NULLS FIRST`;

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

  /** The team a team lead leads (their own account's team). */
  async teamOf(accountId: string): Promise<string | null> {
    const [row] = await this.dataSource.query(`SELECT team_id FROM account WHERE id = $1`, [accountId]);
    return row?.team_id ?? null;
  }
}
