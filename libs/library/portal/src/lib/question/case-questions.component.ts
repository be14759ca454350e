import { ChangeDetectionStrategy, Component, effect, inject, input, signal, untracked } from '@angular/core';
import type { CaseQuestion } from '@nabij/library/contracts';
import { MessageComponent, TranslatePipe, formatAmsterdamDate, useTexts } from '@nabij/platform/portal';
import { firstValueFrom } from 'rxjs';
import { LibraryApi } from '../library.api';
import { questionTexts } from './question.i18n';

/**
 * On the worker's case page: the anonymous question the client asked before registering through the
 * invitation, with its answer. Shows nothing when there is none (most cases).
 */
@Component({
  selector: 'nb-case-questions',
  imports: [TranslatePipe, MessageComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrl: './question.css',
  template: `
    @if (questions().length) {
      <section class="card" [attr.aria-labelledby]="caseId() + '-question-title'">
        <h2 [id]="caseId() + '-question-title'">{{ 'question.case.title' | t }}</h2>
        <p class="small">{{ 'question.case.intro' | t }}</p>
        @for (q of questions(); track q.id) {
          <div class="thread-item">
            <p class="kind">{{ 'question.case.asked' | t: { nickname: q.nickname, date: date(q.askedAt) } }}</p>
            <p class="thread-text">{{ q.question }}</p>
          </div>
          @if (q.answer && q.answeredAt) {
            <div class="thread-item thread-item--answer">
              <p class="kind">
                {{ (q.answeredBy ? 'question.case.answered' : 'question.case.answeredNoName') | t: { worker: q.answeredBy ?? '', date: date(q.answeredAt) } }}
              </p>
              <p class="thread-text">{{ q.answer }}</p>
            </div>
          } @else {
            <p>{{ 'question.case.noAnswer' | t }}</p>
          }
        }
      </section>
    }
    <nb-message kind="error" [show]="failed()">{{ 'question.case.failed' | t }}</nb-message>
  `,
})
export class CaseQuestionsComponent {
  protected readonly i18n = useTexts(questionTexts);
  private readonly api = inject(LibraryApi);
  readonly caseId = input.required<string>();
  protected readonly questions = signal<CaseQuestion[]>([]);
  protected readonly failed = signal(false);

  constructor() {
    effect(() => {
      const caseId = this.caseId();
      untracked(() => void this.load(caseId));
    });
  }

  protected date(iso: string): string {
    return formatAmsterdamDate(iso, this.i18n.locale());
  }

  private async load(caseId: string): Promise<void> {
    try {
      this.questions.set(await firstValueFrom(this.api.caseQuestions(caseId)));
      this.failed.set(false);
    } catch {
      this.failed.set(true);
    }
  }
}
