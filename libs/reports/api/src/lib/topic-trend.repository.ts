import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { IntakeScope } from './intake-report.repository';

export interface TopicMonthRow {
  start: string;
  finish: string;
  /** `none` for cases without a problem area; null on the total row and in an empty month. */
  area: string | null;
  /** The month's distinct new cases (a case with two areas counts once). */
  total: boolean;
  cases: number;
}

export interface TopicFinancierRow {
  financier_id: string;
  financier: string;
  area: string | null;
  total: boolean;
  cases: number;
}

/** Cases opened in the scope, one row per problem area (`none` for a case without any). */
const OPENED = `
WITH opened AS (
  SELECT c.id, c.financier_id, c.opened_on, a.area
    FROM care_case c
    CROSS JOIN LATERAL unnest(CASE WHEN cardinality(c.problem_areas) = 0 THEN ARRAY['none'] ELSE c.problem_areas END) AS a(area)
   WHERE c.organisation_id = $1
     AND c.opened_on BETWEEN $2::date AND $3::date
     AND ($4::uuid IS NULL OR c.team_id = $4::uuid)
     AND ($5::uuid IS NULL OR c.financier_id = $5::uuid)
)`;

/** Per month (clipped to the period) × area, and the month's total of distinct cases; an empty month has a total of 0. */
const MONTHS_SQL = `${OPENED}, months AS (
  SELECT greatest(b::date, $2::date) AS start, least((b + interval '1 month' - interval '1 day')::date, $3::date) AS finish
    FROM generate_series(date_trunc('month', $2::date::timestamp), $3::date::timestamp, interval '1 month') AS b
)
SELECT to_char(m.start, 'YYYY-MM-DD') AS start, to_char(m.finish, 'YYYY-MM-DD') AS finish,
       CASE WHEN GROUPING(o.area) = 0 THEN o.area END AS area, GROUPING(o.area) = 1 AS total, count(DISTINCT o.id)::int AS cases
  FROM months m LEFT JOIN opened o ON o.opened_on BETWEEN m.start AND m.finish
 GROUP BY GROUPING SETS ((m.start, m.finish, o.area), (m.start, m.finish))
 ORDER BY m.start`;

const FINANCIERS_SQL = `${OPENED}
SELECT o.financier_id, coalesce(f.report_name, f.name) AS financier, GROUPING(o.area) = 1 AS total, o.area,
       count(DISTINCT o.id)::int AS cases
  FROM opened o JOIN financier f ON f.id = o.financier_id
 GROUP BY GROUPING SETS ((o.financier_id, f.report_name, f.name, o.area), (o.financier_id, f.report_name, f.name))
 ORDER BY coalesce(f.report_name, f.name)`;

/** Problem areas of new cases: counts only. */
@Injectable()
export class TopicTrendRepository {
  constructor(private readonly dataSource: DataSource) {}

  months(scope: IntakeScope): Promise<TopicMonthRow[]> {
    return this.dataSource.query(MONTHS_SQL, this.params(scope));
  }

  financiers(scope: IntakeScope): Promise<TopicFinancierRow[]> {
    return this.dataSource.query(FINANCIERS_SQL, this.params(scope));
  }

  private params(scope: IntakeScope): Array<string | null> {
    return [scope.organisationId, scope.from, scope.to, scope.teamId, scope.financierId];
  }
}
