import { ChangeDetectionStrategy, Component, input, output, signal } from '@angular/core';
import type { ChatEvaluationRequest } from '@nabij/chat/contracts';
import { TranslatePipe } from '@nabij/platform/portal';

/** The three questions after a chat: helpful 1–5, understood 1–5, again yes/no. */
@Component({
  selector: 'nb-chat-evaluation',
  styleUrls: ['./chat-evaluation.component.css', '../chat.shared.css'],
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (done()) {
      <p class="message message--success" role="status">{{ 'chat.evalThanks' | t }}</p>
    } @else {
      <form class="card" (submit)="$event.preventDefault(); submit()" aria-labelledby="eval-title">
        <h2 id="eval-title">{{ 'chat.evalTitle' | t }}</h2>
        @for (q of scales; track q.key) {
          <fieldset class="chat-scale">
            <legend>{{ q.label | t }} <span class="field-hint">{{ 'chat.evalScale' | t }}</span></legend>
            @for (n of points; track n) {
              <label class="chat-choice">
                <input type="radio" [name]="q.key" [value]="n" (change)="set(q.key, n)" />
                {{ n }}
              </label>
            }
          </fieldset>
        }
        <fieldset class="chat-scale">
          <legend>{{ 'chat.evalAgain' | t }}</legend>
          <label class="chat-choice"><input type="radio" name="again" (change)="again.set(true)" /> {{ 'chat.yes' | t }}</label>
          <label class="chat-choice"><input type="radio" name="again" (change)="again.set(false)" /> {{ 'chat.no' | t }}</label>
        </fieldset>
        <p class="field-error" role="alert">{{ incomplete() ? ('chat.evalError' | t) : '' }}</p>
        <button type="submit" class="button">{{ 'chat.evalSend' | t }}</button>
      </form>
    }
  `,
})
export class ChatEvaluationComponent {
  readonly done = input(false);
  readonly answered = output<ChatEvaluationRequest>();

  protected readonly scales = [
    { key: 'helpful', label: 'chat.evalHelpful' },
    { key: 'understood', label: 'chat.evalUnderstood' },
  ] as const;
  protected readonly points = [1, 2, 3, 4, 5];
  private readonly answers = signal<{ helpful?: number; understood?: number }>({});
  protected readonly again = signal<boolean | null>(null);
  protected readonly incomplete = signal(false);

  protected set(key: 'helpful' | 'understood', value: number): void {
    this.answers.update((a) => ({ ...a, [key]: value }));
  }

  protected submit(): void {
    const { helpful, understood } = this.answers();
    const again = this.again();
    if (!helpful || !understood || again === null) {
      this.incomplete.set(true);
      return;
    }
    this.incomplete.set(false);
    this.answered.emit({ helpful, understood, again });
  }
}
