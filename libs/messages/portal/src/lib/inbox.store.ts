import { Injectable, inject, signal } from '@angular/core';
import type { Dossier } from '@nabij/dossier/contracts';
import type { InboxThread, ThreadDetail } from '@nabij/messages/contracts';
import { firstValueFrom } from 'rxjs';
import { newMessageId, sameFiles } from './format';
import { MessagesApi } from './messages.api';
import { UnreadStore } from './unread.store';

/** Most urgent first: earliest deadline (overdue ones are earliest), then the rest by latest message. */
export function sortByDeadline(threads: readonly InboxThread[]): InboxThread[] {
  return [...threads].sort((a, b) => {
    if (a.dueAt && b.dueAt) return a.dueAt.localeCompare(b.dueAt);
    if (a.dueAt) return -1;
    if (b.dueAt) return 1;
    return b.lastMessageAt.localeCompare(a.lastMessageAt);
  });
}

/** The worker inbox and the open thread with its client's case beside it. */
@Injectable({ providedIn: 'root' })
export class InboxStore {
  private readonly api = inject(MessagesApi);
  private readonly unreadStore = inject(UnreadStore);

  private readonly _threads = signal<InboxThread[] | null>(null);
  private readonly _thread = signal<ThreadDetail | null>(null);
  private readonly _context = signal<Dossier | null>(null);
  private pending: { threadId: string; body: string; files: readonly File[]; id: string } | null = null;

  readonly threads = this._threads.asReadonly();
  readonly thread = this._thread.asReadonly();
  readonly context = this._context.asReadonly();

  async load(): Promise<void> {
    this._threads.set(sortByDeadline(await firstValueFrom(this.api.inbox())));
  }

  async open(threadId: string): Promise<void> {
    this._context.set(null);
    const thread = await firstValueFrom(this.api.inboxThread(threadId));
    this._thread.set(thread);
    const before = this._threads()?.find((t) => t.id === threadId)?.unread;
    this._threads.update((list) => list?.map((t) => (t.id === threadId ? { ...t, unread: 0 } : t)) ?? null);
    if (before !== undefined) this.unreadStore.markRead(before);
    else await this.unreadStore.refresh();
    if (thread.caseId) {
      try {
        this._context.set(await firstValueFrom(this.api.caseContext(thread.caseId)));
      } catch {
        // The context is a help, not a must: the worker can still answer.
      }
    }
  }

  /** Closes the open thread: the client gets the three questions. */
  async close(): Promise<void> {
    const thread = this._thread();
    if (!thread) return;
    await firstValueFrom(this.api.close(thread.id));
    this._thread.set({ ...thread, closedAt: new Date().toISOString() });
  }

  /** Replies in the open thread; a retry after an error reuses the same message id. */
  async reply(body: string, files: readonly File[] = []): Promise<void> {
    const thread = this._thread();
    if (!thread) throw new Error('Open a thread first.');
    const text = body.trim();
    if (!this.pending || this.pending.threadId !== thread.id || this.pending.body !== text || !sameFiles(this.pending.files, files)) {
      this.pending = { threadId: thread.id, body: text, files: [...files], id: newMessageId() };
    }
    const response = await firstValueFrom(this.api.reply(thread.id, { id: this.pending.id, body: text }, files));
    this.pending = null;
    const known = thread.messages.some((m) => m.id === response.message.id);
    this._thread.set({ ...thread, dueAt: null, messages: known ? thread.messages : [...thread.messages, response.message] });
    this._threads.update(
      (list) =>
        list &&
        sortByDeadline(
          list.map((t) =>
            t.id === thread.id ? { ...t, dueAt: null, secondsLeft: null, overdue: false, lastMessageAt: response.message.receivedAt } : t,
          ),
        ),
    );
  }
}
