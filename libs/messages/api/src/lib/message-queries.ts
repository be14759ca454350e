import type { Message, MessageAttachment } from '@nabij/messages/contracts';
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

const messageView = (r: MessageRow, attachments: MessageAttachment[] = []): Message => ({
  id: r.id,
  threadId: r.thread_id,
  senderRole: r.sender_role,
  sender: { id: r.sender_id, name: r.sender_name },
  body: r.body,
  receivedAt: new Date(r.received_at).toISOString(),
  answerBy: r.answer_by ? new Date(r.answer_by).toISOString() : null,
  attachments,
});

export async function loadMessage(db: EntityManager, id: string): Promise<Message | null> {
  const [row] = await db.query(`${MESSAGE_SELECT} WHERE m.id = $1`, [id]);
  if (!row) return null;
  return messageView(row, (await loadAttachments(db, [id])).get(id));
}

export async function loadMessages(db: EntityManager, threadId: string): Promise<Message[]> {
  const rows: MessageRow[] = await db.query(`${MESSAGE_SELECT} WHERE m.thread_id = $1 ORDER BY m.seq`, [threadId]);
  const files = await loadAttachments(
    db,
    rows.map((r) => r.id),
  );
  return rows.map((r) => messageView(r, files.get(r.id)));
}

/**
 * The files of these (stored) messages: only those uploaded by each message's own sender and made
 * part of it when it was sent (an upload under the same id that expired meanwhile never is).
 */
async function loadAttachments(db: EntityManager, messageIds: string[]): Promise<Map<string, MessageAttachment[]>> {
  const byMessage = new Map<string, MessageAttachment[]>();
  if (!messageIds.length) return byMessage;
  const rows: Array<{
    id: string;
    message_id: string;
    file_name: string;
    content_type: MessageAttachment['contentType'];
    size_bytes: number;
  }> = await db.query(
    `SELECT f.id, f.message_id, f.file_name, f.content_type, f.size_bytes
       FROM message_attachment f JOIN message m ON m.id = f.message_id AND m.sender_id = f.uploaded_by
      WHERE f.message_id = ANY($1::uuid[]) AND f.expires_at IS NULL
      ORDER BY f.seq`,
    [messageIds],
  );
  for (const r of rows) {
    const list = byMessage.get(r.message_id) ?? [];
    list.push({ id: r.id, fileName: r.file_name, contentType: r.content_type, sizeBytes: r.size_bytes });
    byMessage.set(r.message_id, list);
  }
  return byMessage;
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
