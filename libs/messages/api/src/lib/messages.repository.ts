import { Injectable } from '@nestjs/common';
import type { Message, MessageAttachment, ThreadEvaluationRequest } from '@nabij/messages/contracts';
import { isoSql, queryPrepared, type AuthUser } from '@nabij/platform/api';
import { DataSource, EntityManager } from 'typeorm';
import { MessageEntity, MessageThreadEntity } from './entities/message.entities';

/** Who a worker is for the visibility rule: their id, organisation and the ids of their cases (WorkerScopeService). */
export type WorkerScope = Pick<AuthUser, 'id' | 'organisationId'> & { caseIds: string[] };

/** A thread with the case facts that decide who is told about it (MessageRecipientsService.contextOf). */
export interface ThreadContext {
  threadId: string;
  organisationId: string;
  caseId: string | null;
  assignedWorkerId: string | null;
  teamId: string | null;
}

export type ThreadRow = Pick<ThreadContext, 'threadId' | 'organisationId' | 'caseId'>;

/** A thread a worker may answer, locked for the reply. */
export interface ReplyThreadRow {
  id: string;
  client_id: string;
  case_id: string | null;
}

/** An inbox line; its times are ISO 8601 text as the API answers them (isoSql). */
export interface InboxRow {
  id: string;
  case_id: string | null;
  client_id: string;
  last_message_at: string;
  unread: number;
  due_at: string | null;
}

export interface WorkerThreadRow {
  id: string;
  case_id: string | null;
  client_id: string;
  closed_at: Date | null;
  due_at: Date | null;
}

export interface ClientThreadRow {
  id: string;
  case_id: string | null;
  last_message_at: Date;
  unread: number;
  due_at: Date | null;
}

interface MessageRow {
  id: string;
  thread_id: string;
  sender_role: 'client' | 'worker';
  sender_id: string;
  body: string;
  received_at: Date;
  answer_by: Date | null;
}

const MESSAGE_SELECT = `SELECT m.id, m.thread_id, m.sender_role, m.sender_id, m.body, m.received_at, m.answer_by FROM message m`;

/**
 * Threads a worker may see: those of cases assigned to them, and the duty queue of their
 * organisation. Expects `$1` = organisation id, `$2` = the ids of the worker's cases (workerParams),
 * thread alias t. Shared with the attachments repository, which lets a worker download only what
 * they may read.
 */
export const WORKER_VISIBLE_SQL = `(t.case_id = ANY($2::uuid[]) OR (t.case_id IS NULL AND t.organisation_id = $1))`;

export function workerParams(worker: WorkerScope): [string | null, string[]] {
  return [worker.organisationId, worker.caseIds];
}

/** The number of messages from the other side that the client (`$1`) or the worker (`$3`) has not read in thread `t`. */
const UNREAD_FOR_CLIENT = unreadSql('client', '$1');
const UNREAD_FOR_WORKER = unreadSql('worker', '$3');

function unreadSql(reader: 'client' | 'worker', readerParam: string): string {
  return `(SELECT count(*) FROM message um
    WHERE um.thread_id = t.id AND ${unreadMessageSql(reader, readerParam, `(SELECT r.last_read_seq FROM message_read r WHERE r.thread_id = t.id AND r.account_id = ${readerParam})`)})::int`;
}

/**
 * What makes message `um` unread for the reader: written by the other side, after the reader's read
 * position (`lastReadSeq`, SQL that is NULL when they never opened the thread).
 */
function unreadMessageSql(reader: 'client' | 'worker', readerParam: string, lastReadSeq: string): string {
  return `um.sender_id <> ${readerParam} AND um.sender_role <> '${reader}' AND um.seq > COALESCE(${lastReadSeq}, 0)`;
}

/** The sender's name is identity's to give (AccountDirectoryService, see message-senders.ts): null here. */
const messageView = (r: MessageRow, attachments: MessageAttachment[] = []): Message => ({
  id: r.id,
  threadId: r.thread_id,
  senderRole: r.sender_role,
  sender: { id: r.sender_id, name: null },
  body: r.body,
  receivedAt: new Date(r.received_at).toISOString(),
  answerBy: r.answer_by ? new Date(r.answer_by).toISOString() : null,
  attachments,
});

/**
 * Every SQL statement about threads, messages and read marks, and the account and case lookups
 * that decide who may see or hear of a thread. Methods that take an `EntityManager` run in the
 * caller's transaction (and its locks); the others use the pool.
 */
@Injectable()
export class MessagesRepository {
  constructor(private readonly dataSource: DataSource) {}

  // --- threads -----------------------------------------------------------------------------------

  async lockThread(db: EntityManager, threadId: string): Promise<void> {
    await db.query('SELECT id FROM message_thread WHERE id = $1 FOR UPDATE', [threadId]);
  }

  /** The thread of the case (or the client's duty-queue thread when `caseId` is null), created when missing. */
  async ensureThread(
    db: EntityManager,
    t: { organisationId: string; clientId: string; caseId: string | null },
    now: Date,
  ): Promise<MessageThreadEntity> {
    // One thread per case and one duty-queue thread per client: the unique indexes decide under concurrency.
    const conflict = t.caseId ? '(case_id) WHERE case_id IS NOT NULL' : '(client_id) WHERE case_id IS NULL';
    await db.query(
      `INSERT INTO message_thread (organisation_id, client_id, case_id, created_at, last_message_at) VALUES ($1, $2, $3, $4, $4) ON CONFLICT ${conflict} DO NOTHING`,
      [t.organisationId, t.clientId, t.caseId, now],
    );
    const repo = db.getRepository(MessageThreadEntity);
    return (
      t.caseId
        ? await repo.findOneBy({ caseId: t.caseId })
        : await repo.createQueryBuilder('t').where('t.client_id = :id AND t.case_id IS NULL', { id: t.clientId }).getOne()
    )!;
  }

  /** The thread if the worker may answer it, locked (FOR UPDATE) until the caller's transaction ends. */
  async replyThreadForUpdate(db: EntityManager, worker: WorkerScope, threadId: string): Promise<ReplyThreadRow | undefined> {
    const [row] = await db.query(
      `SELECT t.id, t.client_id, t.case_id FROM message_thread t WHERE t.id = $3 AND ${WORKER_VISIBLE_SQL} FOR UPDATE OF t`,
      [...workerParams(worker), threadId],
    );
    return row;
  }

  async thread(db: EntityManager, threadId: string): Promise<ThreadRow> {
    const [row] = await db.query(
      `SELECT t.id AS "threadId", t.organisation_id AS "organisationId", t.case_id AS "caseId" FROM message_thread t WHERE t.id = $1`,
      [threadId],
    );
    return row;
  }

  // --- messages ----------------------------------------------------------------------------------

  /** False when a message with this id is stored already (the sender's retry). */
  async insertMessage(db: EntityManager, m: Omit<MessageEntity, 'seq'>): Promise<boolean> {
    const inserted: unknown[] = await db.query(
      `INSERT INTO message (id, thread_id, sender_id, sender_role, body, received_at, answer_by) VALUES ($1, $2, $3, $4, $5, $6, $7)
       ON CONFLICT (id) DO NOTHING RETURNING id`,
      [m.id, m.threadId, m.senderId, m.senderRole, m.body, m.receivedAt, m.answerBy],
    );
    return inserted.length > 0;
  }

  async setLastMessageAt(db: EntityManager, threadId: string, at: Date): Promise<void> {
    await db.getRepository(MessageThreadEntity).update(threadId, { lastMessageAt: at });
  }

  /** Everything in the thread up to now counts as read by this reader. */
  async markRead(db: EntityManager, threadId: string, accountId: string): Promise<void> {
    await db.query(
      `INSERT INTO message_read (thread_id, account_id, last_read_seq)
       SELECT $1, $2, COALESCE(max(seq), 0) FROM message WHERE thread_id = $1
       ON CONFLICT (thread_id, account_id) DO UPDATE SET last_read_seq = GREATEST(message_read.last_read_seq, EXCLUDED.last_read_seq)`,
      [threadId, accountId],
    );
  }

  async loadMessage(id: string, db: EntityManager = this.dataSource.manager): Promise<Message | null> {
    const [row] = await db.query(`${MESSAGE_SELECT} WHERE m.id = $1`, [id]);
    if (!row) return null;
    return messageView(row, (await this.loadAttachments(db, [id])).get(id));
  }

  async loadMessages(db: EntityManager, threadId: string): Promise<Message[]> {
    const rows: MessageRow[] = await db.query(`${MESSAGE_SELECT} WHERE m.thread_id = $1 ORDER BY m.seq`, [threadId]);
    const files = await this.loadAttachments(
      db,
      rows.map((r) => r.id),
    );
    return rows.map((r) => messageView(r, files.get(r.id)));
  }

  /**
   * The files of these (stored) messages: only those uploaded by each message's own sender and made
   * part of it when it was sent (an upload under the same id that expired meanwhile never is).
   */
  private async loadAttachments(db: EntityManager, messageIds: string[]): Promise<Map<string, MessageAttachment[]>> {
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

  // --- reading -----------------------------------------------------------------------------------

  /**
   * Most urgent first: the earliest deadline, then threads without one by latest message (then by
   * id, so equal times keep one order). The threads WORKER_VISIBLE_SQL allows, as its two disjoint
   * halves: the threads of the worker's cases (by index from the case ids) and the organisation's
   * duty queue. The unread counts are one grouped pass over the messages of the (at most 500)
   * threads shown, not a count per thread: that was most of this query's time. A prepared
   * statement: every inbox view runs it, and planning it costs as much as running it.
   */
  workerInbox(worker: WorkerScope): Promise<InboxRow[]> {
    return queryPrepared<InboxRow>(
      this.dataSource,
      `WITH shown AS MATERIALIZED (
         SELECT t.id, t.case_id, t.client_id, t.last_message_at, d.due_at
           FROM (SELECT t.id, t.case_id, t.client_id, t.last_message_at
                   FROM message_thread t
                  WHERE t.case_id = ANY($2::uuid[])
                 UNION ALL
                 SELECT t.id, t.case_id, t.client_id, t.last_message_at
                   FROM message_thread t
                  WHERE t.case_id IS NULL AND t.organisation_id = $1) t
           LEFT JOIN message_deadline d ON d.thread_id = t.id AND d.answered_at IS NULL
          ORDER BY d.due_at ASC NULLS LAST, t.last_message_at DESC, t.id
          LIMIT 500),
       unread AS (
         SELECT um.thread_id, count(*)::int AS unread
           FROM shown s
           JOIN message um ON um.thread_id = s.id
           LEFT JOIN message_read r ON r.thread_id = s.id AND r.account_id = $3
          WHERE ${unreadMessageSql('worker', '$3', 'r.last_read_seq')}
          GROUP BY um.thread_id)
       SELECT s.id, s.case_id, s.client_id, ${isoSql('s.last_message_at')} AS last_message_at, COALESCE(u.unread, 0) AS unread,
              ${isoSql('s.due_at')} AS due_at
         FROM shown s LEFT JOIN unread u ON u.thread_id = s.id
        ORDER BY s.due_at ASC NULLS LAST, s.last_message_at DESC, s.id`,
      [...workerParams(worker), worker.id],
    );
  }

  async workerThread(db: EntityManager, worker: WorkerScope, threadId: string): Promise<WorkerThreadRow | undefined> {
    const [row] = await db.query(
      `SELECT t.id, t.case_id, t.client_id, t.closed_at, d.due_at FROM message_thread t
         LEFT JOIN message_deadline d ON d.thread_id = t.id AND d.answered_at IS NULL
        WHERE t.id = $3 AND ${WORKER_VISIBLE_SQL}`,
      [...workerParams(worker), threadId],
    );
    return row;
  }

  clientThreads(clientId: string): Promise<ClientThreadRow[]> {
    return this.dataSource.query(
      `SELECT t.id, t.case_id, t.last_message_at, ${UNREAD_FOR_CLIENT} AS unread, d.due_at
       FROM message_thread t LEFT JOIN message_deadline d ON d.thread_id = t.id AND d.answered_at IS NULL
      WHERE t.client_id = $1
      ORDER BY t.last_message_at DESC`,
      [clientId],
    );
  }

  async clientThread(
    db: EntityManager,
    clientId: string,
    threadId: string,
  ): Promise<(Omit<WorkerThreadRow, 'client_id'> & { ask_evaluation: boolean }) | undefined> {
    const [row] = await db.query(
      `SELECT t.id, t.case_id, t.closed_at, d.due_at,
              (t.closed_at IS NOT NULL AND NOT EXISTS (SELECT 1 FROM thread_evaluation e WHERE e.thread_id = t.id)) AS ask_evaluation
         FROM message_thread t LEFT JOIN message_deadline d ON d.thread_id = t.id AND d.answered_at IS NULL
        WHERE t.id = $1 AND t.client_id = $2`,
      [threadId, clientId],
    );
    return row;
  }

  async unreadForClient(clientId: string): Promise<number> {
    const [row] = await this.dataSource.query(
      `SELECT COALESCE(sum(${UNREAD_FOR_CLIENT}), 0)::int AS unread FROM message_thread t WHERE t.client_id = $1`,
      [clientId],
    );
    return row.unread;
  }

  async unreadForWorker(worker: WorkerScope): Promise<number> {
    const [row] = await this.dataSource.query(
      `SELECT COALESCE(sum(${UNREAD_FOR_WORKER}), 0)::int AS unread FROM message_thread t WHERE ${WORKER_VISIBLE_SQL}`,
      [...workerParams(worker), worker.id],
    );
    return row.unread;
  }

  // --- closing and the evaluation afterwards -----------------------------------------------------

  /** Closes the thread (the worker's visibility was checked); false when it was closed already. */
  async close(db: EntityManager, threadId: string, now: Date): Promise<boolean> {
    const [, count] = await db.query(`UPDATE message_thread SET closed_at = $2 WHERE id = $1 AND closed_at IS NULL`, [threadId, now]);
    return count > 0;
  }

  /** A client writing in a closed thread opens it again. */
  async reopen(db: EntityManager, threadId: string): Promise<void> {
    await db.query(`UPDATE message_thread SET closed_at = NULL WHERE id = $1 AND closed_at IS NOT NULL`, [threadId]);
  }

  /** The client's own thread with whether it is closed, locked until the transaction ends. */
  async clientThreadForEvaluation(db: EntityManager, clientId: string, threadId: string): Promise<{ closed_at: Date | null } | undefined> {
    const [row] = await db.query(`SELECT closed_at FROM message_thread WHERE id = $1 AND client_id = $2 FOR UPDATE`, [threadId, clientId]);
    return row;
  }

  /** Stores the answers (or the skip) unless the thread has them; false when it had. */
  async insertEvaluation(db: EntityManager, threadId: string, e: ThreadEvaluationRequest, now: Date): Promise<boolean> {
    const skipped = e.skip === true;
    const stored: unknown[] = await db.query(
      `INSERT INTO thread_evaluation (thread_id, skipped, helpful, understood, again, remark, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7)
       ON CONFLICT (thread_id) DO NOTHING RETURNING thread_id`,
      skipped ? [threadId, true, null, null, null, null, now] : [threadId, false, e.helpful, e.understood, e.again, e.remark ?? null, now],
    );
    return stored.length > 0;
  }
}
