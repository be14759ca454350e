import { ChangeDetectionStrategy, Component, ElementRef, Injector, computed, effect, inject, signal } from '@angular/core';
import { QUESTION_ANSWER_MAX, QueuedQuestion } from '@nabij/library/contracts';
import {
  FormFieldComponent,
  FormControlDirective,
  MessageComponent,
  TranslatePipe,
  focusFirstInvalid,
  formatAmsterdamDayTime,
  generalErrorKey,
  toApiError,
  useTexts,
} from '@nabij/platform/portal';
import { firstValueFrom } from 'rxjs';
import { LibraryApi } from '../library.api';
import { libraryTexts } from '../library.i18n';
import { loadOnChange } from '../load-state';
import { QuestionInviteComponent } from './question-invite.component';
import { questionTexts } from './question.i18n';

/** `/anonieme-vragen` (worker): the organisation's anonymous questions, the ones due soonest first, each with an answer box. */
@Component({
  selector: 'nb-question-queue-page',
  imports: [TranslatePipe, MessageComponent, FormFieldComponent, FormControlDirective, QuestionInviteComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrl: './question.css',
  template: `
    <h1 tabindex="-1">{{ 'question.queue.title' | t }}</h1>
    <p class="lead">{{ 'question.queue.intro' | t }}</p>
    <nb-message kind="success" [show]="sent()">{{ 'question.queue.sent' | t }}</nb-message>
    @switch (state().status) {
      @case ('ok') {
        <h2>{{ 'question.queue.open' | t }}</h2>
        @for (q of open(); track q.id) {
          <section class="thread-item" [attr.aria-labelledby]="'q-' + q.id">
            <h3 [id]="'q-' + q.id">{{ 'question.queue.from' | t: { nickname: q.nickname, date: dayTime(q.askedAt) } }}</h3>
            @if (q.overdue) {
              <p class="badge badge--late">{{ 'question.queue.overdue' | t }}</p>
            } @else {
              <p class="kind">{{ 'question.queue.due' | t: { due: dayTime(q.dueAt) } }}</p>
            }
            <p class="thread-text">{{ q.question }}</p>
            <form (submit)="$event.preventDefault(); send(q)" novalidate>
              <nb-form-field
                [fieldId]="'antwoord-' + q.id"
                [label]="'question.queue.answer' | t"
                [hint]="'question.queue.answerHint' | t"
                [error]="errors()[q.id] ? (errors()[q.id] | t) : null"
              >
                <textarea nbControl class="input" rows="5" [value]="drafts()[q.id] ?? ''" (input)="draft(q.id, $event)"></textarea>
              </nb-form-field>
              <button type="submit" class="button" [attr.aria-busy]="busy() === q.id">{{ 'question.queue.send' | t }}</button>
            </form>
            <nb-question-invite [question]="q" (invited)="replace($event)" />
          </section>
        } @empty {
          <p>{{ 'question.queue.empty' | t }}</p>
        }
        @if (answered().length) {
          <h2>{{ 'question.queue.answered' | t }}</h2>
          @for (q of answered(); track q.id) {
            <section class="thread-item" [attr.aria-labelledby]="'q-' + q.id">
              <h3 [id]="'q-' + q.id">{{ 'question.queue.from' | t: { nickname: q.nickname, date: dayTime(q.askedAt) } }}</h3>
              <p class="thread-text">{{ q.question }}</p>
              <p class="kind">{{ 'question.queue.yourAnswer' | t }} · {{ dayTime(q.answeredAt!) }}</p>
              <p class="thread-text">{{ q.answer }}</p>
              <nb-question-invite [question]="q" (invited)="replace($event)" />
            </section>
          }
        }
      }
      @case ('error') {
        <nb-message kind="error">{{ 'library.loadError' | t }}</nb-message>
      }
    }
  `,
})
export class QuestionQueuePage {
  protected readonly i18n = useTexts(questionTexts);
  private readonly api = inject(LibraryApi);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);
  protected readonly state = loadOnChange(
    () => true,
    () => this.api.questionQueue(),
  );
  private readonly questions = signal<QueuedQuestion[]>([]);
  protected readonly open = computed(() => this.questions().filter((q) => !q.answeredAt));
  protected readonly answered = computed(() => this.questions().filter((q) => q.answeredAt));
  protected readonly drafts = signal<Record<string, string>>({});
  protected readonly errors = signal<Record<string, string>>({});
  protected readonly busy = signal<string | null>(null);
  protected readonly sent = signal(false);

  constructor() {
    useTexts(libraryTexts);
    effect(() => {
      const state = this.state();
      this.questions.set(state.status === 'ok' ? state.value : []);
    });
  }

  protected draft(id: string, event: Event): void {
    const value = (event.target as HTMLTextAreaElement).value;
    this.drafts.update((d) => ({ ...d, [id]: value }));
    this.errors.update(({ [id]: _, ...rest }) => rest);
  }

  protected async send(q: QueuedQuestion): Promise<void> {
    const answer = (this.drafts()[q.id] ?? '').trim();
    this.sent.set(false);
    const error = !answer ? 'question.ask.required' : answer.length > QUESTION_ANSWER_MAX ? 'question.ask.tooLong' : null;
    if (error) {
      this.errors.update((e) => ({ ...e, [q.id]: error }));
      focusFirstInvalid(this.host.nativeElement, this.injector);
      return;
    }
    this.busy.set(q.id);
    try {
      this.replace(await firstValueFrom(this.api.answerQuestion(q.id, { answer })));
      this.sent.set(true);
    } catch (err) {
      const apiError = toApiError(err);
      const key = apiError.statusCode === 409 ? 'question.queue.already' : generalErrorKey(apiError);
      this.errors.update((e) => ({ ...e, [q.id]: key }));
      focusFirstInvalid(this.host.nativeElement, this.injector);
    } finally {
      this.busy.set(null);
    }
  }

  protected replace(changed: QueuedQuestion): void {
    this.questions.update((list) => list.map((item) => (item.id === changed.id ? changed : item)));
  }

  protected dayTime(iso: string): string {
    return formatAmsterdamDayTime(iso, this.i18n.locale());
  }
}
