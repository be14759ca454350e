import type { Message } from '@nabij/messages/contracts';
import type { AuthUser } from '@nabij/platform/api';
import { EntityManager } from 'typeorm';

interface MessageRow {
  id: string;
  thread_id: string;
  sender_role: 'client' | 'worker';
  sender_id: string;
  sender_name: string | null;
  body: string;
  received_at: Date;
  answer_by: Date | null;
}

const MESSAGE_SELECT = `SELECT m.id, m.thread_id, m.sender_role, m.sender_id, a.name AS sender_name, m.body, m.received_at, m.answer_by
  FROM message m JOIN account a ON a.id = m.sender_id`;

const messageView = (r: MessageRow): Message => ({
  id: r.id,
  threadId: r.thread_id,
  senderRole: r.sender_role,
  sender: { id: r.sender_id, name: r.sender_name },
  body: r.body,
  receivedAt: new Date(r.received_at).toISOString(),
  answerBy: r.answer_by ? new Date(r.answer_by).toISOString() : null,
});

export async function loadMessage(db: EntityManager, id: string): Promise<Message | null> {
  const [row] = await db.query(`${MESSAGE_SELECT} WHERE m.id = $1`, [id]);
  return row ? messageView(row) : null;
}

export async function loadMessages(db: EntityManager, threadId: string): Promise<Message[]> {
  const rows: MessageRow[] = await db.query(`${MESSAGE_SELECT} WHERE m.thread_id = $1 ORDER BY m.seq`, [threadId]);
  return rows.map(messageView);
}

/** Everything in the thread up to now counts as read by this reader. */
export async function markRead(db: EntityManager, threadId: string, accountId: string): Promise<void> {
  await db.query(
    `INSERT INTO message_read (thread_id, account_id, last_read_seq)
     SELECT $1, $2, COALESCE(max(seq), 0) FROM message WHERE thread_id = $1
     ON CONFLICT (thread_id, account_id) DO UPDATE SET last_read_seq = GREATEST(message_read.last_read_seq, EXCLUDED.last_read_seq)`,
    [threadId, accountId],
  );
}

/** SQL for the number of messages from the other side that `$1` has not read in thread `t`. */
export function unreadSql(reader: 'client' | 'worker'): string {
  return `(SELECT count(*) FROM message um
    WHERE um.thread_id = t.id AND um.sender_id <> $1 AND um.sender_role <> '${reader}'
      AND um.seq > COALESCE((SELECT r.last_read_seq FROM message_read r WHERE r.thread_id = t.id AND r.account_id = $1), 0))::int`;
}

/**
 * Threads a worker may see: those of cases assigned to them, and the duty queue of their
 * organisation. Expects `$1` = worker id, `$2` = organisation id, thread alias t, case alias c.
 */
export const WORKER_VISIBLE_SQL = `((t.case_id IS NOT NULL AND c.assigned_worker_id = $1 AND c.organisation_id = $2) OR (t.case_id IS NULL AND t.organisation_id = $2))`;

export function workerParams(worker: AuthUser): [string, string | null] {
  return [worker.id, worker.organisationId];
}
