import { Injectable } from '@nestjs/common';
import type { EvaluationChannel } from '@nabij/reports/contracts';
import { DataSource } from 'typeorm';

/** Organisation ($1), period ($2..$3, Dutch days of answering) and team ($4, null = all). */
export interface EvaluationScope {
  organisationId: string;
  from: string;
  to: string;
  teamId: string | null;
}

/** Sums rather than averages, so the service rounds once and a test can compute them by hand. */
export interface EvaluationSums {
  answers: number;
  skipped: number;
  helpful_sum: number;
  understood_sum: number;
  again: number;
}

export interface EvaluationGroupSums extends EvaluationSums {
  team_id: string | null;
  team: string | null;
  channel: EvaluationChannel;
}

export interface EvaluationTrendSums extends EvaluationSums {
  start: string;
  finish: string;
  channel: EvaluationChannel;
}

export interface EvaluationRemarkRow {
  team_id: string | null;
  channel: EvaluationChannel;
  remark: string;
}

/**
 * Every evaluation of the organisation in the scope, with its channel and team: a chat's team is
 * its case's team, else the team of the worker who took the chat (anonymous chats); a thread's team
 * is its case's team (duty-queue threads have none). A skip (threads only) has no scores.
 */
const SCOPED = `
WITH answers AS (
  SELECT 'chat' AS channel, coalesce(c.team_id, w.team_id) AS team_id, false AS skipped,
         e.helpful, e.understood, e.again, e.remark, e.created_at
    FROM chat_evaluation e
    JOIN chat_session s ON s.id = e.session_id
    LEFT JOIN care_case c ON c.id = s.case_id
    LEFT JOIN account w ON w.id = s.worker_id
   WHERE s.organisation_id = $1
  UNION ALL
  SELECT 'message', c.team_id, e.skipped, e.helpful, e.understood, e.again, e.remark, e.created_at
    FROM thread_evaluation e
    JOIN message_thread t ON t.id = e.thread_id
    LEFT JOIN care_case c ON c.id = t.case_id
   WHERE t.organisation_id = $1
), scoped AS (
  SELECT a.*, (a.created_at AT TIME ZONE 'Europe/Amsterdam')::date AS day
    FROM answers a
   WHERE (a.created_at AT TIME ZONE 'Europe/Amsterdam')::date BETWEEN $2::date AND $3::date
     AND ($4::uuid IS NULL OR a.team_id = $4::uuid)
)`;

const SUMS = `
  count(s.day) FILTER (WHERE NOT s.skipped)::int          AS answers,
  count(s.day) FILTER (WHERE s.skipped)::int              AS skipped,
  coalesce(sum(s.helpful), 0)::int                        AS helpful_sum,
  coalesce(sum(s.understood), 0)::int                     AS understood_sum,
  count(s.day) FILTER (WHERE s.again)::int                AS again`;

const GROUPS_SQL = `${SCOPED}
SELECT s.team_id, tm.name AS team, s.channel, ${SUMS}
  FROM scoped s
  LEFT JOIN team tm ON tm.id = s.team_id
 GROUP BY s.team_id, tm.name, s.channel
 ORDER BY tm.name NULLS LAST, s.channel`;

/** Per bucket ($5: week or month, clipped to the period) × channel; empty buckets show as zeros. */
const TREND_SQL = `${SCOPED}, buckets AS (
  SELECT greatest(b::date, $2::date) AS start,
         least((b + ('1 ' || $5)::interval - interval '1 day')::date, $3::date) AS finish
    FROM generate_series(date_trunc($5, $2::date::timestamp), $3::date::timestamp, ('1 ' || $5)::interval) AS b
)
SELECT to_char(b.start, 'YYYY-MM-DD') AS start, to_char(b.finish, 'YYYY-MM-DD') AS finish, ch.channel, ${SUMS}
  FROM buckets b
 CROSS JOIN (VALUES ('chat'), ('message')) AS ch(channel)
  LEFT JOIN scoped s ON s.channel = ch.channel AND s.day BETWEEN b.start AND b.finish
 GROUP BY b.start, b.finish, ch.channel
 ORDER BY b.start, ch.channel`;

/** Alphabetical and without dates, so a remark cannot be matched to one conversation. */
const REMARKS_SQL = `${SCOPED}
SELECT s.team_id, s.channel, s.remark FROM scoped s WHERE s.remark IS NOT NULL ORDER BY s.remark`;

/** Names to look for in remarks: the organisation's accounts and the nicknames given in its chats. */
const NAMES_SQL = `
SELECT name FROM account WHERE organisation_id = $1 AND name IS NOT NULL
UNION
SELECT nickname FROM chat_session WHERE organisation_id = $1 AND nickname IS NOT NULL`;

/** The evaluation report's SQL; aggregation in PostgreSQL, remarks read only to be shown without names. */
@Injectable()
export class EvaluationReportRepository {
  constructor(private readonly dataSource: DataSource) {}

  groups(scope: EvaluationScope): Promise<EvaluationGroupSums[]> {
    return this.dataSource.query(GROUPS_SQL, this.params(scope));
  }

  trend(scope: EvaluationScope, bucket: 'week' | 'month'): Promise<EvaluationTrendSums[]> {
    return this.dataSource.query(TREND_SQL, [...this.params(scope), bucket]);
  }

  remarks(scope: EvaluationScope): Promise<EvaluationRemarkRow[]> {
    return this.dataSource.query(REMARKS_SQL, this.params(scope));
  }

  async names(organisationId: string): Promise<string[]> {
    const rows: Array<{ name: string }> = await this.dataSource.query(NAMES_SQL, [organisationId]);
    return rows.map((r) => r.name);
  }

  private params(scope: EvaluationScope): Array<string | null> {
    return [scope.organisationId, scope.from, scope.to, scope.teamId];
  }
}
