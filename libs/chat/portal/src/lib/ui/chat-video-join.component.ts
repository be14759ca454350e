import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslatePipe, useTexts } from '@nabij/platform/portal';
import { chatTexts } from '../i18n';

/**
 * In the client's chat window once the worker chose "Verder met video": a big "Deelnemen" that
 * opens the call page (device check, then the waiting room until the worker lets them in).
 */
@Component({
  selector: 'nb-chat-video-join',
  imports: [TranslatePipe, RouterLink],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    .chat-video-join {
      margin-bottom: 1rem;
    }
  `,
  template: `
    <!-- Inserted while the chat runs: the alert makes a screen reader say it at once. -->
    <p class="visually-hidden" role="alert">{{ 'chat.video.invited' | t }}</p>
    <section class="card card--accent chat-video-join" aria-labelledby="chat-video-join-title">
      <h3 id="chat-video-join-title">{{ 'chat.video.invited' | t }}</h3>
      <p>{{ 'chat.video.inviteHint' | t }}</p>
      <a class="button button--large" [routerLink]="['/video', appointmentId()]" [attr.aria-label]="'chat.video.joinLabel' | t">{{
        'chat.video.join' | t
      }}</a>
    </section>
  `,
})
export class ChatVideoJoinComponent {
  protected readonly i18n = useTexts(chatTexts);
  readonly appointmentId = input.required<string>();
}
