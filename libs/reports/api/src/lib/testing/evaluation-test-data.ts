import type { TestApp } from '@nabij/platform/testing';

interface Answers {
  /** When the client answered (ISO). */
  at: string;
  helpful: number;
  understood: number;
  again: boolean;
  remark?: string;
}

/**
 * An ended chat with its evaluation, written as the chat service leaves them (the report only reads
 * these rows). Without `caseId` the chat counts for the team of the worker who took it.
 */
export async function chatEvaluation(
  t: TestApp,
  chat: { organisationId: string; clientId: string; workerId: string; caseId?: string },
  answers: Answers,
): Promise<void> {
  const [session] = await t.dataSource.query(
    `INSERT INTO chat_session (organisation_id, status, client_id, case_id, worker_id, created_at, picked_up_at, ended_at, ended_by, duration_seconds)
     VALUES ($1, 'ended', $2, $3, $4, $5::timestamptz - interval '30 minutes', $5::timestamptz - interval '29 minutes', $5, 'worker', 1740)
     RETURNING id`,
    [chat.organisationId, chat.clientId, chat.caseId ?? null, chat.workerId, answers.at],
  );
  await t.dataSource.query(
    `INSERT INTO chat_evaluation (session_id, helpful, understood, again, remark, created_at) VALUES ($1, $2, $3, $4, $5, $6)`,
    [session.id, answers.helpful, answers.understood, answers.again, answers.remark ?? null, answers.at],
  );
}

/** A closed case thread with the client's answers, or with `skip` their skip, as the messages service stores them. */
export async function threadEvaluation(
  t: TestApp,
  thread: { organisationId: string; clientId: string; caseId: string },
  answers: Answers | { at: string; skip: true },
): Promise<void> {
  const [row] = await t.dataSource.query(
    `INSERT INTO message_thread (organisation_id, client_id, case_id, created_at, last_message_at, closed_at)
     VALUES ($1, $2, $3, $4::timestamptz - interval '2 days', $4::timestamptz - interval '1 day', $4::timestamptz - interval '1 hour')
     RETURNING id`,
    [thread.organisationId, thread.clientId, thread.caseId, answers.at],
  );
  const a = 'skip' in answers ? null : answers;
  await t.dataSource.query(
    `INSERT INTO thread_evaluation (thread_id, skipped, helpful, understood, again, remark, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
    [row.id, a === null, a?.helpful ?? null, a?.understood ?? null, a?.again ?? null, a?.remark ?? null, answers.at],
  );
}
