import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { POSTCODE_CHECK_TAB_KEY, type PostcodeCheckResponse } from '@nabij/intake/contracts';
import { QUESTION_TOKEN_PATTERN } from '@nabij/library/contracts';
import { MessageComponent, TranslatePipe, formatAmsterdamDayTime, tabStoredSignal, useTexts } from '@nabij/platform/portal';
import { firstValueFrom, of } from 'rxjs';
import { LibraryApi } from '../library.api';
import { loadOnChange, runOnce } from '../load-state';
import { questionTexts } from './question.i18n';

/**
 * `/mijn-vraag#<token>` (public): the asker's own question and the answer. The token comes from the
 * fragment (never sent in a URL) and goes to the API in a POST body; a wrong link shows one message.
 */
@Component({
  selector: 'nb-my-question-page',
  imports: [RouterLink, TranslatePipe, MessageComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrl: './question.css',
  template: `
    <h1 tabindex="-1">{{ 'question.read.title' | t }}</h1>
    @switch (state().status) {
      @case ('ok') {
        @if (thread(); as q) {
          <section class="thread-item" aria-labelledby="my-question-from">
            <h2 id="my-question-from">{{ q.nickname }}</h2>
            <p class="kind">{{ 'question.read.askedAt' | t: { date: dayTime(q.askedAt) } }}</p>
            <p class="thread-text">{{ q.question }}</p>
          </section>
          @if (q.answer) {
            <section class="thread-item thread-item--answer" aria-labelledby="my-question-answer">
              <h2 id="my-question-answer">{{ 'question.read.answer' | t }}</h2>
              <p class="kind">{{ 'question.read.answeredAt' | t: { date: dayTime(q.answeredAt!) } }}</p>
              <p class="thread-text">{{ q.answer }}</p>
            </section>
          } @else {
            <nb-message kind="info">{{ 'question.read.waiting' | t: { due: dayTime(q.dueAt) } }}</nb-message>
          }
          @if (q.invitedAt) {
            <section class="card" aria-labelledby="my-question-invited">
              <h2 id="my-question-invited">{{ 'question.read.invitedTitle' | t }}</h2>
              <p>{{ 'question.read.invitedText' | t }}</p>
              <button type="button" class="button" [attr.aria-busy]="busy() || null" (click)="register()">{{ 'question.read.invitedButton' | t }}</button>
              <nb-message kind="error" [show]="failed()">{{ 'question.read.invitedFailed' | t }}</nb-message>
            </section>
          }
          <section class="card" aria-labelledby="my-question-more">
            <h2 id="my-question-more">{{ 'question.read.moreTitle' | t }}</h2>
            <p>{{ 'question.read.moreText' | t }}</p>
            <div class="button-row">
              <a class="button" routerLink="/">{{ 'question.read.register' | t }}</a>
              <a class="button button--secondary" routerLink="/chat/anoniem">{{ 'question.read.chat' | t }}</a>
            </div>
          </section>
        } @else {
          <nb-message kind="error">{{ 'question.read.noLink' | t }}</nb-message>
        }
      }
      @case ('error') {
        <nb-message kind="error">{{ 'question.read.noLink' | t }}</nb-message>
      }
    }
    <p class="note">{{ 'question.urgent' | t }}</p>
  `,
})
export class MyQuestionPage {
  protected readonly i18n = useTexts(questionTexts);
  private readonly api = inject(LibraryApi);
  private readonly token = inject(ActivatedRoute).snapshot.fragment ?? '';
  private readonly router = inject(Router);
  private readonly check = tabStoredSignal<PostcodeCheckResponse>(POSTCODE_CHECK_TAB_KEY);
  readonly busy = signal(false);
  readonly failed = signal(false);

  protected readonly state = loadOnChange(
    () => this.token,
    (token) => (QUESTION_TOKEN_PATTERN.test(token) ? this.api.readQuestion(token) : of(null)),
  );
  protected thread() {
    const state = this.state();
    return state.status === 'ok' ? state.value : null;
  }

  /**
   * Continues on intake's registration form with a fresh check of the postcode the question came
   * from, handed over in the tab's stored postcode check as the start page does (not served any
   * more: intake's referral page).
   */
  protected register(): Promise<void> {
    return runOnce(this, async () => {
      const check = await firstValueFrom(this.api.questionRegistrationCheck(this.token));
      this.check.set(check);
      await this.router.navigateByUrl(check.served ? '/register' : '/referral');
    });
  }

  protected dayTime(iso: string): string {
    return formatAmsterdamDayTime(iso, this.i18n.locale());
  }
}
