import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import type { AdviceStep, ContentLang } from '@nabij/library/contracts';
import { TranslatePipe, useTexts } from '@nabij/platform/portal';
import { ContentLangDirective } from '../content-language/content-lang.directive';
import { contentLanguageTexts } from '../content-language/content-language.i18n';
import { UrgentNoteComponent } from '../ui/urgent-note.component';
import { selfTestTexts } from './self-test.i18n';

/**
 * A self-test's advice as numbered steps, lightest first: read, train, chat, register. An article
 * not translated into the reader's language is named in Dutch, and says so.
 */
@Component({
  selector: 'nb-advice-steps',
  imports: [RouterLink, TranslatePipe, UrgentNoteComponent, ContentLangDirective],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrl: './self-test.css',
  template: `
    <ol class="advice-steps">
      @for (step of numbered(); track $index) {
        <li class="advice-step">
          <span class="advice-step__number">{{ 'selfTest.step' | t: { n: $index + 1 } }}</span>
          @switch (step.kind) {
            @case ('article') {
              <h3>{{ 'selfTest.step.article' | t }}</h3>
              <a [routerLink]="['/bibliotheek', step.slug]" [nbContentLang]="step.shownIn">{{ step.title }}</a>
              @if (step.shownIn !== shownIn()) {
                <span class="kind">({{ 'contentLang.inDutch' | t }})</span>
              }
            }
            @case ('training') {
              <h3 [nbContentLang]="shownIn()">{{ step.name }}</h3>
              <p [nbContentLang]="shownIn()">{{ step.text }}</p>
              <a routerLink="/">{{ 'selfTest.step.training.link' | t }}</a>
            }
            @case ('chat') {
              <h3>{{ 'selfTest.step.chat.title' | t }}</h3>
              <p>{{ 'selfTest.step.chat.text' | t }}</p>
              <p><a routerLink="/chat/anoniem">{{ 'selfTest.step.chat.link' | t }}</a></p>
              <p>
                {{ 'selfTest.step.question.text' | t }}
                <a routerLink="/vraag-stellen">{{ 'selfTest.step.question.link' | t }}</a>
              </p>
            }
            @case ('register') {
              <h3>{{ 'selfTest.step.register.title' | t }}</h3>
              <p>{{ 'selfTest.step.register.text' | t }}</p>
              <a routerLink="/">{{ 'selfTest.step.register.link' | t }}</a>
            }
          }
        </li>
      }
    </ol>
    @if (urgent()) {
      <nb-urgent-note />
    }
  `,
})
export class AdviceStepsComponent {
  protected readonly i18n = useTexts(selfTestTexts);
  readonly steps = input.required<AdviceStep[]>();
  /** The language of the test's own texts (a training step's name and text). */
  readonly shownIn = input.required<ContentLang>();

  constructor() {
    useTexts(contentLanguageTexts);
  }

  /** The emergency numbers are no step to take in turn: they stand below the list. */
  protected numbered(): AdviceStep[] {
    return this.steps().filter((s) => s.kind !== 'urgent');
  }

  protected urgent(): boolean {
    return this.steps().some((s) => s.kind === 'urgent');
  }
}
