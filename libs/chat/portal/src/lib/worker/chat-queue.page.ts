import { ChangeDetectionStrategy, Component, ElementRef, Injector, OnInit, inject } from '@angular/core';
import type { ChatQueueEntry } from '@nabij/chat/contracts';
import { MessageComponent, TranslatePipe, focusAfterRender, useTexts } from '@nabij/platform/portal';
import { chatTexts } from '../i18n';
import { ChatWindowComponent } from '../ui/chat-window.component';
import { ChatConvertComponent } from './chat-convert.component';
import { WorkerChatStore } from '../worker-chat.store';

/** `/chat/wachtrij`: the duty worker's queue and open chats side by side. */
@Component({
  selector: 'nb-chat-queue-page',
  styleUrls: ['./chat-queue.page.css', '../chat.shared.css'],
  imports: [TranslatePipe, MessageComponent, ChatWindowComponent, ChatConvertComponent],
  providers: [WorkerChatStore],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './chat-queue.page.html',
})
export class ChatQueuePage implements OnInit {
  protected readonly i18n = useTexts(chatTexts);
  protected readonly store = inject(WorkerChatStore);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);

  ngOnInit(): void {
    void this.store.init();
  }

  protected who(entry: ChatQueueEntry): string {
    return entry.clientName ?? entry.email ?? this.i18n.t('chat.queue.anonymous');
  }

  protected minutes(seconds: number): number {
    return Math.floor(seconds / 60);
  }

  /** As time registration counts it: whole minutes, at least 1. */
  protected durationMinutes(seconds: number | null): number {
    return Math.max(1, Math.ceil((seconds ?? 0) / 60));
  }

  protected async pickUp(entry: ChatQueueEntry): Promise<void> {
    const room = await this.store.pickUp(entry);
    if (room) focusAfterRender(this.host.nativeElement, `#chat-input-${room.id}`, this.injector);
  }
}
