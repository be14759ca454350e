import type { DutyRosterService } from '@nabij/chat/api';
import { EntityManager } from 'typeorm';

export interface ThreadContext {
  threadId: string;
  organisationId: string;
  caseId: string | null;
  assignedWorkerId: string | null;
  teamId: string | null;
}

export async function threadContext(db: EntityManager, threadId: string): Promise<ThreadContext> {
  const [row] = await db.query(
    `SELECT t.id AS "threadId", t.organisation_id AS "organisationId", t.case_id AS "caseId", c.assigned_worker_id AS "assignedWorkerId", c.team_id AS "teamId"
       FROM message_thread t LEFT JOIN care_case c ON c.id = t.case_id WHERE t.id = $1`,
    [threadId],
  );
  return row;
}

/**
 * The duty workers (bureaudienst) at `now`, from chat's duty roster: on duty right now, else on
 * duty some time today, else every worker of the organisation, so an escalation always reaches
 * someone.
 */
export async function dutyWorkers(db: EntityManager, roster: DutyRosterService, organisationId: string, now: Date): Promise<string[]> {
  const onDuty = await roster.onDutyToday(organisationId, now, db);
  if (onDuty.now.length) return onDuty.now;
  if (onDuty.today.length) return onDuty.today;
  const all: Array<{ id: string }> = await db.query(`SELECT id FROM account WHERE organisation_id = $1 AND role = 'worker'`, [
    organisationId,
  ]);
  return all.map((r) => r.id);
}

/** Team leads of the case's team, or of the whole organisation for the duty queue. */
export async function teamLeads(db: EntityManager, ctx: ThreadContext): Promise<string[]> {
  const rows: Array<{ id: string }> = ctx.teamId
    ? await db.query(`SELECT id FROM account WHERE role = 'team_lead' AND team_id = $1`, [ctx.teamId])
    : await db.query(`SELECT id FROM account WHERE role = 'team_lead' AND organisation_id = $1`, [ctx.organisationId]);
  return rows.map((r) => r.id);
}
