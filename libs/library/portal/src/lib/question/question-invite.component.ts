import { ChangeDetectionStrategy, Component, inject, input, output, signal } from '@angular/core';
import type { QueuedQuestion } from '@nabij/library/contracts';
import { TranslatePipe, formatAmsterdamDayTime, useTexts } from '@nabij/platform/portal';
import { firstValueFrom } from 'rxjs';
import { LibraryApi } from '../library.api';
import { runOnce } from '../load-state';
import { questionTexts } from './question.i18n';

/**
 * Under a question in the worker's queue: invite the asker to register (as an anonymous chat can
 * become a registered client). Once invited it says when; the asker sees the invitation at their link.
 */
@Component({
  selector: 'nb-question-invite',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (question().invitedAt; as at) {
      <p class="kind" role="status">{{ 'question.queue.invited' | t: { date: dayTime(at) } }}</p>
    } @else {
      <button
        type="button"
        class="button button--secondary"
        [attr.aria-busy]="busy() || null"
        [attr.aria-label]="'question.queue.inviteLabel' | t: { nickname: question().nickname }"
        (click)="invite()"
      >
        {{ 'question.queue.invite' | t }}
      </button>
      @if (failed()) {
        <p class="field-error" role="alert">{{ 'question.queue.inviteFailed' | t }}</p>
      }
    }
  `,
})
export class QuestionInviteComponent {
  protected readonly i18n = useTexts(questionTexts);
  private readonly api = inject(LibraryApi);
  readonly question = input.required<QueuedQuestion>();
  readonly invited = output<QueuedQuestion>();
  readonly busy = signal(false);
  readonly failed = signal(false);

  protected invite(): Promise<void> {
    return runOnce(this, async () => this.invited.emit(await firstValueFrom(this.api.inviteQuestion(this.question().id))));
  }

  protected dayTime(iso: string): string {
    return formatAmsterdamDayTime(iso, this.i18n.locale());
  }
}
