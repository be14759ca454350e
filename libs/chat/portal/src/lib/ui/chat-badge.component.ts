import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import type { ChatStatusResponse } from '@nabij/chat/contracts';
import { useTexts } from '@nabij/platform/portal';
import { ChatStatusStore } from '../chat-status.store';
import { chatTexts } from '../i18n';
import { chatOpeningText } from './chat-opening';

/** For the client's Chat tile: "De chat is nu open." or "De chat opent vandaag om 15:00." */
@Component({
  selector: 'nb-chat-badge',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (text(); as text) {
      <span class="badge" [class.badge--count]="status()?.open">{{ text }}</span>
    }
  `,
})
export class ChatBadgeComponent {
  private readonly i18n = useTexts(chatTexts);
  protected readonly status = signal<ChatStatusResponse | null>(null);
  protected readonly text = computed(() => {
    const status = this.status();
    this.i18n.lang();
    if (!status) return null;
    return status.open ? this.i18n.t('chat.open') : chatOpeningText(this.i18n, status);
  });

  constructor() {
    inject(ChatStatusStore)
      .status()
      .then(
        (s) => this.status.set(s),
        () => undefined,
      );
  }
}
