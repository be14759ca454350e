import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslatePipe, toApiError, useTexts } from '@nabij/platform/portal';
import { firstValueFrom } from 'rxjs';
import { ChatApi } from '../chat.api';
import type { ChatRoom } from '../chat-room';
import { chatTexts } from '../i18n';

/**
 * "Verder met video" in a chat the worker holds: books a video call now on the chat's case. Only
 * for a signed-in client with a case (an anonymous visitor has no login to join a call with); the
 * worker is told so instead of getting a button that cannot work.
 */
@Component({
  selector: 'nb-chat-video-offer',
  imports: [TranslatePipe, RouterLink],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    .chat-video {
      margin-top: 0.75rem;
    }
  `,
  template: `
    @let session = room().session();
    @if (session.videoAppointmentId; as appointmentId) {
      <div class="chat-video">
        <p class="message message--success" role="status">{{ 'chat.video.offered' | t }}</p>
        <a class="button button--small" [routerLink]="['/video', appointmentId]">{{ 'chat.video.toCall' | t }}</a>
      </div>
    } @else if (session.status === 'active') {
      <div class="chat-video">
        @if (canOffer()) {
          <button type="button" class="button button--small button--secondary" [attr.aria-busy]="busy()"
            [attr.aria-describedby]="'chat-video-hint-' + room().id" (click)="offer()">{{ 'chat.video.offer' | t }}</button>
          <p class="field-hint" [id]="'chat-video-hint-' + room().id">{{ 'chat.video.offerHint' | t }}</p>
        } @else {
          <p class="field-hint">{{ 'chat.video.needsCase' | t }}</p>
        }
        <p class="field-error" role="alert">{{ error() ? (error()! | t) : '' }}</p>
      </div>
    }
  `,
})
export class ChatVideoOfferComponent {
  protected readonly i18n = useTexts(chatTexts);
  private readonly api = inject(ChatApi);
  readonly room = input.required<ChatRoom>();

  protected readonly canOffer = computed(() => {
    const s = this.room().session();
    return !s.anonymous && !!s.caseId;
  });
  protected readonly busy = signal(false);
  /** An i18n key. */
  protected readonly error = signal<string | null>(null);

  protected async offer(): Promise<void> {
    if (this.busy()) return;
    this.busy.set(true);
    this.error.set(null);
    try {
      this.room().update(await firstValueFrom(this.api.offerVideo(this.room().id)));
    } catch (err) {
      // 409: not the client's own worker (or the chat is anonymous after all); the API says which in English.
      const status = toApiError(err).statusCode;
      this.error.set(
        status === 409 ? (this.room().session().caseId ? 'chat.video.notYourCase' : 'chat.video.needsCase') : 'chat.video.failed',
      );
    } finally {
      this.busy.set(false);
    }
  }
}
