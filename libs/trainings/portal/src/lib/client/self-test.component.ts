import { ChangeDetectionStrategy, Component, ElementRef, Injector, computed, inject, input, output, signal } from '@angular/core';
import { MessageComponent, TranslatePipe, focusAfterRender, generalErrorKey, toApiError, useTexts } from '@nabij/platform/portal';
import type { ClientSelfTestContent, SelfTestResult } from '@nabij/trainings/contracts';
import { trainingTexts } from '../i18n';
import { textDirection } from './text-lang';
import { TrainingStore } from '../training.store';

/** A self-test as a small game: one question at a time, a progress bar, a friendly result. */
@Component({
  selector: 'nb-self-test',
  styleUrls: ['./self-test.component.css', '../trainings.shared.css'],
  imports: [TranslatePipe, MessageComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (result(); as r) {
      <div class="test-result" role="status">
        <p class="test-score">{{ 'training.test.score' | t: { score: r.score, max: r.maxScore } }}</p>
        <progress class="meter" [value]="r.score" [max]="r.maxScore" aria-hidden="true"></progress>
        <h3 class="test-result-title" tabindex="-1" [attr.lang]="textLang()" [attr.dir]="textDir()">{{ r.title }}</h3>
        <p [attr.lang]="textLang()" [attr.dir]="textDir()">{{ r.text }}</p>
      </div>
      <div class="button-row">
        <button class="button" type="button" (click)="next.emit()">{{ 'training.test.continue' | t }}</button>
        <button class="button button--quiet" type="button" (click)="restart()">{{ 'training.test.again' | t }}</button>
      </div>
    } @else if (question(); as q) {
      @if (index() === 0) {
        @if (content().intro) {
          <p [attr.lang]="textLang()" [attr.dir]="textDir()">{{ content().intro }}</p>
        }
        @if (lastResult(); as last) {
          <p class="small">{{ 'training.test.lastTime' | t: { title: last.title, score: last.score, max: last.maxScore } }}</p>
        }
      }
      <p class="small">{{ 'training.test.question' | t: { n: index() + 1, total: content().questions.length } }}</p>
      <progress class="meter" [value]="index()" [max]="content().questions.length" aria-hidden="true"></progress>
      <fieldset class="test-question">
        <legend class="test-question-text" tabindex="-1" [attr.lang]="textLang()" [attr.dir]="textDir()">{{ q.text }}</legend>
        @if (q.type === 'multiple_choice') {
          @for (o of q.options; track o.id) {
            <label class="choice">
              <input type="radio" [name]="q.id" [value]="o.id" [checked]="answers()[q.id] === o.id" (change)="answer(q.id, o.id)" />
              <span [attr.lang]="textLang()" [attr.dir]="textDir()">{{ o.label }}</span>
            </label>
          }
        } @else {
          <div class="scale">
            @for (n of range(q.min, q.max); track n) {
              <label class="scale-option">
                <input type="radio" [name]="q.id" [value]="n" [checked]="answers()[q.id] === n" (change)="answer(q.id, n)" />
                <span>{{ n }}</span>
              </label>
            }
          </div>
          <p class="scale-labels small" aria-hidden="true" [attr.lang]="textLang()" [attr.dir]="textDir()"><span>{{ q.min }} = {{ q.minLabel }}</span><span>{{ q.max }} = {{ q.maxLabel }}</span></p>
          <p class="visually-hidden" [attr.lang]="textLang()" [attr.dir]="textDir()">{{ q.min }} = {{ q.minLabel }}, {{ q.max }} = {{ q.maxLabel }}</p>
        }
      </fieldset>
      <nb-message kind="error" [show]="!!error()">{{ error() ?? '' | t }}</nb-message>
      <div class="button-row">
        <button class="button" type="button" [attr.aria-busy]="busy()" (click)="forward()">
          {{ (isLast() ? 'training.test.finish' : 'training.test.next') | t }}
        </button>
      </div>
    }
  `,
})
export class SelfTestComponent {
  protected readonly i18n = useTexts(trainingTexts);
  private readonly store = inject(TrainingStore);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);

  readonly stepId = input.required<string>();
  readonly content = input.required<ClientSelfTestContent>();
  /** The result of an earlier try, shown before starting again. */
  readonly lastResult = input<SelfTestResult | null>(null);
  readonly next = output<void>();

  protected readonly index = signal(0);
  protected readonly answers = signal<Record<string, string | number>>({});
  protected readonly result = signal<SelfTestResult | null>(null);
  protected readonly busy = signal(false);
  protected readonly error = signal<string | null>(null);
  protected readonly question = computed(() => this.content().questions[this.index()] ?? null);
  /** Issue 17: the language of the questions and result texts when it is not the page's (Dutch on an Arabic page), else null. */
  readonly textLang = input<string | null>(null);
  protected readonly textDir = computed(() => textDirection(this.textLang()));
  protected readonly isLast = computed(() => this.index() === this.content().questions.length - 1);

  protected range(min: number, max: number): number[] {
    return Array.from({ length: max - min + 1 }, (_, i) => min + i);
  }

  protected answer(questionId: string, value: string | number): void {
    this.answers.update((a) => ({ ...a, [questionId]: value }));
    this.error.set(null);
  }

  protected async forward(): Promise<void> {
    const q = this.question();
    if (!q || this.busy()) return;
    if (this.answers()[q.id] === undefined) {
      this.error.set('training.test.pick');
      return;
    }
    if (!this.isLast()) {
      this.index.update((i) => i + 1);
      focusAfterRender(this.host.nativeElement, '.test-question-text', this.injector);
      return;
    }
    this.busy.set(true);
    try {
      this.result.set(await this.store.takeSelfTest(this.stepId(), this.answers()));
      focusAfterRender(this.host.nativeElement, '.test-result-title', this.injector);
    } catch (err) {
      this.error.set(generalErrorKey(toApiError(err)));
    } finally {
      this.busy.set(false);
    }
  }

  protected restart(): void {
    this.result.set(null);
    this.answers.set({});
    this.index.set(0);
    focusAfterRender(this.host.nativeElement, '.test-question-text', this.injector);
  }
}
