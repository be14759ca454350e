import { Injectable, inject, signal } from '@angular/core';
import { FreshLoad } from '@nabij/platform/portal';
import { firstValueFrom } from 'rxjs';
import { MessagesApi } from './messages.api';

/** The badge on "Berichten" (client) and the inbox link (worker): unread messages in all threads. */
@Injectable({ providedIn: 'root' })
export class UnreadStore {
  private readonly api = inject(MessagesApi);
  private readonly _count = signal(0);
  /** The menu and the home tile ask together when a page opens: one request answers both. */
  private readonly loads = new FreshLoad<number>();
  readonly count = this._count.asReadonly();

  async refresh(): Promise<void> {
    try {
      this._count.set(await this.loads.run(async () => (await firstValueFrom(this.api.unreadCount())).unread));
    } catch {
      // A badge is a hint; the home page still works without it.
    }
  }

  /** A thread was opened: the API marked it read, so the badge drops at once, without a reload. */
  markRead(messages: number): void {
    this._count.update((n) => Math.max(0, n - messages));
    this.loads.forget();
  }
}
