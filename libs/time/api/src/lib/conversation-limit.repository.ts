import { Injectable } from '@nestjs/common';
import { CONVERSATION_TYPES, type ExtensionReason, type ExtensionStatus } from '@nabij/time/contracts';
import { DataSource, EntityManager } from 'typeorm';

export interface ExtensionRow {
  id: string;
  organisation_id: string;
  case_id: string;
  worker_id: string;
  team_id: string | null;
  extra: number;
  reason_category: ExtensionReason;
  reason: string;
  status: ExtensionStatus;
  requested_at: Date;
  decided_at: Date | null;
}

export interface NewExtension {
  organisationId: string;
  caseId: string;
  workerId: string;
  teamId: string | null;
  extra: number;
  reasonCategory: ExtensionReason;
  reason: string;
  requestedAt: Date;
}

const EXTENSION = `SELECT id, organisation_id, case_id, worker_id, team_id, extra, reason_category, reason, status, requested_at, decided_at FROM time_limit_extension`;

/**
 * The SQL of the conversation limit: the organisation's limits per kind of work, the extension
 * requests and the count of conversations on a case. With an `EntityManager`, in the caller's transaction.
 */
@Injectable()
export class ConversationLimitRepository {
  constructor(private readonly dataSource: DataSource) {}

  limits(
    organisationId: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<Array<{ kind_of_work: string; max_conversations: number }>> {
    return manager.query(`SELECT kind_of_work, max_conversations FROM time_conversation_limit WHERE organisation_id = $1`, [
      organisationId,
    ]);
  }

  setLimit(organisationId: string, kindOfWork: string, max: number | null, now: Date, by: string, manager: EntityManager): Promise<void> {
    return setting(manager, SETTINGS.limit, organisationId, kindOfWork, max, now, by);
  }

  /**
   * Serialises the limit check and the registration of a conversation on one case (two workers
   * registering the last one at once): held until the caller's transaction ends.
   */
  async lockCase(caseId: string, manager: EntityManager): Promise<void> {
    await manager.query(`SELECT pg_advisory_xact_lock(hashtextextended('time_conversation:' || $1, 0))`, [caseId]);
  }

  /** Conversations registered on the case: not deleted entries of a counted type, confirmed or still to confirm. */
  async conversationsOn(caseId: string, manager: EntityManager = this.dataSource.manager): Promise<number> {
    const [row] = await manager.query(
      `SELECT count(*)::int AS n FROM time_entry WHERE case_id = $1 AND deleted_at IS NULL AND contact_type = ANY($2::text[])`,
      [caseId, [...CONVERSATION_TYPES]],
    );
    return row.n;
  }

  /** Conversations per case, for many cases in one query. */
  async conversationsOnCases(caseIds: string[]): Promise<Map<string, number>> {
    if (caseIds.length === 0) return new Map();
    const rows: Array<{ case_id: string; n: number }> = await this.dataSource.query(
      `SELECT case_id, count(*)::int AS n FROM time_entry
        WHERE case_id = ANY($1::uuid[]) AND deleted_at IS NULL AND contact_type = ANY($2::text[]) GROUP BY case_id`,
      [caseIds, [...CONVERSATION_TYPES]],
    );
    return new Map(rows.map((r) => [r.case_id, r.n]));
  }

  /** Conversations added to the case by approved extensions. */
  async approvedExtra(caseId: string, manager: EntityManager = this.dataSource.manager): Promise<number> {
    const [row] = await manager.query(
      `SELECT coalesce(sum(extra), 0)::int AS n FROM time_limit_extension WHERE case_id = $1 AND status = 'approved'`,
      [caseId],
    );
    return row.n;
  }

  async approvedExtraOnCases(caseIds: string[]): Promise<Map<string, number>> {
    if (caseIds.length === 0) return new Map();
    const rows: Array<{ case_id: string; n: number }> = await this.dataSource.query(
      `SELECT case_id, sum(extra)::int AS n FROM time_limit_extension WHERE case_id = ANY($1::uuid[]) AND status = 'approved' GROUP BY case_id`,
      [caseIds],
    );
    return new Map(rows.map((r) => [r.case_id, r.n]));
  }

  /** The case's open request and its newest decided one. */
  async requestsOfCase(caseId: string): Promise<{ pending: ExtensionRow | null; lastDecided: ExtensionRow | null }> {
    const [pending] = await this.dataSource.query(`${EXTENSION} WHERE case_id = $1 AND status = 'pending'`, [caseId]);
    const [lastDecided] = await this.dataSource.query(
      `${EXTENSION} WHERE case_id = $1 AND status <> 'pending' ORDER BY decided_at DESC, id LIMIT 1`,
      [caseId],
    );
    return { pending: pending ?? null, lastDecided: lastDecided ?? null };
  }

  /** Inserts a request unless the case has an open one (then nothing: the unique index). */
  async insertRequest(row: NewExtension, manager: EntityManager): Promise<ExtensionRow | undefined> {
    const [inserted] = await manager.query(
      `INSERT INTO time_limit_extension (organisation_id, case_id, worker_id, team_id, extra, reason_category, reason, requested_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
       ON CONFLICT (case_id) WHERE status = 'pending' DO NOTHING
       RETURNING id, organisation_id, case_id, worker_id, team_id, extra, reason_category, reason, status, requested_at, decided_at`,
      [row.organisationId, row.caseId, row.workerId, row.teamId, row.extra, row.reasonCategory, row.reason, row.requestedAt],
    );
    return inserted;
  }

  /** The team's requests in the organisation: open ones oldest first, or decided ones newest first (at most 100). */
  ofTeam(organisationId: string, teamId: string, decided: boolean): Promise<ExtensionRow[]> {
    return this.dataSource.query(
      decided
        ? `${EXTENSION} WHERE organisation_id = $1 AND team_id = $2 AND status <> 'pending' ORDER BY decided_at DESC, id LIMIT 100`
        : `${EXTENSION} WHERE organisation_id = $1 AND team_id = $2 AND status = 'pending' ORDER BY requested_at, id`,
      [organisationId, teamId],
    );
  }

  /** Decides an open request of the team, once: answers the decided row, or nothing (unknown, other team, already decided). */
  async decide(
    id: string,
    organisationId: string,
    teamId: string,
    status: 'approved' | 'refused',
    by: string,
    now: Date,
    manager: EntityManager,
  ): Promise<ExtensionRow | undefined> {
    const [rows]: [ExtensionRow[], number] = await manager.query(
      `UPDATE time_limit_extension SET status = $4, decided_by = $5, decided_at = $6
        WHERE id = $1 AND organisation_id = $2 AND team_id = $3 AND status = 'pending'
        RETURNING id, organisation_id, case_id, worker_id, team_id, extra, reason_category, reason, status, requested_at, decided_at`,
      [id, organisationId, teamId, status, by, now],
    );
    return rows[0];
  }

  /** Whether the team has the request (any state): tells a second click (409) from someone else's id (404). */
  async existsInTeam(id: string, organisationId: string, teamId: string): Promise<boolean> {
    const rows = await this.dataSource.query(`SELECT 1 FROM time_limit_extension WHERE id = $1 AND organisation_id = $2 AND team_id = $3`, [
      id,
      organisationId,
      teamId,
    ]);
    return rows.length > 0;
  }

  reportLineDefaults(organisationId: string): Promise<Array<{ contact_type: string; minutes: number }>> {
    return this.dataSource.query(`SELECT contact_type, minutes FROM time_report_default WHERE organisation_id = $1`, [organisationId]);
  }

  async reportLineMinutes(
    organisationId: string,
    contactType: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<number | null> {
    const [row] = await manager.query(`SELECT minutes FROM time_report_default WHERE organisation_id = $1 AND contact_type = $2`, [
      organisationId,
      contactType,
    ]);
    return row?.minutes ?? null;
  }

  setReportLineDefault(
    organisationId: string,
    contactType: string,
    minutes: number | null,
    now: Date,
    by: string,
    manager: EntityManager,
  ): Promise<void> {
    return setting(manager, SETTINGS.reportLine, organisationId, contactType, minutes, now, by);
  }
}

/** The two per-organisation settings tables ($1 organisation, $2 key, $3 whole number, $4 when, $5 by). */
const SETTINGS = {
  limit: {
    remove: `DELETE FROM time_conversation_limit WHERE organisation_id = $1 AND kind_of_work = $2`,
    upsert: `INSERT INTO time_conversation_limit (organisation_id, kind_of_work, max_conversations, updated_at, updated_by) VALUES ($1, $2, $3, $4, $5)
             ON CONFLICT (organisation_id, kind_of_work) DO UPDATE
             SET max_conversations = EXCLUDED.max_conversations, updated_at = EXCLUDED.updated_at, updated_by = EXCLUDED.updated_by`,
  },
  reportLine: {
    remove: `DELETE FROM time_report_default WHERE organisation_id = $1 AND contact_type = $2`,
    upsert: `INSERT INTO time_report_default (organisation_id, contact_type, minutes, updated_at, updated_by) VALUES ($1, $2, $3, $4, $5)
             ON CONFLICT (organisation_id, contact_type) DO UPDATE
             SET minutes = EXCLUDED.minutes, updated_at = EXCLUDED.updated_at, updated_by = EXCLUDED.updated_by`,
  },
} as const;

/** Sets one organisation setting, or removes it with null (then the built-in rule applies: no limit, no report line). */
async function setting(
  manager: EntityManager,
  sql: (typeof SETTINGS)[keyof typeof SETTINGS],
  organisationId: string,
  key: string,
  amount: number | null,
  now: Date,
  by: string,
): Promise<void> {
  if (amount === null) await manager.query(sql.remove, [organisationId, key]);
  else await manager.query(sql.upsert, [organisationId, key, amount, now, by]);
}
