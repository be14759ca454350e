import { Injectable } from '@nestjs/common';
import type { AnswerValue, CallOutcome, EntryStatus, TaskKind } from '@nabij/outreach/contracts';
import { DataSource, EntityManager } from 'typeorm';

export interface EntryRow {
  id: string;
  list_id: string;
  list_name: string;
  questionnaire_id: string;
  organisation_id: string;
  family_name: string;
  phone: string | null;
  client_id: string | null;
  postcode: string | null;
  school: string | null;
  status: EntryStatus;
  call_back_at: Date | null;
  attempts: number;
}

export interface AttemptRow {
  id: string;
  entry_id: string;
  version_id: string;
  started_at: Date;
  ended_at: Date | null;
  outcome: CallOutcome | null;
  call_back_at: Date | null;
}

export interface ResponseRow {
  id: string;
  version_id: string;
  submitted_at: Date;
  answers: Record<string, AnswerValue>;
}

export interface TaskRow {
  id: string;
  entry_id: string;
  /** A yes to a consent question in the call that made the task. */
  consent: boolean;
  referral_id: string | null;
  referral_case_id: string | null;
  referral_label: string | null;
  /** The case made from this follow-up for a family without an account ("Maak een dossier"). */
  made_case_id: string | null;
  family_name: string;
  kind: TaskKind;
  due_on: string;
  note: string | null;
  done_at: Date | null;
  client_id: string | null;
}

const ENTRY_SELECT = `
  SELECT e.id, e.list_id, l.name AS list_name, l.questionnaire_id, e.organisation_id, e.family_name, e.phone, e.client_id, e.postcode, e.school,
         e.status, e.call_back_at, (SELECT count(*)::int FROM outreach_attempt a WHERE a.entry_id = e.id AND a.ended_at IS NOT NULL) AS attempts
    FROM outreach_entry e JOIN outreach_list l ON l.id = e.list_id`;

const TASK_SELECT = `
  SELECT t.id, t.entry_id, e.family_name, t.kind, to_char(t.due_on, 'YYYY-MM-DD') AS due_on, t.note, t.done_at, e.client_id,
         t.referral_id, t.referral_case_id, t.referral_label, t.made_case_id,
         EXISTS (SELECT 1 FROM outreach_response r JOIN outreach_question q ON q.version_id = r.version_id AND q.follow_up = 'consent'
                  WHERE r.id = t.response_id AND r.answers -> q.key = 'true'::jsonb) AS consent
    FROM outreach_task t JOIN outreach_entry e ON e.id = t.entry_id`;

const ATTEMPT_COLUMNS = `id, entry_id, version_id, started_at, ended_at, outcome, call_back_at`;

/** SQL of a worker's calls: the families assigned to them, attempts, answers and tasks. Reads are scoped to the assigned worker. */
@Injectable()
export class CallsRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** The worker's families still to call: call-backs that are due first, then new ones, then the rest by time. */
  toCallOf(workerId: string, organisationId: string, now: Date): Promise<EntryRow[]> {
    return this.dataSource.query(
      `${ENTRY_SELECT}
        WHERE e.assigned_worker_id = $1 AND e.organisation_id = $2 AND e.status IN ('to_call', 'no_answer', 'call_back')
        ORDER BY (e.status = 'call_back' AND e.call_back_at <= $3) DESC, e.status = 'call_back', e.call_back_at, e.status = 'no_answer', l.created_at, e.line
        LIMIT 500`,
      [workerId, organisationId, now],
    );
  }

  async entryOfWorker(entryId: string, workerId: string, organisationId: string, db?: EntityManager): Promise<EntryRow | null> {
    const [row] = await (db ?? this.dataSource).query(
      `${ENTRY_SELECT} WHERE e.id = $1 AND e.assigned_worker_id = $2 AND e.organisation_id = $3${db ? ' FOR UPDATE OF e' : ''}`,
      [entryId, workerId, organisationId],
    );
    return row ?? null;
  }

  attemptsOf(entryId: string): Promise<AttemptRow[]> {
    return this.dataSource.query(`SELECT ${ATTEMPT_COLUMNS} FROM outreach_attempt WHERE entry_id = $1 ORDER BY started_at, id`, [entryId]);
  }

  async runningAttempt(entryId: string, db?: EntityManager): Promise<AttemptRow | null> {
    const [row] = await (db ?? this.dataSource).query(
      `SELECT ${ATTEMPT_COLUMNS} FROM outreach_attempt WHERE entry_id = $1 AND ended_at IS NULL`,
      [entryId],
    );
    return row ?? null;
  }

  async insertAttempt(a: { entryId: string; workerId: string; versionId: string; now: Date }, db: EntityManager): Promise<AttemptRow> {
    const [row] = await db.query(
      `INSERT INTO outreach_attempt (entry_id, worker_id, version_id, started_at) VALUES ($1, $2, $3, $4) RETURNING ${ATTEMPT_COLUMNS}`,
      [a.entryId, a.workerId, a.versionId, a.now],
    );
    return row;
  }

  /** The attempt, locked, when it belongs to a family this worker is assigned; else null. */
  async lockAttemptOfWorker(attemptId: string, workerId: string, organisationId: string, db: EntityManager): Promise<AttemptRow | null> {
    const [row] = await db.query(
      `SELECT a.id, a.entry_id, a.version_id, a.started_at, a.ended_at, a.outcome, a.call_back_at
         FROM outreach_attempt a JOIN outreach_entry e ON e.id = a.entry_id
        WHERE a.id = $1 AND e.assigned_worker_id = $2 AND e.organisation_id = $3
        FOR UPDATE OF a, e`,
      [attemptId, workerId, organisationId],
    );
    return row ?? null;
  }

  async endAttempt(id: string, outcome: CallOutcome, callBackAt: Date | null, now: Date, db: EntityManager): Promise<void> {
    await db.query(`UPDATE outreach_attempt SET ended_at = $2, outcome = $3, call_back_at = $4 WHERE id = $1`, [
      id,
      now,
      outcome,
      callBackAt,
    ]);
    await db.query(
      `UPDATE outreach_entry SET status = $2, call_back_at = $3 WHERE id = (SELECT entry_id FROM outreach_attempt WHERE id = $1)`,
      [id, outcome, callBackAt],
    );
  }

  async insertResponse(
    r: { entryId: string; attemptId: string; versionId: string; workerId: string; answers: Record<string, AnswerValue>; now: Date },
    db: EntityManager,
  ): Promise<string> {
    const [row] = await db.query(
      `INSERT INTO outreach_response (entry_id, attempt_id, version_id, worker_id, answers, submitted_at) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
      [r.entryId, r.attemptId, r.versionId, r.workerId, JSON.stringify(r.answers), r.now],
    );
    return row.id;
  }

  responsesOf(entryId: string): Promise<ResponseRow[]> {
    return this.dataSource.query(
      `SELECT id, version_id, submitted_at, answers FROM outreach_response WHERE entry_id = $1 ORDER BY submitted_at, id`,
      [entryId],
    );
  }

  async insertTask(
    task: { entryId: string; responseId: string; workerId: string; kind: TaskKind; dueOn: string; note: string | null; now: Date },
    db: EntityManager,
  ): Promise<void> {
    await db.query(
      `INSERT INTO outreach_task (entry_id, response_id, worker_id, kind, due_on, note, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [task.entryId, task.responseId, task.workerId, task.kind, task.dueOn, task.note, task.now],
    );
  }

  /** The worker's open tasks, due first. */
  openTasksOf(workerId: string, organisationId: string): Promise<TaskRow[]> {
    return this.dataSource.query(
      `${TASK_SELECT} WHERE t.worker_id = $1 AND e.organisation_id = $2 AND t.done_at IS NULL ORDER BY t.due_on, t.created_at LIMIT 500`,
      [workerId, organisationId],
    );
  }

  tasksOfEntry(entryId: string, db?: EntityManager): Promise<TaskRow[]> {
    return (db ?? this.dataSource).query(`${TASK_SELECT} WHERE t.entry_id = $1 ORDER BY t.due_on, t.created_at`, [entryId]);
  }

  /** The worker's task (open or done), locked for the rest of the transaction; null when it is not theirs. */
  async lockTaskOfWorker(taskId: string, workerId: string, organisationId: string, db: EntityManager): Promise<TaskRow | null> {
    const [row] = await db.query(`${TASK_SELECT} WHERE t.id = $1 AND t.worker_id = $2 AND e.organisation_id = $3 FOR UPDATE OF t`, [
      taskId,
      workerId,
      organisationId,
    ]);
    return row ?? null;
  }

  /** Notes the referral made from a follow-up on its task, which is then done. */
  async noteReferral(taskId: string, referral: { id: string; caseId: string; label: string }, now: Date, db: EntityManager): Promise<void> {
    await db.query(
      `UPDATE outreach_task SET referral_id = $2, referral_case_id = $3, referral_label = $4, done_at = coalesce(done_at, $5) WHERE id = $1`,
      [taskId, referral.id, referral.caseId, referral.label, now],
    );
  }

  /**
   * Notes the case made from a follow-up on its task, which is then done, and the family's new
   * client account on its entry: from now on the family is a client on the list.
   */
  async noteCaseMade(
    task: { id: string; entryId: string },
    made: { caseId: string; clientId: string },
    now: Date,
    db: EntityManager,
  ): Promise<void> {
    await db.query(`UPDATE outreach_task SET made_case_id = $2, done_at = coalesce(done_at, $3) WHERE id = $1`, [
      task.id,
      made.caseId,
      now,
    ]);
    await db.query(`UPDATE outreach_entry SET client_id = $2 WHERE id = $1`, [task.entryId, made.clientId]);
  }

  /** Marks the worker's open task done; null when it is not theirs or done already. */
  async finishTask(taskId: string, workerId: string, organisationId: string, now: Date): Promise<string | null> {
    const [rows] = await this.dataSource.query(
      `UPDATE outreach_task t SET done_at = $4 FROM outreach_entry e
        WHERE t.id = $1 AND t.worker_id = $2 AND e.id = t.entry_id AND e.organisation_id = $3 AND t.done_at IS NULL RETURNING t.id`,
      [taskId, workerId, organisationId, now],
    );
    return rows[0]?.id ?? null;
  }
}
