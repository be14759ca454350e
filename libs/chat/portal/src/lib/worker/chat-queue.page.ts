import { ChangeDetectionStrategy, Component, ElementRef, Injector, OnInit, computed, inject } from '@angular/core';
import type { ChatQueueEntry } from '@nabij/chat/contracts';
import { MessageComponent, TranslatePipe, focusAfterRender, formatAmsterdamTime, useTexts } from '@nabij/platform/portal';
import { chatTexts } from '../i18n';
import { ChatWindowComponent } from '../ui/chat-window.component';
import { ChatConvertComponent } from './chat-convert.component';
import { ChatVideoOfferComponent } from './chat-video-offer.component';
import { WorkerChatStore } from '../worker-chat.store';

/** `/chat/wachtrij`: the duty worker's queue and open chats side by side. */
@Component({
  selector: 'nb-chat-queue-page',
  styleUrls: ['./chat-queue.page.css', '../chat.shared.css'],
  imports: [TranslatePipe, MessageComponent, ChatWindowComponent, ChatConvertComponent, ChatVideoOfferComponent],
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

  /** The name, else the visitor's nickname or "Anoniem 3" of the day, so two anonymous visitors are told apart. */
  protected who(entry: ChatQueueEntry): string {
    if (entry.clientName) return entry.clientName;
    if (entry.nickname) return this.i18n.t('chat.queue.nickname', { name: entry.nickname });
    if (entry.visitorNumber) return this.i18n.t('chat.queue.visitor', { number: entry.visitorNumber });
    return entry.email ?? this.i18n.t('chat.queue.anonymous');
  }

  protected readonly graceSeconds = computed(() => this.store.queue()?.graceSeconds ?? 75);

  /** Time of day in Amsterdam, e.g. 15:42. */
  protected clock(iso: string | null): string {
    return iso ? formatAmsterdamTime(iso, this.i18n.locale()) : '';
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
