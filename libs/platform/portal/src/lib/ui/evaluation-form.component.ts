import { ChangeDetectionStrategy, Component, input, output, signal } from '@angular/core';
import { TranslatePipe } from '../i18n/t.pipe';

/** The answers the form sends: helpful and understood 1–5, again yes/no, an optional remark. */
export interface EvaluationAnswers {
  helpful: number;
  understood: number;
  again: boolean;
  remark?: string;
}

/** Longest remark the API takes (EVALUATION_REMARK_MAX_LENGTH in chat contracts). */
const REMARK_MAX_LENGTH = 500;

/**
 * The three questions after a chat or a closed message thread, with an optional remark (the hint
 * asks to leave out names: the team lead reads remarks). `skippable` adds "Overslaan". The domain
 * gives the wording of the first and last question (chat or messages).
 */
@Component({
  selector: 'nb-evaluation-form',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    .evaluation-scale {
      border: 0;
      padding: 0;
      margin: 0 0 1rem;
    }
    .evaluation-scale legend {
      font-weight: 600;
      margin-bottom: 0.25rem;
    }
    .evaluation-choice {
      display: inline-flex;
      align-items: center;
      gap: 0.25rem;
      min-height: 44px;
      min-width: 44px;
      margin-inline-end: 0.5rem;
    }
    .evaluation-remark textarea {
      width: 100%;
      box-sizing: border-box;
    }
    .evaluation-actions {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem;
    }
  `,
  template: `
    @if (done()) {
      <p class="message message--success" role="status">{{ 'platform.eval.thanks' | t }}</p>
    } @else {
      <form class="card" (submit)="$event.preventDefault(); submit()" [attr.aria-labelledby]="id + '-title'">
        <h2 [id]="id + '-title'">{{ 'platform.eval.title' | t }}</h2>
        @for (q of scales(); track q.key) {
          <fieldset class="evaluation-scale">
            <legend>{{ q.label | t }} <span class="field-hint">{{ 'platform.eval.scale' | t }}</span></legend>
            @for (n of points; track n) {
              <label class="evaluation-choice">
                <input type="radio" [name]="q.key" [value]="n" (change)="set(q.key, n)" />
                {{ n }}
              </label>
            }
          </fieldset>
        }
        <fieldset class="evaluation-scale">
          <legend>{{ againLabel() | t }}</legend>
          <label class="evaluation-choice"><input type="radio" name="again" (change)="again.set(true)" /> {{ 'platform.eval.yes' | t }}</label>
          <label class="evaluation-choice"><input type="radio" name="again" (change)="again.set(false)" /> {{ 'platform.eval.no' | t }}</label>
        </fieldset>
        <p class="evaluation-remark">
          <label [for]="id + '-remark'">{{ 'platform.eval.remark' | t }} <span class="field-hint">{{ 'platform.field.optional' | t }}</span></label>
          <span class="field-hint" [id]="id + '-remark-hint'">{{ 'platform.eval.remarkHint' | t }}</span>
          <textarea
            [id]="id + '-remark'"
            rows="3"
            [attr.maxlength]="maxLength"
            [attr.aria-describedby]="id + '-remark-hint'"
            (input)="remark.set($any($event.target).value)"
          ></textarea>
        </p>
        <p class="field-error" role="alert">{{ incomplete() ? ('platform.eval.error' | t) : '' }}</p>
        <p class="evaluation-actions">
          <button type="submit" class="button">{{ 'platform.eval.send' | t }}</button>
          @if (skippable()) {
            <button type="button" class="button button--secondary" (click)="skipped.emit()">{{ 'platform.eval.skip' | t }}</button>
          }
        </p>
      </form>
    }
  `,
})
export class EvaluationFormComponent {
  private static next = 0;
  protected readonly id = `evaluation-${EvaluationFormComponent.next++}`;

  readonly done = input(false);
  /** Text key of "did it help you?" for this channel. */
  readonly helpfulLabel = input.required<string>();
  /** Text key of "would you use it again?" for this channel. */
  readonly againLabel = input.required<string>();
  readonly skippable = input(false);
  readonly answered = output<EvaluationAnswers>();
  readonly skipped = output<void>();

  protected readonly scales = () =>
    [
      { key: 'helpful', label: this.helpfulLabel() },
      { key: 'understood', label: 'platform.eval.understood' },
    ] as const;
  protected readonly points = [1, 2, 3, 4, 5];
  protected readonly maxLength = REMARK_MAX_LENGTH;
  private readonly answers = signal<{ helpful?: number; understood?: number }>({});
  protected readonly again = signal<boolean | null>(null);
  protected readonly remark = signal('');
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
    const remark = this.remark().trim();
    this.answered.emit(remark ? { helpful, understood, again, remark } : { helpful, understood, again });
  }
}
