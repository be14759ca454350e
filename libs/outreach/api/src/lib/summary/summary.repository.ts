import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';

/** What a summary row is about: the whole organisation, or one team, municipality (financier) or school. */
export type GroupKind = 'total' | 'team' | 'municipality' | 'school';

/**
 * One row per group: `kind` and `group_key` (the team or financier id, the school's name; null for
 * the total, and for families without that grouping, whose rows the service drops).
 */
interface Grouped {
  kind: GroupKind;
  group_key: string | null;
}

/** The group columns of a GROUPING SETS query over entries `e`; `also` is added to each set. */
const GROUP_COLUMNS = `
  CASE WHEN GROUPING(e.team_id) = 0 THEN 'team' WHEN GROUPING(e.financier_id) = 0 THEN 'municipality'
       WHEN GROUPING(e.school) = 0 THEN 'school' ELSE 'total' END AS kind,
  CASE WHEN GROUPING(e.team_id) = 0 THEN e.team_id::text WHEN GROUPING(e.financier_id) = 0 THEN e.financier_id::text
       WHEN GROUPING(e.school) = 0 THEN e.school END AS group_key`;
const groupingSets = (also = '') => {
  const extra = also ? `, ${also}` : '';
  return `GROUPING SETS ((${also}), (e.team_id${extra}), (e.financier_id${extra}), (e.school${extra}))`;
};

export interface CallCountsRow extends Grouped {
  families: number;
  calls: number;
  reached: number;
}

export interface ScoreRow extends Grouped {
  key: string;
  text: string;
  families: number;
  average: string;
}

export interface NeedRow extends Grouped {
  value: string;
  label: string;
  families: number;
}

export interface CallBacksRow extends Grouped {
  families: number;
}

/** Aggregates of a week's calls for the organisation and per team, municipality and school (GROUPING SETS), never a row per family. */
@Injectable()
export class SummaryRepository {
  constructor(private readonly dataSource: DataSource) {}

  callCounts(organisationId: string, from: Date, to: Date): Promise<CallCountsRow[]> {
    return this.dataSource.query(
      `SELECT ${GROUP_COLUMNS},
              count(DISTINCT a.entry_id)::int AS families, count(*)::int AS calls,
              count(DISTINCT a.entry_id) FILTER (WHERE a.outcome = 'reached')::int AS reached
         FROM outreach_attempt a JOIN outreach_entry e ON e.id = a.entry_id
        WHERE e.organisation_id = $1 AND a.ended_at >= $2 AND a.ended_at < $3
        GROUP BY ${groupingSets()}`,
      [organisationId, from, to],
    );
  }

  /** Averages of the 1–10 scales answered in the week, per question key. */
  scores(organisationId: string, from: Date, to: Date): Promise<ScoreRow[]> {
    return this.dataSource.query(
      `SELECT ${GROUP_COLUMNS}, q.key, min(q.text) AS text,
              count(DISTINCT r.entry_id)::int AS families, round(avg((r.answers->>q.key)::numeric), 1)::text AS average
         FROM outreach_response r
         JOIN outreach_entry e ON e.id = r.entry_id
         JOIN outreach_question q ON q.version_id = r.version_id AND q.type = 'scale' AND r.answers ? q.key
        WHERE e.organisation_id = $1 AND r.submitted_at >= $2 AND r.submitted_at < $3
        GROUP BY ${groupingSets('q.key')}
        ORDER BY q.key`,
      [organisationId, from, to],
    );
  }

  /** The options chosen in a multiple choice that follows a "can we do something for you" (follow-up help) question. */
  needs(organisationId: string, from: Date, to: Date): Promise<NeedRow[]> {
    return this.dataSource.query(
      `SELECT ${GROUP_COLUMNS}, chosen.value,
              min(coalesce((SELECT o->>'label' FROM jsonb_array_elements(q.options) o WHERE o->>'value' = chosen.value LIMIT 1), chosen.value)) AS label,
              count(DISTINCT r.entry_id)::int AS families
         FROM outreach_response r
         JOIN outreach_entry e ON e.id = r.entry_id
         JOIN outreach_question q ON q.version_id = r.version_id AND q.type = 'multiple_choice' AND r.answers ? q.key
         JOIN outreach_question h ON h.version_id = q.version_id AND h.key = q.show_if->>'question' AND h.follow_up = 'help'
         CROSS JOIN LATERAL jsonb_array_elements_text(r.answers->q.key) AS chosen(value)
        WHERE e.organisation_id = $1 AND r.submitted_at >= $2 AND r.submitted_at < $3
        GROUP BY ${groupingSets('chosen.value')}
        ORDER BY families DESC, label`,
      [organisationId, from, to],
    );
  }

  /** Families waiting for a call-back now: the last attempt said so, or an answer made an open call-back task. */
  callBacksOpen(organisationId: string): Promise<CallBacksRow[]> {
    return this.dataSource.query(
      `SELECT ${GROUP_COLUMNS}, count(*)::int AS families
         FROM outreach_entry e
        WHERE e.organisation_id = $1
          AND (e.status = 'call_back'
               OR EXISTS (SELECT 1 FROM outreach_task t WHERE t.entry_id = e.id AND t.kind = 'call_back' AND t.done_at IS NULL))
        GROUP BY ${groupingSets()}`,
      [organisationId],
    );
  }

  /** The organisations with a call finished in the week: those whose team leads get the digest. */
  async organisationsWithCalls(from: Date, to: Date): Promise<string[]> {
    const rows: Array<{ organisation_id: string }> = await this.dataSource.query(
      `SELECT DISTINCT e.organisation_id
         FROM outreach_attempt a JOIN outreach_entry e ON e.id = a.entry_id
        WHERE a.ended_at >= $1 AND a.ended_at < $2
        ORDER BY e.organisation_id`,
      [from, to],
    );
    return rows.map((r) => r.organisation_id);
  }

  /** Marks the week's digest of the organisation sent; false when it was sent already. */
  async markDigestSent(organisationId: string, weekStart: string, teamLeads: number, now: Date, db: EntityManager): Promise<boolean> {
    const inserted: unknown[] = await db.query(
      `INSERT INTO outreach_digest (organisation_id, week_start, team_leads, sent_at) VALUES ($1, $2, $3, $4)
       ON CONFLICT DO NOTHING RETURNING organisation_id`,
      [organisationId, weekStart, teamLeads, now],
    );
    return inserted.length === 1;
  }
}
