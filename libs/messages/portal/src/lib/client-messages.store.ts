import { Injectable, computed, inject, signal } from '@angular/core';
import type { ClientThread, ThreadDetail, ThreadEvaluationRequest } from '@nabij/messages/contracts';
import { firstValueFrom } from 'rxjs';
import { newMessageId, sameFiles } from './format';
import { MessagesApi } from './messages.api';
import { UnreadStore } from './unread.store';

/**
 * The client's messages. A message keeps its id until the API has stored it: pressing "Verstuur"
 * again after a network error resends the same id, so the worker never gets it twice.
 */
@Injectable({ providedIn: 'root' })
export class ClientMessagesStore {
  private readonly api = inject(MessagesApi);
  private readonly unreadStore = inject(UnreadStore);

  private readonly _threads = signal<ClientThread[] | null>(null);
  private readonly _thread = signal<ThreadDetail | null>(null);
  private readonly _answerBy = signal<string | null>(null);
  private pendingId: string | null = null;
  private pendingBody: string | null = null;
  private pendingFiles: readonly File[] = [];

  readonly threads = this._threads.asReadonly();
  readonly thread = this._thread.asReadonly();
  /** Set after a send: when the client gets an answer at the latest. */
  readonly answerBy = this._answerBy.asReadonly();
  readonly unread = computed(() => (this._threads() ?? []).reduce((sum, t) => sum + t.unread, 0));

  async loadThreads(): Promise<void> {
    this._threads.set(await firstValueFrom(this.api.myThreads()));
  }

  async openThread(threadId: string): Promise<void> {
    this._answerBy.set(null);
    this._thread.set(await firstValueFrom(this.api.myThread(threadId)));
    // The API marked the thread read: the list and the home badge drop at once, no reload needed.
    const before = this._threads()?.find((t) => t.id === threadId)?.unread;
    this._threads.update((list) => list?.map((t) => (t.id === threadId ? { ...t, unread: 0 } : t)) ?? null);
    if (before !== undefined) this.unreadStore.markRead(before);
    else await this.unreadStore.refresh();
  }

  /** Answers (or skips) the questions after a closed thread; they are not asked again. */
  async evaluate(request: ThreadEvaluationRequest): Promise<void> {
    const thread = this._thread();
    if (!thread) return;
    await firstValueFrom(this.api.evaluate(thread.id, request));
    this._thread.set({ ...thread, askEvaluation: false });
  }

  clearThread(): void {
    this._thread.set(null);
    this._answerBy.set(null);
  }

  /** Sends `body` with its files (in the open thread's case, if any); returns the thread it landed in. */
  async send(body: string, files: readonly File[] = []): Promise<string> {
    const text = body.trim();
    if (this.pendingBody !== text || !this.pendingId || !sameFiles(this.pendingFiles, files)) {
      this.pendingId = newMessageId();
      this.pendingBody = text;
      this.pendingFiles = [...files];
    }
    const thread = this._thread();
    const response = await firstValueFrom(
      this.api.send({ id: this.pendingId, body: text, ...(thread?.caseId ? { caseId: thread.caseId } : {}) }, files),
    );
    this.pendingId = null;
    this.pendingBody = null;
    this.pendingFiles = [];
    this._answerBy.set(response.answerBy);
    if (thread && thread.id === response.threadId) {
      const known = thread.messages.some((m) => m.id === response.message.id);
      this._thread.set({
        ...thread,
        dueAt: thread.dueAt ?? response.answerBy,
        // Writing opens a closed conversation again.
        closedAt: null,
        askEvaluation: false,
        messages: known ? thread.messages : [...thread.messages, response.message],
      });
    }
    return response.threadId;
  }
}
