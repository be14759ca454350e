import { ChangeDetectionStrategy, Component, ElementRef, Injector, OnInit, computed, inject, input, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { CALL_OUTCOMES, validateAnswers } from '@nabij/outreach/contracts';
import type { AnswerProblem, Answers, CallEntryDetail, CallOutcome, FinishedCall, OutreachTask, TaskCase } from '@nabij/outreach/contracts';
import {
  FormControlDirective,
  FormFieldComponent,
  MessageComponent,
  TranslatePipe,
  focusFirstInvalid,
  formatAmsterdamDayTime,
  formatAmsterdamTime,
  generalErrorKey,
  toApiError,
  useTexts,
} from '@nabij/platform/portal';
import { firstValueFrom } from 'rxjs';
import { OutreachApi } from '../outreach.api';
import { outreachTexts } from '../outreach.i18n';
import { QuestionnaireFormComponent } from '../ui/questionnaire-form.component';
import { TaskCaseComponent } from './task-case.component';
import { TaskReferralComponent } from './task-referral.component';

/** Outcomes in the order a worker most often needs them. */
const OUTCOME_ORDER: CallOutcome[] = ['reached', 'no_answer', 'call_back', 'refused'];

/**
 * `/bellijst/:entryId` (worker): one family. Start the call (the time counts from here), then say how
 * it went; when the family was reached, fill the questionnaire in during the call. Saving ends the
 * call, prefills the minutes in Mijn uren and makes the tasks the answers ask for.
 */
@Component({
  selector: 'nb-call-page',
  imports: [
    TranslatePipe,
    MessageComponent,
    RouterLink,
    FormFieldComponent,
    FormControlDirective,
    QuestionnaireFormComponent,
    TaskCaseComponent,
    TaskReferralComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrl: '../outreach.css',
  template: `
    <p><a class="back-link" routerLink="/bellijst">{{ 'outreach.call.back' | t }}</a></p>
    @if (loadError()) {
      <nb-message kind="error">{{ 'outreach.loadError' | t }}</nb-message>
    } @else if (entry(); as entry) {
      <h1 tabindex="-1">{{ entry.familyName }}</h1>
      @if (entry.phone) {
        <p>
          <a class="button button--secondary" [href]="'tel:' + entry.phone">{{ 'outreach.call.phone' | t: { phone: entry.phone } }}</a>
        </p>
      } @else {
        <p><strong>{{ 'outreach.call.noPhone' | t }}</strong></p>
        <p class="field-hint">{{ 'outreach.call.noPhoneHint' | t }}</p>
      }
      <p class="meta">
        {{ 'outreach.status.' + entry.status | t }} · {{ entry.listName }}
        @if (entry.school) {
          · {{ 'outreach.call.school' | t: { school: entry.school } }}
        }
        @if (entry.postcode) {
          · {{ 'outreach.call.postcode' | t: { postcode: entry.postcode } }}
        }
      </p>
      @if (finished(); as finished) {
        <nb-message kind="success">
          @if (finished.counted) {
            {{ 'outreach.call.savedMinutes' | t: { minutes: finished.minutes } }}
          } @else {
            {{ 'outreach.call.saved' | t }}
          }
        </nb-message>
        @if (finished.tasks.length) {
          <h2>{{ 'outreach.call.newTasks' | t }}</h2>
          <ul>
            @for (task of finished.tasks; track task.id) {
              <li>
                {{ 'outreach.task.' + task.kind | t }} · {{ 'outreach.calls.due' | t: { date: task.dueOn } }}
                @if (task.kind === 'follow_up') {
                  <div class="button-row">
                    <nb-task-case [task]="task" [clientId]="entry.clientId" [familyName]="entry.familyName" (caseMade)="caseMade(task.id, $event)" />
                    <nb-task-referral [task]="task" [postcode]="entry.postcode" />
                  </div>
                }
              </li>
            }
          </ul>
        }
        <p><a class="button" routerLink="/bellijst">{{ 'outreach.call.back' | t }}</a></p>
      } @else if (attemptId(); as attemptId) {
        <p>{{ 'outreach.call.running' | t: { time: time(startedAt()!) } }}</p>
        <form (submit)="$event.preventDefault(); save(attemptId)" novalidate>
          <fieldset class="q-choices" id="uitkomst" tabindex="-1" [attr.aria-describedby]="outcomeError() ? 'uitkomst-error' : null">
            <legend class="field-label">{{ 'outreach.call.outcome' | t }}</legend>
            <p class="field-error" id="uitkomst-error" aria-live="polite">{{ outcomeError() ? ('outreach.call.chooseOutcome' | t) : '' }}</p>
            <div class="q-options">
              @for (o of outcomes; track o) {
                <label class="q-option">
                  <input type="radio" name="uitkomst" [value]="o" [checked]="outcome() === o" [attr.aria-invalid]="outcomeError() ? 'true' : null" (change)="outcome.set(o); outcomeError.set(false)" />
                  <span>{{ 'outreach.call.outcome.' + o | t }}</span>
                </label>
              }
            </div>
          </fieldset>
          @if (outcome() === 'call_back') {
            <nb-form-field fieldId="terugbellen" [label]="'outreach.call.callBackAt' | t" [hint]="'outreach.call.callBackHint' | t"
              [error]="callBackError() ? (callBackError()! | t) : null">
              <input nbControl class="input" type="datetime-local" [value]="callBackAt()" (input)="callBackAt.set($any($event.target).value)" />
            </nb-form-field>
          }
          @if (outcome() === 'reached') {
            <h2>{{ entry.questionnaire.definition.title }}</h2>
            @if (entry.questionnaire.definition.intro) {
              <p class="field-hint">{{ entry.questionnaire.definition.intro }}</p>
            }
            <nb-questionnaire-form [definition]="entry.questionnaire.definition" [(answers)]="answers" [problems]="problems()" />
          }
          <nb-message kind="error" [show]="!!saveError()">{{ saveError() ? (saveError()! | t) : '' }}</nb-message>
          <button type="submit" class="button button--large" [attr.aria-busy]="busy()">{{ 'outreach.call.save' | t }}</button>
        </form>
      } @else {
        <p class="field-hint" id="start-hint">{{ 'outreach.call.startHint' | t }}</p>
        <button type="button" class="button button--large" aria-describedby="start-hint" [attr.aria-busy]="busy()" (click)="start(entry.id)">
          {{ 'outreach.call.start' | t }}
        </button>
        <nb-message kind="error" [show]="!!saveError()">{{ saveError() ? (saveError()! | t) : '' }}</nb-message>
      }
      @if (!finished() && !attemptId() && followUps().length) {
        <h2>{{ 'outreach.call.followUps' | t }}</h2>
        <ul>
          @for (task of followUps(); track task.id) {
            <li>
              {{ 'outreach.task.' + task.kind | t }} · {{ 'outreach.calls.due' | t: { date: task.dueOn } }}
              @if (task.note) {
                <p class="note-text">{{ task.note }}</p>
              }
              <div class="button-row">
                <nb-task-case [task]="task" [clientId]="entry.clientId" [familyName]="entry.familyName" (caseMade)="caseMade(task.id, $event)" />
                <nb-task-referral [task]="task" [postcode]="entry.postcode" />
              </div>
            </li>
          }
        </ul>
      }
      @if (entry.attemptsMade.length) {
        <h2>{{ 'outreach.call.history' | t }}</h2>
        <ul>
          @for (a of entry.attemptsMade; track a.id) {
            @if (a.outcome) {
              <li>{{ dayTime(a.startedAt) }}: {{ 'outreach.status.' + a.outcome | t }}</li>
            }
          }
        </ul>
      }
    } @else {
      <p>{{ 'outreach.loading' | t }}</p>
    }
  `,
})
export class CallPage implements OnInit {
  readonly entryId = input.required<string>();
  protected readonly i18n = useTexts(outreachTexts);
  private readonly api = inject(OutreachApi);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);
  protected readonly outcomes = OUTCOME_ORDER.filter((o) => CALL_OUTCOMES.includes(o));

  protected readonly entry = signal<CallEntryDetail | null>(null);
  protected readonly loadError = signal(false);
  protected readonly attemptId = signal<string | null>(null);
  protected readonly startedAt = signal<string | null>(null);
  protected readonly outcome = signal<CallOutcome | null>(null);
  protected readonly outcomeError = signal(false);
  protected readonly callBackAt = signal('');
  protected readonly callBackError = signal<string | null>(null);
  protected readonly answers = signal<Answers>({});
  protected readonly problems = signal<Record<string, AnswerProblem>>({});
  protected readonly saveError = signal<string | null>(null);
  protected readonly busy = signal(false);
  protected readonly finishedCall = signal<FinishedCall | null>(null);
  protected readonly finished = computed(() => {
    const done = this.finishedCall();
    return done && { ...done, counted: this.outcome() !== 'no_answer' };
  });

  async ngOnInit(): Promise<void> {
    try {
      const entry = await firstValueFrom(this.api.entry(this.entryId()));
      this.entry.set(entry);
      const running = entry.attemptsMade.find((a) => a.id === entry.runningAttemptId);
      if (running) {
        this.attemptId.set(running.id);
        this.startedAt.set(running.startedAt);
      }
    } catch {
      this.loadError.set(true);
    }
  }

  /** The family is a client now, with a case of this worker: the task points at it, so "Verwijs door" can follow. */
  protected caseMade(taskId: string, made: TaskCase<unknown>): void {
    const withCase = (tasks: OutreachTask[]) =>
      tasks.map((t) => (t.id === taskId ? { ...t, caseId: made.caseId, madeCaseId: made.caseId } : t));
    this.entry.update((e) => e && { ...e, clientId: made.clientId, tasks: withCase(e.tasks) });
    this.finishedCall.update((done) => done && { ...done, tasks: withCase(done.tasks) });
  }

  /**
   * Follow-ups of earlier calls with this family that still ask for a step (open ones), or that
   * became a case or referral: back on the family's page from the task list, "Maak een dossier" and
   * "Verwijs door" are where they were right after the call.
   */
  protected readonly followUps = computed(() =>
    (this.entry()?.tasks ?? []).filter((t) => t.kind === 'follow_up' && (!t.doneAt || t.madeCaseId || t.referral)),
  );

  protected async start(entryId: string): Promise<void> {
    this.busy.set(true);
    this.saveError.set(null);
    try {
      const attempt = await firstValueFrom(this.api.startCall(entryId));
      this.attemptId.set(attempt.id);
      this.startedAt.set(attempt.startedAt);
    } catch (err) {
      this.saveError.set(generalErrorKey(toApiError(err)));
    } finally {
      this.busy.set(false);
    }
  }

  protected async save(attemptId: string): Promise<void> {
    const outcome = this.outcome();
    const entry = this.entry()!;
    this.saveError.set(null);
    this.outcomeError.set(!outcome);
    this.callBackError.set(outcome === 'call_back' && !this.callBackAt() ? 'outreach.form.required' : null);
    const problems = outcome === 'reached' ? validateAnswers(entry.questionnaire.definition, this.answers()) : {};
    this.problems.set(problems);
    if (!outcome || this.callBackError() || Object.keys(problems).length) {
      if (Object.keys(problems).length) this.saveError.set('outreach.call.fixErrors');
      focusFirstInvalid(this.host.nativeElement, this.injector);
      return;
    }
    this.busy.set(true);
    try {
      const body = {
        outcome,
        ...(outcome === 'call_back' ? { callBackAt: new Date(this.callBackAt()).toISOString() } : {}),
        ...(outcome === 'reached' ? { answers: this.answers() } : {}),
      };
      this.finishedCall.set(await firstValueFrom(this.api.finishCall(attemptId, body)));
    } catch (err) {
      const apiError = toApiError(err);
      const fields = apiError.fields ?? {};
      if (fields['callBackAt']) this.callBackError.set('outreach.call.callBackHint');
      // The server's check of the answers (the same rules) names the question and the reason.
      const answerProblems = Object.entries(fields).filter(([field]) => field.startsWith('answers.'));
      this.problems.set(
        Object.fromEntries(answerProblems.map(([field, [problem]]) => [field.slice('answers.'.length), problem as AnswerProblem])),
      );
      this.saveError.set(answerProblems.length ? 'outreach.call.fixErrors' : generalErrorKey(apiError));
      focusFirstInvalid(this.host.nativeElement, this.injector);
    } finally {
      this.busy.set(false);
    }
  }

  protected time(iso: string): string {
    return formatAmsterdamTime(iso, this.i18n.locale());
  }

  protected dayTime(iso: string): string {
    return formatAmsterdamDayTime(iso, this.i18n.locale());
  }
}
