import { DestroyRef, Injectable, computed, inject, signal } from '@angular/core';
import type { ChatQueueEntry, ChatQueueResponse } from '@nabij/chat/contracts';
import { AuthStore, toApiError } from '@nabij/platform/portal';
import { firstValueFrom } from 'rxjs';
import { ChatApi } from './chat.api';
import { CHAT_CONNECTOR } from './chat-connection';
import { ChatLink, ChatRoom } from './chat-room';

export interface OpenChat {
  room: ChatRoom;
  entry: ChatQueueEntry;
}

/** A duty worker's chat desk: the queue (live), picking up, and several chats open at once. */
@Injectable()
export class WorkerChatStore {
  private readonly api = inject(ChatApi);
  private readonly auth = inject(AuthStore);
  private readonly connector = inject(CHAT_CONNECTOR);

  private link: ChatLink | null = null;
  private readonly _queue = signal<ChatQueueResponse | null>(null);
  private readonly _open = signal<OpenChat[]>([]);
  private readonly _error = signal<string | null>(null);

  readonly queue = this._queue.asReadonly();
  readonly waiting = computed(() => this._queue()?.waiting ?? []);
  readonly open = this._open.asReadonly();
  /** An i18n key. */
  readonly error = this._error.asReadonly();

  constructor() {
    inject(DestroyRef).onDestroy(() => this.link?.close());
  }

  async init(): Promise<void> {
    this.link = await ChatLink.open(this.connector, () => this.auth.accessToken());
    this.link.onQueueChanged = () => void this.reload();
    await this.reload();
  }

  /** Reloads the queue and opens every chat this worker holds (after a reload of the page too). */
  async reload(): Promise<void> {
    try {
      const queue = await firstValueFrom(this.api.queue());
      this._queue.set(queue);
      for (const entry of queue.mine) await this.openChat(entry);
    } catch (err) {
      this._error.set(toApiError(err).statusCode === 0 ? 'platform.error.network' : 'platform.error.server');
    }
  }

  async pickUp(entry: ChatQueueEntry): Promise<ChatRoom | null> {
    this._error.set(null);
    try {
      await firstValueFrom(this.api.pickUp(entry.id));
      const room = await this.openChat({ ...entry, status: 'active', position: null });
      void this.reload();
      return room;
    } catch (err) {
      this._error.set(toApiError(err).statusCode === 409 ? 'chat.queue.taken' : 'platform.error.server');
      void this.reload();
      return null;
    }
  }

  async end(room: ChatRoom): Promise<void> {
    try {
      room.update(await firstValueFrom(this.api.end(room.id)));
    } catch (err) {
      if (toApiError(err).statusCode !== 409) this._error.set('platform.error.server');
    }
  }

  /** Takes an ended chat off the desk. */
  close(room: ChatRoom): void {
    this.link?.leave(room.id);
    this._open.update((open) => open.filter((o) => o.room !== room));
  }

  private async openChat(entry: ChatQueueEntry): Promise<ChatRoom | null> {
    const known = this._open().find((o) => o.entry.id === entry.id);
    if (known || !this.link) return known?.room ?? null;
    const session = await firstValueFrom(this.api.session(entry.id));
    const room = await this.link.room(session, 'worker');
    this._open.update((open) => (open.some((o) => o.entry.id === entry.id) ? open : [...open, { room, entry }]));
    return room;
  }
}
