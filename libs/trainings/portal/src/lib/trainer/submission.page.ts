import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  Injector,
  computed,
  effect,
  inject,
  input,
  signal,
  untracked,
} from '@angular/core';
import { RouterLink } from '@angular/router';
import {
  AMSTERDAM_TIME_ZONE,
  FormControlDirective,
  FormFieldComponent,
  MessageComponent,
  TranslatePipe,
  focusAfterRender,
  generalErrorKey,
  toApiError,
  useTexts,
} from '@nabij/platform/portal';
import { AssignmentStepContent, EnrolmentView, TRAINING_LIMITS, TrainerSubmissionView } from '@nabij/trainings/contracts';
import { firstValueFrom } from 'rxjs';
import { answerRows, homeworkFields } from '../client/homework-fields';
import { trainingTexts } from '../i18n';
import { trainerTexts } from '../trainer.i18n';
import { TrainingsApi } from '../trainings.api';

/** `/huiswerk/:submissionId`: the answers beside the participant's goals, and a reply. */
@Component({
  selector: 'nb-trainer-submission-page',
  styleUrls: ['./submission.page.css', '../trainings.shared.css'],
  imports: [RouterLink, TranslatePipe, FormFieldComponent, FormControlDirective, MessageComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <p class="back-link"><a routerLink="/huiswerk"><span class="dir-arrow" aria-hidden="true">←</span> {{ 'trainer.sub.back' | t }}</a></p>
    <nb-message kind="error" [show]="!!error()">{{ error() ?? '' | t }}</nb-message>
    @if (submission(); as s) {
      <h1 tabindex="-1">{{ 'trainer.sub.title' | t: { name: name() ?? ('trainer.sub.unknown' | t) } }}</h1>
      <p class="small">{{ stepTitle() }} · {{ 'trainer.sub.submitted' | t: { date: date(s.submittedAt), revision: s.revision } }}</p>
      <div class="review-grid">
        <section class="card" aria-labelledby="answers-title">
          <h2 id="answers-title">{{ 'trainer.sub.answers' | t }}</h2>
          <dl class="answers">
            @for (row of rows(); track row.field.id) {
              <dt>{{ row.field.translate ? i18n.t(row.field.label) : row.field.label }}</dt>
              <dd>{{ row.answer }}</dd>
            }
          </dl>
        </section>
        @if (enrolment(); as e) {
          <aside class="card card--accent" aria-labelledby="goals-title">
            <h2 id="goals-title">{{ 'trainer.sub.goals' | t }}</h2>
            <ul>
              @for (goal of e.goals; track goal) {
                <li>{{ goal }}</li>
              }
            </ul>
            <p class="small">{{ e.trainingTitle }} · {{ 'trainer.sub.mode.' + e.mode | t }}</p>
          </aside>
        }
        @if (s.selfTests.length) {
          <section class="card" aria-labelledby="self-tests-title">
            <h2 id="self-tests-title">{{ 'trainer.sub.selfTests' | t }}</h2>
            @for (test of s.selfTests; track test.stepId) {
              <h3 class="self-test-name">{{ test.stepTitle }}</h3>
              @if (test.result; as r) {
                <p>
                  <strong>{{ r.title }}</strong> · {{ 'trainer.sub.score' | t: { score: r.score, max: r.maxScore } }}
                </p>
                <p class="small">{{ r.text }}</p>
                <p class="small">{{ 'trainer.sub.takenAt' | t: { date: date(r.takenAt) } }}</p>
              } @else {
                <p class="small">{{ 'trainer.sub.notTaken' | t }}</p>
              }
            }
          </section>
        }
      </div>
      @if (s.status === 'submitted') {
        <form class="card" (submit)="$event.preventDefault(); reply('feedback')" novalidate>
          <nb-form-field fieldId="feedback" [label]="'trainer.sub.feedback' | t" [hint]="'trainer.sub.feedbackHint' | t" [error]="fieldError()">
            <textarea nbControl class="input" rows="6" name="feedback" [value]="text()" (input)="text.set($any($event.target).value)"></textarea>
          </nb-form-field>
          <div class="button-row">
            <button class="button" type="submit" [attr.aria-busy]="busy()">{{ 'trainer.sub.send' | t }}</button>
            <button class="button button--secondary" type="button" [attr.aria-busy]="busy()" (click)="reply('return')">{{ 'trainer.sub.return' | t }}</button>
          </div>
        </form>
      } @else {
        <div class="message message--success done-note" role="status" tabindex="-1">
          {{ (s.status === 'returned' ? 'trainer.sub.returned' : 'trainer.sub.sent') | t }}
        </div>
        @if (s.feedback) {
          <section class="feedback">
            <h2>{{ 'trainer.sub.given' | t }}</h2>
            <p class="feedback-text">{{ s.feedback }}</p>
          </section>
        }
      }
    }
  `,
})
export class TrainerSubmissionPage {
  protected readonly i18n = useTexts(trainerTexts);
  private readonly api = inject(TrainingsApi);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);

  readonly submissionId = input.required<string>();
  protected readonly submission = signal<TrainerSubmissionView | null>(null);
  protected readonly enrolment = signal<EnrolmentView | null>(null);
  protected readonly name = signal<string | null>(null);
  protected readonly content = signal<AssignmentStepContent | null>(null);
  protected readonly stepTitle = signal('');
  protected readonly text = signal('');
  protected readonly fieldError = signal<string | null>(null);
  protected readonly error = signal<string | null>(null);
  protected readonly busy = signal(false);
  protected readonly rows = computed(() => {
    const s = this.submission();
    const c = this.content();
    return s ? answerRows(c ? homeworkFields(c) : [], s.answers) : [];
  });

  constructor() {
    useTexts(trainingTexts);
    effect(() => {
      const id = this.submissionId();
      untracked(() => void this.load(id));
    });
  }

  protected date(iso: string): string {
    return new Date(iso).toLocaleString(this.i18n.locale(), {
      timeZone: AMSTERDAM_TIME_ZONE,
      day: 'numeric',
      month: 'long',
      hour: '2-digit',
      minute: '2-digit',
    });
  }

  private async load(id: string): Promise<void> {
    try {
      const s = await firstValueFrom(this.api.submission(id));
      this.submission.set(s);
      focusAfterRender(this.host.nativeElement, 'h1', this.injector);
      // Context only: the page works with the answers alone if one of these fails.
      const [progress, people] = await Promise.all([
        firstValueFrom(this.api.progress(s.enrolmentId)).catch(() => null),
        firstValueFrom(this.api.participants()).catch(() => []),
      ]);
      this.name.set(people.find((p) => p.enrolmentId === s.enrolmentId)?.clientName ?? null);
      if (!progress) return;
      this.enrolment.set(progress.enrolment);
      const training = await firstValueFrom(this.api.content(progress.enrolment.trainingId)).catch(() => null);
      const step = training?.modules.flatMap((m) => m.steps).find((st) => st.id === s.stepId);
      if (step?.kind === 'assignment') {
        this.content.set(step.content as AssignmentStepContent);
        this.stepTitle.set(step.title);
      }
    } catch (err) {
      this.error.set(generalErrorKey(toApiError(err)));
    }
  }

  protected async reply(kind: 'feedback' | 'return'): Promise<void> {
    if (this.busy()) return;
    const feedback = this.text().trim();
    if (!feedback || feedback.length > TRAINING_LIMITS.feedbackMax) {
      this.fieldError.set(this.i18n.t(feedback ? 'trainer.sub.tooLong' : 'trainer.sub.required', { max: TRAINING_LIMITS.feedbackMax }));
      focusAfterRender(this.host.nativeElement, '#feedback', this.injector);
      return;
    }
    this.fieldError.set(null);
    this.error.set(null);
    this.busy.set(true);
    try {
      const id = this.submissionId();
      const updated = await firstValueFrom(
        kind === 'feedback' ? this.api.feedback(id, { feedback }) : this.api.returnForWork(id, { feedback }),
      );
      this.submission.update((before) => ({ ...updated, selfTests: before?.selfTests ?? [] }));
      focusAfterRender(this.host.nativeElement, '.done-note', this.injector);
    } catch (err) {
      const e = toApiError(err);
      this.error.set(e.statusCode === 409 ? 'trainer.sub.frozen' : generalErrorKey(e));
    } finally {
      this.busy.set(false);
    }
  }
}
