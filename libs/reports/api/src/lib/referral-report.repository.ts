import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { CaseloadScope } from './caseload-report.repository';

export interface ReferralCountsRow {
  key: string | null;
  proposed: number;
  made: number;
  accepted: number;
  closed: number;
}

const COUNTS = `
  count(*) FILTER (WHERE r.status = 'proposed')::int AS proposed,
  count(*) FILTER (WHERE r.status = 'made')::int     AS made,
  count(*) FILTER (WHERE r.status = 'accepted')::int AS accepted,
  count(*) FILTER (WHERE r.status = 'closed')::int   AS closed`;

/** The referrals in scope: made in the period (Amsterdam days) on a case of the organisation and its filters. */
const IN_SCOPE = `
  SELECT r.id, r.status, r.created_at, s.categories
    FROM social_referral r
    JOIN care_case c ON c.id = r.case_id
    LEFT JOIN social_service s ON s.id = r.service_id
   WHERE r.organisation_id = $1
     AND (r.created_at AT TIME ZONE 'Europe/Amsterdam')::date BETWEEN $2::date AND $3::date
     AND ($4::uuid IS NULL OR c.team_id = $4::uuid)
     AND ($5::uuid IS NULL OR c.assigned_worker_id = $5::uuid)
     AND ($6::uuid IS NULL OR c.financier_id = $6::uuid)`;

/** Counts of referrals to the social map (no names, no reasons) for the report. */
@Injectable()
export class ReferralReportRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Per month of the period ("YYYY-MM"), every month, also those without referrals. */
  byMonth(scope: CaseloadScope): Promise<ReferralCountsRow[]> {
    return this.dataSource.query(
      `WITH r AS (${IN_SCOPE}),
            months AS (SELECT to_char(m, 'YYYY-MM') AS key
                         FROM generate_series(date_trunc('month', $2::date), $3::date, interval '1 month') AS m)
       SELECT months.key, ${COUNTS}
         FROM months
         LEFT JOIN r ON to_char(r.created_at AT TIME ZONE 'Europe/Amsterdam', 'YYYY-MM') = months.key
        GROUP BY months.key ORDER BY months.key`,
      params(scope),
    );
  }

  /** Per topic of the referred service; a service with two topics counts in both, one removed since in none (key null). */
  byCategory(scope: CaseloadScope): Promise<ReferralCountsRow[]> {
    return this.dataSource.query(
      `WITH r AS (${IN_SCOPE})
       SELECT cat AS key, ${COUNTS}
         FROM r LEFT JOIN LATERAL unnest(r.categories) AS cat ON true
        GROUP BY cat ORDER BY count(*) DESC, cat`,
      params(scope),
    );
  }

  async total(scope: CaseloadScope): Promise<ReferralCountsRow> {
    const [row] = await this.dataSource.query(`WITH r AS (${IN_SCOPE}) SELECT NULL AS key, ${COUNTS} FROM r`, params(scope));
    return row;
  }
}

function params(s: CaseloadScope): unknown[] {
  return [s.organisationId, s.from, s.to, s.teamId, s.workerId, s.financierId];
}
