import { Injectable, NotFoundException } from '@nestjs/common';
import type { ClientThread, InboxThread, SlaEvent, ThreadDetail } from '@nabij/messages/contracts';
import { AuditService, AuthUser, Clock, RequestMeta } from '@nabij/platform/api';
import { DataSource } from 'typeorm';
import { timeLeft } from './deadline';
import { loadMessages, markRead, unreadSql, WORKER_VISIBLE_SQL, workerParams } from './message-queries';
import { NotificationsService } from './notifications.service';

const isUuid = (v: string) => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(v);
const iso = (d: Date | string | null) => (d ? new Date(d).toISOString() : null);

/** Reading threads: the worker inbox (by deadline), the client's threads, and unread counts. */
@Injectable()
export class InboxService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly notifications: NotificationsService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  /** Most urgent first: the earliest deadline, then threads without one by latest message. */
  async inbox(worker: AuthUser, meta: RequestMeta): Promise<InboxThread[]> {
    return this.dataSource.transaction(async (db) => {
      const rows: Array<{
        id: string;
        case_id: string | null;
        client_id: string;
        client_name: string | null;
        last_message_at: Date;
        unread: number;
        due_at: Date | null;
      }> = await db.query(
        `SELECT t.id, t.case_id, t.client_id, cl.name AS client_name, t.last_message_at, ${unreadSql('worker')} AS unread, d.due_at
           FROM message_thread t
           JOIN account cl ON cl.id = t.client_id
           LEFT JOIN care_case c ON c.id = t.case_id
           LEFT JOIN message_deadline d ON d.thread_id = t.id AND d.answered_at IS NULL
          WHERE ${WORKER_VISIBLE_SQL}
          ORDER BY d.due_at ASC NULLS LAST, t.last_message_at DESC
          LIMIT 500`,
        workerParams(worker),
      );
      // The inbox shows who wrote: record that the worker saw these clients' names.
      for (const r of rows)
        await this.audit.record(
          { actor: worker, action: 'read', resourceType: 'message_inbox', resourceId: r.id, clientId: r.client_id, ...meta },
          db,
        );
      const now = this.clock.now();
      return rows.map((r) => ({
        id: r.id,
        caseId: r.case_id,
        dutyQueue: r.case_id === null,
        client: { id: r.client_id, name: r.client_name },
        lastMessageAt: iso(r.last_message_at)!,
        unread: r.unread,
        dueAt: iso(r.due_at),
        ...timeLeft(r.due_at ? new Date(r.due_at) : null, now),
      }));
    });
  }

  async workerThread(worker: AuthUser, threadId: string, meta: RequestMeta): Promise<ThreadDetail> {
    return this.dataSource.transaction(async (db) => {
      const [t] = isUuid(threadId)
        ? await db.query(
            `SELECT t.id, t.case_id, t.client_id, d.due_at FROM message_thread t LEFT JOIN care_case c ON c.id = t.case_id
               LEFT JOIN message_deadline d ON d.thread_id = t.id AND d.answered_at IS NULL
              WHERE t.id = $3 AND ${WORKER_VISIBLE_SQL}`,
            [...workerParams(worker), threadId],
          )
        : [];
      if (!t) throw new NotFoundException('This conversation does not exist or is not yours.');
      await this.audit.record(
        { actor: worker, action: 'read', resourceType: 'message_thread', resourceId: t.id, clientId: t.client_id, ...meta },
        db,
      );
      await markRead(db, t.id, worker.id);
      await this.notifications.markThreadRead(db, worker.id, t.id);
      return { id: t.id, caseId: t.case_id, dutyQueue: t.case_id === null, dueAt: iso(t.due_at), messages: await loadMessages(db, t.id) };
    });
  }

  async clientThreads(client: AuthUser): Promise<ClientThread[]> {
    const rows: Array<{ id: string; case_id: string | null; last_message_at: Date; unread: number; due_at: Date | null }> =
      await this.dataSource.query(
        `SELECT t.id, t.case_id, t.last_message_at, ${unreadSql('client')} AS unread, d.due_at
         FROM message_thread t LEFT JOIN message_deadline d ON d.thread_id = t.id AND d.answered_at IS NULL
        WHERE t.client_id = $1
        ORDER BY t.last_message_at DESC`,
        [client.id],
      );
    return rows.map((r) => ({
      id: r.id,
      caseId: r.case_id,
      dutyQueue: r.case_id === null,
      lastMessageAt: iso(r.last_message_at)!,
      unread: r.unread,
      answerBy: iso(r.due_at),
    }));
  }

  async clientThread(client: AuthUser, threadId: string): Promise<ThreadDetail> {
    return this.dataSource.transaction(async (db) => {
      const [t] = isUuid(threadId)
        ? await db.query(
            `SELECT t.id, t.case_id, d.due_at FROM message_thread t LEFT JOIN message_deadline d ON d.thread_id = t.id AND d.answered_at IS NULL
              WHERE t.id = $1 AND t.client_id = $2`,
            [threadId, client.id],
          )
        : [];
      if (!t) throw new NotFoundException('This conversation does not exist.');
      await markRead(db, t.id, client.id);
      return { id: t.id, caseId: t.case_id, dutyQueue: t.case_id === null, dueAt: iso(t.due_at), messages: await loadMessages(db, t.id) };
    });
  }

  /** Unread messages over every thread the caller can see. */
  async unread(user: AuthUser): Promise<number> {
    const [row] =
      user.role === 'client'
        ? await this.dataSource.query(
            `SELECT COALESCE(sum(${unreadSql('client')}), 0)::int AS unread FROM message_thread t WHERE t.client_id = $1`,
            [user.id],
          )
        : await this.dataSource.query(
            `SELECT COALESCE(sum(${unreadSql('worker')}), 0)::int AS unread FROM message_thread t LEFT JOIN care_case c ON c.id = t.case_id WHERE ${WORKER_VISIBLE_SQL}`,
            workerParams(user),
          );
    return row.unread;
  }

  /** The met/missed history of one thread's deadlines (for the team lead report later). */
  async slaHistory(threadId: string): Promise<SlaEvent[]> {
    const rows = await this.dataSource.query(`SELECT * FROM message_deadline WHERE thread_id = $1 ORDER BY started_at`, [threadId]);
    return rows.map((r: Record<string, Date | string | null>) => ({
      threadId: r['thread_id'] as string,
      startedAt: iso(r['started_at'])!,
      dueAt: iso(r['due_at'])!,
      outcome: r['outcome'] as SlaEvent['outcome'],
      metAt: iso(r['met_at']),
      missedAt: iso(r['missed_at']),
      answeredAt: iso(r['answered_at']),
    }));
  }
}
