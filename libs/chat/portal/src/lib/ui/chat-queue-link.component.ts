import { ChangeDetectionStrategy, Component } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslatePipe, useTexts } from '@nabij/platform/portal';
import { chatTexts } from '../i18n';
import { ChatBadgeComponent } from './chat-badge.component';

/** For the worker's home: the way to the chat queue, with whether chat is open. */
@Component({
  selector: 'nb-chat-queue-link',
  imports: [RouterLink, TranslatePipe, ChatBadgeComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="card">
      <h2><a routerLink="/chat/wachtrij">{{ 'chat.queue.title' | t }}</a></h2>
      <nb-chat-badge />
    </section>
  `,
})
export class ChatQueueLinkComponent {
  protected readonly i18n = useTexts(chatTexts);
}
