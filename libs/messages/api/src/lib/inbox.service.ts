import { Injectable, NotFoundException } from '@nestjs/common';
import type { ClientThread, InboxCounts, InboxThread, SlaEvent, ThreadDetail } from '@nabij/messages/contracts';
import { AccountDirectoryService } from '@nabij/identity/api';
import { AuditService, AuthUser, Clock, GroupRead, RequestMeta } from '@nabij/platform/api';
import { DataSource } from 'typeorm';
import { WARN_BEFORE_MS, timeLeft } from './deadline';
import { MessageDeadlinesRepository } from './message-deadlines.repository';
import { withSenderNames } from './message-senders';
import { InboxRow, MessagesRepository } from './messages.repository';
import { NotificationsService } from './notifications.service';
import { WorkerScopeService } from './worker-scope.service';

const isUuid = (v: string) => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(v);
const iso = (d: Date | string | null) => (d ? new Date(d).toISOString() : null);

type Worker = Pick<AuthUser, 'id' | 'organisationId'>;
/** One worker's inbox as read, or why it could not be read (that worker's callers get the error). */
type InboxRead = { rows: InboxRow[] } | { error: unknown };

/** Reading threads: the worker inbox (by deadline), the client's threads, and unread counts. */
@Injectable()
export class InboxService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly notifications: NotificationsService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly messages: MessagesRepository,
    private readonly deadlines: MessageDeadlinesRepository,
    private readonly scopes: WorkerScopeService,
    private readonly accounts: AccountDirectoryService,
  ) {}

  /**
   * A worker's inbox rows (their scope, then the list), read once for every caller that asks while
   * a read of it runs: the inbox page asks for the list and the menu for its counts at the same
   * moment, and each used to cost the two statements. Each caller gets a read that started after
   * its call (GroupRead), so nothing written before the call is missed; another worker's read in
   * the same group runs beside it, and a failure fails only that worker's callers.
   */
  private readonly inboxReads = new GroupRead<string, InboxRead>(async (keys) => {
    const reads = await Promise.all(
      keys.map(async (key): Promise<[string, InboxRead]> => {
        const [id, organisationId] = JSON.parse(key) as [string, string | null];
        try {
          return [key, { rows: await this.messages.workerInbox(await this.scopes.of({ id, organisationId })) }];
        } catch (error) {
          return [key, { error }];
        }
      }),
    );
    return new Map(reads);
  });

  private async inboxRows(worker: Worker): Promise<InboxRow[]> {
    const read = await this.inboxReads.get(JSON.stringify([worker.id, worker.organisationId]));
    if (!read) throw new Error('inbox read answered nothing');
    if ('error' in read) throw read.error;
    return read.rows;
  }

  /** Most urgent first: the earliest deadline, then threads without one by latest message. */
  async inbox(worker: AuthUser, meta: RequestMeta): Promise<InboxThread[]> {
    const rows = await this.inboxRows(worker);
    // The inbox shows who wrote: record that the worker saw these clients' names (one list entry,
    // each client with their thread), committed before the list is answered. The names come from
    // identity's directory meanwhile (usually from its short cache).
    const [, names] = await Promise.all([
      this.audit.recordList(
        { actor: worker, action: 'read', resourceType: 'message_inbox', ...meta },
        rows.map((r) => ({ clientId: r.client_id, resourceId: r.id })),
      ),
      this.accounts.namesByIds(rows.map((r) => r.client_id)),
    ]);
    const now = this.clock.now();
    return rows.map((r) => ({
      id: r.id,
      caseId: r.case_id,
      dutyQueue: r.case_id === null,
      client: { id: r.client_id, name: names.get(r.client_id) ?? null },
      lastMessageAt: r.last_message_at,
      unread: r.unread,
      dueAt: r.due_at,
      ...timeLeft(r.due_at ? new Date(r.due_at) : null, now),
    }));
  }

  /** The inbox as three numbers for the navigation; no names leave, so nothing to audit. */
  async counts(worker: AuthUser): Promise<InboxCounts> {
    const rows = await this.inboxRows(worker);
    const now = this.clock.now().getTime();
    const counts: InboxCounts = { dueSoon: 0, overdue: 0, unread: 0 };
    for (const r of rows) {
      counts.unread += r.unread;
      if (!r.due_at) continue;
      const left = new Date(r.due_at).getTime() - now;
      if (left <= 0) counts.overdue++;
      else if (left <= WARN_BEFORE_MS) counts.dueSoon++;
    }
    return counts;
  }

  async workerThread(worker: AuthUser, threadId: string, meta: RequestMeta): Promise<ThreadDetail> {
    return this.dataSource.transaction(async (db) => {
      const t = isUuid(threadId) ? await this.messages.workerThread(db, await this.scopes.of(worker, db), threadId) : undefined;
      if (!t)
        throw new NotFoundException({
          message: 'This conversation does not exist or is not yours.',
          code: 'messages.conversation_not_exist',
        });
      await this.audit.record(
        { actor: worker, action: 'read', resourceType: 'message_thread', resourceId: t.id, clientId: t.client_id, ...meta },
        db,
      );
      await this.messages.markRead(db, t.id, worker.id);
      await this.notifications.markThreadRead(db, worker.id, t.id);
      return {
        id: t.id,
        caseId: t.case_id,
        dutyQueue: t.case_id === null,
        dueAt: iso(t.due_at),
        closedAt: iso(t.closed_at),
        askEvaluation: false,
        messages: await withSenderNames(this.accounts, await this.messages.loadMessages(db, t.id), db),
      };
    });
  }

  async clientThreads(client: AuthUser): Promise<ClientThread[]> {
    const rows = await this.messages.clientThreads(client.id);
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
      const t = isUuid(threadId) ? await this.messages.clientThread(db, client.id, threadId) : undefined;
      if (!t) throw new NotFoundException({ message: 'This conversation does not exist.', code: 'messages.conversation_not_exist_2' });
      await this.messages.markRead(db, t.id, client.id);
      return {
        id: t.id,
        caseId: t.case_id,
        dutyQueue: t.case_id === null,
        dueAt: iso(t.due_at),
        closedAt: iso(t.closed_at),
        askEvaluation: t.ask_evaluation,
        messages: await withSenderNames(this.accounts, await this.messages.loadMessages(db, t.id), db),
      };
    });
  }

  /** Unread messages over every thread the caller can see. */
  async unread(user: AuthUser): Promise<number> {
    return user.role === 'client' ? this.messages.unreadForClient(user.id) : this.messages.unreadForWorker(await this.scopes.of(user));
  }

  /** The met/missed history of one thread's deadlines (for the team lead report later). */
  async slaHistory(threadId: string): Promise<SlaEvent[]> {
    const rows = await this.deadlines.history(threadId);
    return rows.map((r) => ({
      threadId: r.thread_id,
      startedAt: iso(r.started_at)!,
      dueAt: iso(r.due_at)!,
      outcome: r.outcome,
      metAt: iso(r.met_at),
      missedAt: iso(r.missed_at),
      answeredAt: iso(r.answered_at),
    }));
  }
}
