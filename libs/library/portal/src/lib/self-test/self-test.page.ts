import { ChangeDetectionStrategy, Component, ElementRef, Injector, computed, effect, inject, input, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { scoreSelfTest, SelfTestBand } from '@nabij/library/contracts';
import { AuthStore, MessageComponent, TranslatePipe, focusAfterRender, useTexts } from '@nabij/platform/portal';
import { firstValueFrom } from 'rxjs';
import { ContentLangDirective } from '../content-language/content-lang.directive';
import { ContentLanguageNoteComponent } from '../content-language/content-language-note.component';
import { LibraryApi } from '../library.api';
import { libraryTexts } from '../library.i18n';
import { loadOnChange } from '../load-state';
import { AdviceStepsComponent } from './advice-steps.component';
import { selfTestTexts } from './self-test.i18n';

type Stage = 'intro' | 'questions' | 'result';

/**
 * `/zelftesten/:slug` (public): a self-test as a short game, one question a screen with a progress
 * bar; the focus moves to each new question and to the result. The browser scores it (nothing is
 * sent); a logged-in client may keep the result, which the API scores again. In the reader's language
 * when the test has it, else in Dutch with a note (issue 17).
 */
@Component({
  selector: 'nb-self-test-page',
  imports: [RouterLink, TranslatePipe, MessageComponent, AdviceStepsComponent, ContentLanguageNoteComponent, ContentLangDirective],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrl: './self-test.css',
  template: `
    <p><a routerLink="/zelftesten">{{ 'selfTest.back' | t }}</a></p>
    @switch (state().status) {
      @case ('ok') {
        @if (test(); as test) {
          <h1 tabindex="-1" [nbContentLang]="test.shownIn">{{ test.title }}</h1>
          <nb-content-language-note kind="selfTest" [shownIn]="test.shownIn" [requested]="test.requested" />
          @switch (stage()) {
            @case ('intro') {
              <p class="lead" [nbContentLang]="test.shownIn">{{ test.intro }}</p>
              <p>{{ 'selfTest.privacy' | t }}</p>
              <button type="button" class="button button--large" (click)="start()">{{ 'selfTest.start' | t }}</button>
            }
            @case ('questions') {
              @if (question(); as q) {
                <p class="progress-label" id="test-progress">{{ 'selfTest.progress' | t: { n: index() + 1, total: test.questions.length } }}</p>
                <div
                  class="progress"
                  role="progressbar"
                  aria-labelledby="test-progress"
                  aria-valuemin="0"
                  [attr.aria-valuemax]="test.questions.length"
                  [attr.aria-valuenow]="index() + 1"
                >
                  <div class="progress__bar" [style.width.%]="((index() + 1) / test.questions.length) * 100"></div>
                </div>
                <fieldset class="question" [attr.aria-describedby]="missing() ? 'test-pick' : null">
                  <legend tabindex="-1" [nbContentLang]="test.shownIn">{{ q.text }}</legend>
                  <!-- Tracked per question: a radio reused from the previous question could stay checked without being an answer. -->
                  @for (option of options(); track option.id) {
                    <label class="option">
                      <input
                        type="radio"
                        [name]="'vraag-' + q.key"
                        [value]="$index"
                        [checked]="answers()[index()] === $index"
                        (change)="choose($index)"
                      />
                      <span [nbContentLang]="test.shownIn">{{ option.label }}</span>
                    </label>
                  }
                </fieldset>
                <nb-message kind="error" [show]="missing()"><span id="test-pick">{{ 'selfTest.pick' | t }}</span></nb-message>
                <div class="button-row">
                  <button type="button" class="button" (click)="next()">
                    {{ (index() === test.questions.length - 1 ? 'selfTest.finish' : 'selfTest.next') | t }}
                  </button>
                  @if (index() > 0) {
                    <button type="button" class="button button--quiet" (click)="previous()">{{ 'selfTest.previous' | t }}</button>
                  }
                </div>
              }
            }
            @case ('result') {
              @if (band(); as band) {
                <section class="result" aria-labelledby="test-result">
                  <p class="kind">{{ 'selfTest.result.title' | t }}</p>
                  <h2 id="test-result" tabindex="-1" [nbContentLang]="test.shownIn">{{ band.title }}</h2>
                  <p class="score">{{ 'selfTest.result.score' | t: { score: score()!.score, max: score()!.maxScore } }}</p>
                  <p [nbContentLang]="test.shownIn">{{ band.text }}</p>
                </section>
                <h2>{{ 'selfTest.result.steps' | t }}</h2>
                <nb-advice-steps [steps]="band.steps" [shownIn]="test.shownIn" />
                <section class="card" aria-labelledby="test-keep">
                  <h2 id="test-keep">{{ (kept() ? 'selfTest.result.kept' : 'selfTest.result.notStored') | t }}</h2>
                  @if (isClient()) {
                    <nb-message kind="success" [show]="kept()">
                      {{ 'selfTest.result.kept' | t }}
                      <a routerLink="/mijn-zelftesten">{{ 'selfTest.list.mine' | t }}</a>
                    </nb-message>
                    @if (!kept()) {
                      <p>{{ 'selfTest.result.keepHint' | t }}</p>
                      <button type="button" class="button button--secondary" [attr.aria-busy]="keeping()" (click)="keep()">
                        {{ 'selfTest.result.keep' | t }}
                      </button>
                    }
                    <nb-message kind="error" [show]="keepFailed()">{{ 'selfTest.result.keepError' | t }}</nb-message>
                  } @else if (!loggedIn()) {
                    <p>{{ 'selfTest.result.loginToKeep' | t }}</p>
                    <a routerLink="/login">{{ 'selfTest.result.login' | t }}</a>
                  }
                </section>
                <button type="button" class="button button--quiet" (click)="restart()">{{ 'selfTest.result.again' | t }}</button>
              }
            }
          }
        }
      }
      @case ('error') {
        <h1 tabindex="-1">{{ 'selfTest.list.title' | t }}</h1>
        <nb-message kind="error">{{ (notFound() ? 'selfTest.notFound' : 'library.loadError') | t }}</nb-message>
      }
    }
  `,
})
export class SelfTestPage {
  protected readonly i18n = useTexts(selfTestTexts);
  private readonly api = inject(LibraryApi);
  private readonly auth = inject(AuthStore);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);

  readonly slug = input('');
  protected readonly state = loadOnChange(
    () => ({ lang: this.i18n.lang(), slug: this.slug() }),
    ({ lang, slug }) => this.api.selfTest(lang, slug),
  );
  protected readonly test = computed(() => {
    const state = this.state();
    return state.status === 'ok' ? state.value : null;
  });
  protected readonly notFound = computed(() => {
    const state = this.state();
    return state.status === 'error' && state.statusCode === 404;
  });

  protected readonly stage = signal<Stage>('intro');
  protected readonly index = signal(0);
  /** Per question the chosen option's index; the language may change halfway, the answers stay. */
  protected readonly answers = signal<number[]>([]);
  protected readonly missing = signal(false);
  protected readonly question = computed(() => this.test()?.questions[this.index()] ?? null);
  /** The open question's options, each with an id of its own per question (see the template). */
  protected readonly options = computed(() => {
    const q = this.question();
    return q ? q.options.map((option, i) => ({ id: `${q.key}-${i}`, label: option.label })) : [];
  });
  protected readonly score = computed(() => {
    const test = this.test();
    return test ? scoreSelfTest(test, this.answers()) : null;
  });
  protected readonly band = computed<SelfTestBand | null>(() => this.test()?.bands.find((b) => b.key === this.score()?.band) ?? null);

  protected readonly loggedIn = this.auth.isLoggedIn;
  protected readonly isClient = computed(() => this.auth.role() === 'client');
  protected readonly keeping = signal(false);
  protected readonly kept = signal(false);
  protected readonly keepFailed = signal(false);

  constructor() {
    useTexts(libraryTexts); // the load error's text
    // Another test (a link from one result to another test): start at its beginning.
    effect(() => {
      this.slug();
      this.restartState();
    });
  }

  protected start(): void {
    this.stage.set('questions');
    this.focus('legend');
  }

  protected choose(option: number): void {
    this.answers.update((answers) => {
      const next = [...answers];
      next[this.index()] = option;
      return next;
    });
    this.missing.set(false);
  }

  protected next(): void {
    const test = this.test();
    if (!test) return;
    if (this.answers()[this.index()] === undefined) {
      this.missing.set(true);
      this.focus('legend');
      return;
    }
    if (this.index() < test.questions.length - 1) {
      this.index.update((i) => i + 1);
      this.focus('legend');
    } else {
      this.stage.set('result');
      this.focus('#test-result');
    }
  }

  protected previous(): void {
    this.missing.set(false);
    this.index.update((i) => Math.max(0, i - 1));
    this.focus('legend');
  }

  protected async keep(): Promise<void> {
    const test = this.test();
    if (!test || this.keeping()) return;
    this.keeping.set(true);
    this.keepFailed.set(false);
    try {
      await firstValueFrom(this.api.keepSelfTestResult(this.i18n.lang(), { versionId: test.versionId, answers: this.answers() }));
      this.kept.set(true);
    } catch {
      this.keepFailed.set(true);
    } finally {
      this.keeping.set(false);
    }
  }

  protected restart(): void {
    this.restartState();
    this.stage.set('questions');
    this.focus('legend');
  }

  private restartState(): void {
    this.stage.set('intro');
    this.index.set(0);
    this.answers.set([]);
    this.missing.set(false);
    this.kept.set(false);
    this.keepFailed.set(false);
  }

  private focus(selector: string): void {
    focusAfterRender(this.host.nativeElement, selector, this.injector);
  }
}
