import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  Injector,
  computed,
  inject,
  input,
  linkedSignal,
  output,
  signal,
} from '@angular/core';
import {
  DraftDirective,
  Drafts,
  FormControlDirective,
  FormFieldComponent,
  I18n,
  MessageComponent,
  TranslatePipe,
  focusAfterRender,
  focusFirstInvalid,
  generalErrorKey,
  toApiError,
  useTexts,
} from '@nabij/platform/portal';
import { AssignmentStepContent, SubmissionView, TRAINING_LIMITS } from '@nabij/trainings/contracts';
import { trainingTexts } from '../i18n';
import { textDirection } from './text-lang';
import { TrainingStore } from '../training.store';
import { answerRows, homeworkFields } from './homework-fields';

/**
 * Homework: open questions or the diary form. Editable until the trainer has replied; after
 * sending it says what happens next; a returned piece shows the trainer's note above the form.
 * Each answer is kept on the device as a draft while it is typed (see platform `Drafts`) until sent.
 */
@Component({
  selector: 'nb-homework',
  styleUrls: ['./homework.component.css', '../trainings.shared.css'],
  imports: [TranslatePipe, FormFieldComponent, FormControlDirective, MessageComponent, DraftDirective],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <p [attr.lang]="textLang()" [attr.dir]="textDir()">{{ content().intro }}</p>
    @if (current(); as s) {
      @if (s.feedback) {
        <section class="feedback" [class.feedback--returned]="s.status === 'returned'" aria-labelledby="fb-title">
          <h3 id="fb-title" tabindex="-1">{{ (s.status === 'returned' ? 'training.hw.returned' : 'training.hw.feedback') | t }}</h3>
          <p class="feedback-text">{{ s.feedback }}</p>
        </section>
      }
    }
    @if (editing()) {
      <form class="homework-form" (submit)="$event.preventDefault(); send()" novalidate>
        @for (f of fields(); track f.id) {
          <nb-form-field
            [fieldId]="'hw-' + f.id"
            [label]="f.translate ? i18n.t(f.label) : f.label"
            [hint]="f.hint ? (f.translate ? i18n.t(f.hint) : f.hint) : null"
            [error]="errorFor(f.id)"
          >
            <textarea nbControl class="input" rows="3" [name]="f.id" [nbDraft]="draftName(f.id)" [value]="values()[f.id] ?? ''" (input)="set(f.id, $event)"></textarea>
          </nb-form-field>
        }
        <nb-message kind="error" [show]="!!general()">{{ general() ?? '' | t }}</nb-message>
        <button class="button button--large" type="submit" [attr.aria-busy]="busy()">
          {{ (current() ? 'training.hw.resubmit' : 'training.hw.submit') | t }}
        </button>
      </form>
    } @else if (current(); as s) {
      @if (s.status === 'submitted') {
        <div class="message message--success sent-note" role="status" tabindex="-1">{{ 'training.hw.sent' | t }}</div>
      }
      <h3>{{ 'training.hw.yourAnswers' | t }}</h3>
      <dl class="answers">
        @for (row of rows(); track row.field.id) {
          <dt>{{ row.field.translate ? i18n.t(row.field.label) : row.field.label }}</dt>
          <dd>{{ row.answer }}</dd>
        }
      </dl>
      @if (s.status === 'submitted') {
        <p class="small">{{ 'training.hw.editHint' | t }}</p>
        <button class="button button--secondary" type="button" (click)="edit()">{{ 'training.hw.edit' | t }}</button>
      } @else if (s.status === 'feedback_given') {
        <button class="button" type="button" (click)="finished.emit()">{{ 'training.hw.nextModule' | t }}</button>
      }
    }
  `,
})
export class HomeworkComponent {
  protected readonly i18n: I18n = useTexts(trainingTexts);
  private readonly store = inject(TrainingStore);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);
  private readonly drafts = inject(Drafts);

  readonly stepId = input.required<string>();
  readonly content = input.required<AssignmentStepContent>();
  readonly submission = input<SubmissionView | null>(null);
  /** Issue 17: the language of the homework's texts when it is not the page's (Dutch on an Arabic page), else null. */
  readonly textLang = input<string | null>(null);
  protected readonly textDir = computed(() => textDirection(this.textLang()));
  readonly finished = output<void>();

  /** The latest known piece: the input, replaced by what the API answers after sending. */
  protected readonly current = linkedSignal(() => this.submission());
  protected readonly fields = computed(() => homeworkFields(this.content()));
  protected readonly rows = computed(() => answerRows(this.fields(), this.current()?.answers ?? {}));
  /** Open for writing: nothing sent yet, or sent back by the trainer; "edit" opens a sent piece. */
  protected readonly editing = linkedSignal(() => {
    const s = this.current();
    return !s || s.status === 'returned';
  });
  protected readonly values = linkedSignal<Record<string, string>>(() => ({ ...(this.submission()?.answers ?? {}) }));
  protected readonly errors = signal<Record<string, string>>({});
  protected readonly general = signal<string | null>(null);
  protected readonly busy = signal(false);

  protected draftName(fieldId: string): string {
    return `homework:${this.stepId()}:${fieldId}`;
  }

  protected errorFor(id: string): string | null {
    const key = this.errors()[id];
    return key ? this.i18n.t(key, { max: TRAINING_LIMITS.answerMax }) : null;
  }

  protected set(id: string, event: Event): void {
    const value = (event.target as HTMLTextAreaElement).value;
    this.values.update((v) => ({ ...v, [id]: value }));
    if (this.errors()[id]) this.errors.update(({ [id]: _, ...rest }) => rest);
  }

  protected edit(): void {
    this.editing.set(true);
    focusAfterRender(this.host.nativeElement, 'textarea', this.injector);
  }

  protected async send(): Promise<void> {
    if (this.busy()) return;
    const answers: Record<string, string> = {};
    const errors: Record<string, string> = {};
    for (const f of this.fields()) {
      const value = (this.values()[f.id] ?? '').trim();
      if (!value) errors[f.id] = 'training.hw.required';
      else if (value.length > TRAINING_LIMITS.answerMax) errors[f.id] = 'training.hw.tooLong';
      answers[f.id] = value;
    }
    this.general.set(null);
    this.errors.set(errors);
    if (Object.keys(errors).length) return focusFirstInvalid(this.host.nativeElement, this.injector);
    this.busy.set(true);
    try {
      this.current.set(await this.store.submitHomework(this.stepId(), answers));
      for (const f of this.fields()) this.drafts.clear(this.draftName(f.id));
      this.editing.set(false);
      focusAfterRender(this.host.nativeElement, '.sent-note', this.injector);
    } catch (err) {
      this.showError(err);
    } finally {
      this.busy.set(false);
    }
  }

  private showError(err: unknown): void {
    const e = toApiError(err);
    if (e.statusCode === 400 && e.fields) {
      const errors: Record<string, string> = {};
      for (const [path, messages] of Object.entries(e.fields)) {
        const id = path.replace(/^answers\.?/, '');
        if (this.fields().some((f) => f.id === id))
          errors[id] = messages.join(' ').includes('characters') ? 'training.hw.tooLong' : 'training.hw.required';
      }
      this.errors.set(errors);
      if (Object.keys(errors).length) return focusFirstInvalid(this.host.nativeElement, this.injector);
    }
    this.general.set(e.statusCode === 409 ? 'training.error.frozen' : generalErrorKey(e));
  }
}
