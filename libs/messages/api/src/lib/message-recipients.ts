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
 * The duty workers (bureaudienst) at `now`, from the chat duty roster: on duty right now, else on
 * duty some time today, else every worker of the organisation, so an escalation always reaches
 * someone.
 */
export async function dutyWorkers(db: EntityManager, organisationId: string, now: Date): Promise<string[]> {
  const rows: Array<{ id: string; now_on_duty: boolean }> = await db.query(
    `WITH local AS (SELECT ($2::timestamptz AT TIME ZONE 'Europe/Amsterdam') AS ts)
     SELECT DISTINCT a.id, (d.starts_at <= local.ts::time AND d.ends_at > local.ts::time) AS now_on_duty
       FROM chat_duty d CROSS JOIN local JOIN account a ON a.id = d.worker_id AND a.role = 'worker'
      WHERE d.organisation_id = $1
        AND (d.on_date = local.ts::date OR d.weekday = extract(isodow FROM local.ts))`,
    [organisationId, now],
  );
  const nowOnDuty = [...new Set(rows.filter((r) => r.now_on_duty).map((r) => r.id))];
  if (nowOnDuty.length) return nowOnDuty;
  const today = [...new Set(rows.map((r) => r.id))];
  if (today.length) return today;
  const all: Array<{ id: string }> = await db.query(`SELECT id FROM account WHERE organisation_id = $1 AND role = 'worker'`, [organisationId]);
  return all.map((r) => r.id);
}

/** Team leads of the case's team, or of the whole organisation for the duty queue. */
export async function teamLeads(db: EntityManager, ctx: ThreadContext): Promise<string[]> {
  const rows: Array<{ id: string }> = ctx.teamId
    ? await db.query(`SELECT id FROM account WHERE role = 'team_lead' AND team_id = $1`, [ctx.teamId])
    : await db.query(`SELECT id FROM account WHERE role = 'team_lead' AND organisation_id = $1`, [ctx.organisationId]);
  return rows.map((r) => r.id);
}
