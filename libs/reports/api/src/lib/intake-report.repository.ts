import { Injectable } from '@nestjs/common';
import type { AgeBand, IntakeReportChannel } from '@nabij/reports/contracts';
import { DataSource } from 'typeorm';

/** Organisation ($1), period of opening ($2..$3), team ($4) and financier ($5), null = all. */
export interface IntakeScope {
  organisationId: string;
  from: string;
  to: string;
  teamId: string | null;
  financierId: string | null;
}

export interface IntakeCountRow {
  channel: IntakeReportChannel;
  cases: number;
}

export interface IntakeTrendRow extends IntakeCountRow {
  start: string;
  finish: string;
}

export interface IntakeAgeCountRow extends IntakeCountRow {
  band: AgeBand;
}

/** The cases opened in the scope, with their channel and the client's age band on the opening day. */
const OPENED = `
WITH opened AS (
  SELECT coalesce(c.intake_channel, 'unknown') AS channel, c.opened_on,
         CASE WHEN a.birth_date IS NULL THEN 'unknown'
              WHEN age(c.opened_on, a.birth_date) < interval '18 years' THEN 'under_18'
              WHEN age(c.opened_on, a.birth_date) < interval '27 years' THEN '18_26'
              WHEN age(c.opened_on, a.birth_date) < interval '41 years' THEN '27_40'
              WHEN age(c.opened_on, a.birth_date) < interval '66 years' THEN '41_65'
              ELSE 'over_65' END AS band
    FROM care_case c
    LEFT JOIN account a ON a.id = c.client_id
   WHERE c.organisation_id = $1
     AND c.opened_on BETWEEN $2::date AND $3::date
     AND ($4::uuid IS NULL OR c.team_id = $4::uuid)
     AND ($5::uuid IS NULL OR c.financier_id = $5::uuid)
)`;

const CHANNELS_SQL = `${OPENED}
SELECT channel, count(*)::int AS cases FROM opened GROUP BY channel`;

/** Per bucket ($6: week or month, clipped to the period) × channel; only non-empty cells. */
const TREND_SQL = `${OPENED}, buckets AS (
  SELECT greatest(b::date, $2::date) AS start,
         least((b + ('1 ' || $6)::interval - interval '1 day')::date, $3::date) AS finish
    FROM generate_series(date_trunc($6, $2::date::timestamp), $3::date::timestamp, ('1 ' || $6)::interval) AS b
)
SELECT to_char(b.start, 'YYYY-MM-DD') AS start, to_char(b.finish, 'YYYY-MM-DD') AS finish, o.channel, count(o.opened_on)::int AS cases
  FROM buckets b
  LEFT JOIN opened o ON o.opened_on BETWEEN b.start AND b.finish
 GROUP BY b.start, b.finish, o.channel
 ORDER BY b.start`;

const AGES_SQL = `${OPENED}
SELECT channel, band, count(*)::int AS cases FROM opened GROUP BY channel, band`;

/** The intake report's SQL: counts of opened cases, nothing per person leaves the database. */
@Injectable()
export class IntakeReportRepository {
  constructor(private readonly dataSource: DataSource) {}

  channels(scope: IntakeScope): Promise<IntakeCountRow[]> {
    return this.dataSource.query(CHANNELS_SQL, this.params(scope));
  }

  /** Rows with `channel` null are buckets without any case. */
  trend(
    scope: IntakeScope,
    bucket: 'week' | 'month',
  ): Promise<Array<Omit<IntakeTrendRow, 'channel'> & { channel: IntakeReportChannel | null }>> {
    return this.dataSource.query(TREND_SQL, [...this.params(scope), bucket]);
  }

  ages(scope: IntakeScope): Promise<IntakeAgeCountRow[]> {
    return this.dataSource.query(AGES_SQL, this.params(scope));
  }

  private params(scope: IntakeScope): Array<string | null> {
    return [scope.organisationId, scope.from, scope.to, scope.teamId, scope.financierId];
  }
}
