import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

export interface OnlineTargetCounts {
  financier_id: string;
  financier: string;
  cases: number;
  online: number;
  movable: number;
  target_percent: number | null;
}

/**
 * Per financier of the organisation ($1): cases open at some time in the year ($2) within the team
 * ($3, null = all), those that used the online dossier in it, and those still open without that use.
 * A case used the online dossier in a year when it was opened with it (the client sees it) and in
 * that year (Dutch calendar) the client did something in it that stays on record: wrote in the
 * case's message thread, chatted on the case, put a document in the dossier or did a step of a
 * training on the case. Logins do not count: `auth_session` rows are forgotten 30 days after a login
 * ends, so last year's figure would shrink afterwards. Every financier is listed, also one without
 * cases, so a target can be set before the year starts.
 */
const TARGETS_SQL = `
WITH bounds AS (
  SELECT make_date($2::int, 1, 1) AS first_day, make_date($2::int, 12, 31) AS last_day,
         make_timestamptz($2::int, 1, 1, 0, 0, 0, 'Europe/Amsterdam') AS starts,
         make_timestamptz($2::int + 1, 1, 1, 0, 0, 0, 'Europe/Amsterdam') AS ends
), in_year AS (
  SELECT c.financier_id, c.closed_on IS NULL AS open_now,
         c.uses_online_dossier AND (
           EXISTS (SELECT 1 FROM message_thread t JOIN message m ON m.thread_id = t.id
                    WHERE t.case_id = c.id AND m.sender_role = 'client' AND m.received_at >= b.starts AND m.received_at < b.ends)
           OR EXISTS (SELECT 1 FROM chat_session s
                       WHERE s.case_id = c.id AND s.client_id = c.client_id AND s.created_at >= b.starts AND s.created_at < b.ends)
           OR EXISTS (SELECT 1 FROM dossier_document d
                       WHERE d.case_id = c.id AND d.uploaded_by = c.client_id AND d.created_at >= b.starts AND d.created_at < b.ends)
           OR EXISTS (SELECT 1 FROM training_enrolment e JOIN training_step_progress p ON p.enrolment_id = e.id
                       WHERE e.case_id = c.id AND p.completed_at >= b.starts AND p.completed_at < b.ends)
         ) AS online
    FROM care_case c CROSS JOIN bounds b
   WHERE c.organisation_id = $1
     AND c.opened_on <= b.last_day AND (c.closed_on IS NULL OR c.closed_on >= b.first_day)
     AND ($3::uuid IS NULL OR c.team_id = $3::uuid)
)
SELECT f.id AS financier_id, coalesce(f.report_name, f.name) AS financier,
       count(y.financier_id)::int AS cases,
       count(*) FILTER (WHERE y.online)::int AS online,
       count(*) FILTER (WHERE y.open_now AND NOT y.online)::int AS movable,
       t.target_percent
  FROM financier f
  LEFT JOIN in_year y ON y.financier_id = f.id
  LEFT JOIN financier_online_target t ON t.financier_id = f.id AND t.year = $2::int
 WHERE f.organisation_id = $1
 GROUP BY f.id, f.report_name, f.name, t.target_percent
 ORDER BY coalesce(f.report_name, f.name)`;

/** Targets per financier and year, and the counts they are compared with. */
@Injectable()
export class OnlineTargetRepository {
  constructor(private readonly dataSource: DataSource) {}

  counts(organisationId: string, year: number, teamId: string | null): Promise<OnlineTargetCounts[]> {
    return this.dataSource.query(TARGETS_SQL, [organisationId, year, teamId]);
  }

  /** Sets (or changes) the target; false when the financier is not the organisation's. */
  async setTarget(
    organisationId: string,
    financierId: string,
    year: number,
    targetPercent: number,
    setBy: string,
    at: Date,
  ): Promise<boolean> {
    const rows: unknown[] = await this.dataSource.query(
      `INSERT INTO financier_online_target (financier_id, year, target_percent, set_by, set_at)
       SELECT f.id, $3, $4, $5, $6 FROM financier f WHERE f.id = $2 AND f.organisation_id = $1
       ON CONFLICT (financier_id, year) DO UPDATE SET target_percent = EXCLUDED.target_percent, set_by = EXCLUDED.set_by, set_at = EXCLUDED.set_at
       RETURNING financier_id`,
      [organisationId, financierId, year, targetPercent, setBy, at],
    );
    return rows.length === 1;
  }
}
