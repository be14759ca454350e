import { Injectable } from '@nestjs/common';
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
 * registered: Table B reports the whole trajectory of each case closed in the year. The per-case
 * totals come from `case_time_rollup`, which the database keeps equal to the sum of the case's
 * entries in the same transaction as every change (migration 1796074000000), split by
 * TIME_CONTACT_GROUPS.
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
         (c.kind_of_work = 'algemeen_mw' AND 'materiele_problematiek' = ANY (c.problem_areas)) AS material,
         c.closed_on - c.opened_on AS days,
         coalesce(r.registration_minutes, 0) AS registration,
         coalesce(r.online_minutes, 0) AS online,
         coalesce(r.chat_entries, 0) AS chat,
         coalesce(r.message_entries, 0) AS message,
         coalesce(r.homework_entries, 0) AS homework
    FROM care_case c
    LEFT JOIN case_time_rollup r ON r.case_id = c.id
   WHERE c.organisation_id = $1
     AND c.closed_on BETWEEN $2::date AND $3::date
     AND ($4::uuid IS NULL OR c.team_id = $4::uuid)
     AND ($5::uuid IS NULL OR c.assigned_worker_id = $5::uuid)
     AND ($6::uuid IS NULL OR c.financier_id = $6::uuid)
), groups AS (
  -- One pass over the cases for both kinds of row: each financier × kind of work, and within general
  -- social work (algemeen_mw) the cases with material problems once more (a grouping set of its own).
  -- Two aggregations over the same CTE made PostgreSQL write the 50,000 cases to disk first.
  SELECT financier_id, kind_of_work,
         CASE WHEN GROUPING(material) = 0 THEN 'materiele_problematiek' END AS problem_area, ${AGGREGATES}
    FROM per_case
   GROUP BY GROUPING SETS ((financier_id, kind_of_work), (financier_id, kind_of_work, material))
  HAVING GROUPING(material) = 1 OR material
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

/**
 * The same deadlines as MESSAGES_SQL, counted per bucket (week or month, $8) of the period; buckets
 * are clipped to the period. generate_series makes empty buckets show up as zeros.
 */
const TREND_SQL = `
WITH buckets AS (
  SELECT greatest(b::date, $2::date) AS start,
         least((b + ('1 ' || $8)::interval - interval '1 day')::date, $3::date) AS finish
    FROM generate_series(date_trunc($8, $2::date::timestamp), $3::date::timestamp, ('1 ' || $8)::interval) AS b
), deadlines AS (
  SELECT (d.due_at AT TIME ZONE 'Europe/Amsterdam')::date AS day, d.due_at, d.answered_at
    FROM message_deadline d
    JOIN message_thread t ON t.id = d.thread_id
    LEFT JOIN care_case c ON c.id = t.case_id
   WHERE t.organisation_id = $1
     AND (d.due_at AT TIME ZONE 'Europe/Amsterdam')::date BETWEEN $2::date AND $3::date
     AND (c.id IS NOT NULL OR ($4::uuid IS NULL AND $5::uuid IS NULL AND $6::uuid IS NULL))
     AND (c.id IS NULL OR (${CASE_SCOPE}))
)
SELECT to_char(b.start, 'YYYY-MM-DD') AS start, to_char(b.finish, 'YYYY-MM-DD') AS finish,
       count(d.day) FILTER (WHERE d.answered_at IS NOT NULL AND d.answered_at <= d.due_at)::int AS answered_in_time,
       count(d.day) FILTER (WHERE d.answered_at > d.due_at)::int                               AS answered_late,
       count(d.day) FILTER (WHERE d.answered_at IS NULL AND d.due_at < $7)::int                AS unanswered_past_due
  FROM buckets b
  LEFT JOIN deadlines d ON d.day BETWEEN b.start AND b.finish
 GROUP BY b.start, b.finish
 ORDER BY b.start`;

/**
 * The live view: case-bound time entries of the period ($2..$3, by their Dutch day), on open and
 * closed cases alike, per financier × kind of work, per worker who registered them, and in total
 * (one statement, GROUPING SETS). A case counts as closed when it closed by the period's last day.
 * Team and financier filters are the case's (as in Table B); the worker filter is the entry's.
 */
const PERIOD_HOURS_SQL = `
WITH entries AS (
  SELECT e.worker_id, e.case_id, e.minutes, c.financier_id, c.kind_of_work,
         coalesce(c.closed_on <= $3::date, false) AS closed
    FROM time_entry e
    JOIN care_case c ON c.id = e.case_id
   WHERE e.deleted_at IS NULL AND e.case_id IS NOT NULL
     AND e.occurred_on BETWEEN $2::date AND $3::date
     AND c.organisation_id = $1
     AND ($4::uuid IS NULL OR c.team_id = $4::uuid)
     AND ($5::uuid IS NULL OR e.worker_id = $5::uuid)
     AND ($6::uuid IS NULL OR c.financier_id = $6::uuid)
), groups AS (
  SELECT GROUPING(financier_id, kind_of_work, worker_id)::int AS grouping,
         financier_id, kind_of_work, worker_id,
         count(DISTINCT case_id)::int AS cases,
         coalesce(sum(minutes) FILTER (WHERE NOT closed), 0)::int AS open_minutes,
         coalesce(sum(minutes) FILTER (WHERE closed), 0)::int AS closed_minutes
    FROM entries
   GROUP BY GROUPING SETS ((financier_id, kind_of_work), (worker_id), ())
)
SELECT CASE g.grouping WHEN 1 THEN 'financier' WHEN 6 THEN 'worker' ELSE 'total' END AS kind,
       g.financier_id, coalesce(f.report_name, f.name) AS financier, g.kind_of_work,
       g.worker_id, coalesce(a.name, a.email) AS worker, tm.name AS team,
       g.cases, g.open_minutes, g.closed_minutes
  FROM groups g
  LEFT JOIN financier f ON f.id = g.financier_id
  LEFT JOIN account a ON a.id = g.worker_id
  LEFT JOIN team tm ON tm.id = a.team_id
 ORDER BY coalesce(f.report_name, f.name), array_position(ARRAY['algemeen_mw', 'hulp_online', 'school_mw'], g.kind_of_work),
          coalesce(a.name, a.email)`;

/** One group of the live view as the database returns it. */
export interface PeriodHoursGroup {
  kind: 'financier' | 'worker' | 'total';
  financier_id: string | null;
  financier: string | null;
  kind_of_work: 'algemeen_mw' | 'hulp_online' | 'school_mw' | null;
  worker_id: string | null;
  worker: string | null;
  team: string | null;
  cases: number;
  open_minutes: number;
  closed_minutes: number;
}

export interface TrendCounts {
  start: string;
  finish: string;
  answered_in_time: number;
  answered_late: number;
  unanswered_past_due: number;
}

/**
 * Per worker of the organisation (or one team): hours in the week ($3..$4) and month ($5..$6),
 * client contacts per type this month, prefills to confirm, and cases open on the day ($7).
 * Only counts and minutes — no case, client or dossier data leaves this query.
 */
const WORKERS_SQL = `
WITH workers AS (
  SELECT a.id, coalesce(a.name, a.email) AS name, a.team_id, tm.name AS team
    FROM account a
    LEFT JOIN team tm ON tm.id = a.team_id
   WHERE a.organisation_id = $1 AND a.role IN ('worker', 'team_lead')
     AND ($2::uuid IS NULL OR a.team_id = $2::uuid)
), entries AS (
  SELECT e.worker_id,
         coalesce(sum(e.minutes) FILTER (WHERE e.occurred_on BETWEEN $3::date AND $4::date), 0)::int                          AS week_minutes,
         coalesce(sum(e.minutes) FILTER (WHERE e.occurred_on BETWEEN $3::date AND $4::date AND e.case_id IS NOT NULL), 0)::int AS week_client,
         coalesce(sum(e.minutes) FILTER (WHERE e.occurred_on BETWEEN $5::date AND $6::date), 0)::int                          AS month_minutes,
         coalesce(sum(e.minutes) FILTER (WHERE e.occurred_on BETWEEN $5::date AND $6::date AND e.case_id IS NOT NULL), 0)::int AS month_client,
         count(*) FILTER (WHERE e.status = 'to_confirm')::int                                                                  AS to_confirm
    FROM time_entry e
    JOIN workers w ON w.id = e.worker_id
   WHERE e.deleted_at IS NULL
     AND (e.occurred_on BETWEEN least($3::date, $5::date) AND greatest($4::date, $6::date) OR e.status = 'to_confirm')
   GROUP BY e.worker_id
), contacts AS (
  SELECT worker_id, jsonb_object_agg(contact_type, n) AS by_type
    FROM (SELECT e.worker_id, e.contact_type, count(*)::int AS n
            FROM time_entry e
            JOIN workers w ON w.id = e.worker_id
           WHERE e.deleted_at IS NULL AND e.case_id IS NOT NULL AND e.occurred_on BETWEEN $5::date AND $6::date
           GROUP BY e.worker_id, e.contact_type) per_type
   GROUP BY worker_id
), caseload AS (
  SELECT c.assigned_worker_id AS worker_id, count(*)::int AS open_cases
    FROM care_case c
    JOIN workers w ON w.id = c.assigned_worker_id
   WHERE c.opened_on <= $7::date AND (c.closed_on IS NULL OR c.closed_on > $7::date)
   GROUP BY c.assigned_worker_id
)
SELECT w.id AS worker_id, w.name, w.team_id, w.team,
       coalesce(e.week_minutes, 0) AS week_minutes, coalesce(e.week_client, 0) AS week_client,
       coalesce(e.month_minutes, 0) AS month_minutes, coalesce(e.month_client, 0) AS month_client,
       coalesce(e.to_confirm, 0) AS to_confirm, coalesce(k.open_cases, 0) AS open_cases,
       coalesce(ct.by_type, '{}') AS contacts
  FROM workers w
  LEFT JOIN entries e ON e.worker_id = w.id
  LEFT JOIN contacts ct ON ct.worker_id = w.id
  LEFT JOIN caseload k ON k.worker_id = w.id
 ORDER BY w.team NULLS LAST, w.name`;

export interface WorkerCounts {
  worker_id: string;
  name: string;
  team_id: string | null;
  team: string | null;
  week_minutes: number;
  week_client: number;
  month_minutes: number;
  month_client: number;
  to_confirm: number;
  open_cases: number;
  contacts: Record<string, number>;
}

export interface WorkerScope {
  organisationId: string;
  teamId: string | null;
  date: string;
  weekStart: string;
  weekEnd: string;
  monthStart: string;
  monthEnd: string;
}

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
    return this.dataSource.query(CASELOAD_SQL, this.params(scope));
  }

  /** Hours of the period on open and closed cases, per financier × kind of work, per worker and in total. */
  periodHours(scope: CaseloadScope): Promise<PeriodHoursGroup[]> {
    return this.dataSource.query(PERIOD_HOURS_SQL, this.params(scope));
  }

  private params(scope: CaseloadScope): Array<string | null> {
    return [scope.organisationId, scope.from, scope.to, scope.teamId, scope.workerId, scope.financierId];
  }

  /** 48-hour compliance and no-show counts for the scope; `now` decides what is overdue. */
  async compliance(scope: CaseloadScope, now: Date): Promise<ComplianceCounts> {
    const params = this.params(scope);
    const [[messages], [appointments]] = await Promise.all([
      this.dataSource.query(MESSAGES_SQL, [...params, now]),
      this.dataSource.query(APPOINTMENTS_SQL, params),
    ]);
    return { ...messages, ...appointments };
  }

  /** 48-hour compliance per week or month of the scope's period. */
  trend(scope: CaseloadScope, now: Date, bucket: 'week' | 'month'): Promise<TrendCounts[]> {
    return this.dataSource.query(TREND_SQL, [...this.params(scope), now, bucket]);
  }

  /** Hours, contacts, open caseload and prefills to confirm per worker. */
  workers(scope: WorkerScope): Promise<WorkerCounts[]> {
    return this.dataSource.query(WORKERS_SQL, [
      scope.organisationId,
      scope.teamId,
      scope.weekStart,
      scope.weekEnd,
      scope.monthStart,
      scope.monthEnd,
      scope.date,
    ]);
  }

  /** Whether a team belongs to the organisation. */
  async teamInOrganisation(teamId: string, organisationId: string): Promise<boolean> {
    const rows = await this.dataSource.query(`SELECT 1 FROM team WHERE id = $1 AND organisation_id = $2`, [teamId, organisationId]);
    return rows.length > 0;
  }

  /** Teams, workers and financiers of the organisation (one team only when `teamId` is set). */
  async filters(organisationId: string, teamId: string | null): Promise<Omit<CaseloadFilters, 'fixedTeamId'>> {
    const [teams, workers, financiers] = await Promise.all([
      this.dataSource.query(`SELECT id, name FROM team WHERE organisation_id = $1 AND ($2::uuid IS NULL OR id = $2::uuid) ORDER BY name`, [
        organisationId,
        teamId,
      ]),
      this.dataSource.query(
        `SELECT id, name FROM account WHERE organisation_id = $1 AND role IN ('worker', 'team_lead') AND ($2::uuid IS NULL OR team_id = $2::uuid) ORDER BY name`,
        [organisationId, teamId],
      ),
      this.dataSource.query(`SELECT id, coalesce(report_name, name) AS name FROM financier WHERE organisation_id = $1 ORDER BY 2`, [
        organisationId,
      ]),
    ]);
    return { teams, workers, financiers };
  }

  /** The team a team lead leads (their own account's team). */
  async teamOf(accountId: string): Promise<string | null> {
    const [row] = await this.dataSource.query(`SELECT team_id FROM account WHERE id = $1`, [accountId]);
    return row?.team_id ?? null;
  }
}
