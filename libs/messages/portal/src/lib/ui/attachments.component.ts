import { ChangeDetectionStrategy, Component, inject, input, signal } from '@angular/core';
import type { MessageAttachment } from '@nabij/messages/contracts';
import { MessageComponent, TranslatePipe, useTexts } from '@nabij/platform/portal';
import { formatSize } from '../format';
import { messagesTexts } from '../i18n';
import { MessagesApi } from '../messages.api';

/** The files on one message, each with a download button (fetched with the token, saved by name). */
@Component({
  selector: 'nb-message-attachments',
  styleUrl: '../messages.shared.css',
  imports: [TranslatePipe, MessageComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (attachments().length) {
      <ul class="attachment-list" [attr.aria-label]="'messages.attach.list' | t">
        @for (file of attachments(); track file.id) {
          <li class="item-line">
            <span class="attachment-list__name">{{ file.fileName }}</span> <span class="small">({{ size(file.sizeBytes) }})</span>
            <button type="button" class="button button--small button--secondary" [attr.aria-label]="'messages.attach.downloadNamed' | t: { name: file.fileName }" (click)="download(file)">{{ 'messages.attach.download' | t }}</button>
          </li>
        }
      </ul>
      <nb-message kind="error" [show]="failed()">{{ 'messages.attach.downloadFailed' | t }}</nb-message>
    }
  `,
})
export class MessageAttachmentsComponent {
  private readonly i18n = useTexts(messagesTexts);
  private readonly api = inject(MessagesApi);
  readonly attachments = input.required<MessageAttachment[]>();
  protected readonly failed = signal(false);

  protected async download(file: MessageAttachment): Promise<void> {
    this.failed.set(false);
    try {
      await this.api.downloadAttachment(file);
    } catch {
      this.failed.set(true);
    }
  }

  protected size(bytes: number): string {
    return formatSize(bytes, this.i18n.locale());
  }
}
