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
import { Router, RouterLink } from '@angular/router';
import {
  MessageComponent,
  ReadAloudComponent,
  TranslatePipe,
  focusAfterRender,
  generalErrorKey,
  toApiError,
  useTexts,
} from '@nabij/platform/portal';
import type { ModuleStepView, ModuleView, TrainingReaderLang } from '@nabij/trainings/contracts';
import { trainingTexts } from '../i18n';
import { moduleLanguageTexts } from './module-language.i18n';
import { toCaptionLines, toTextBlocks } from '../text-blocks';
import { TrainingStore } from '../training.store';
import { HomeworkComponent } from './homework.component';
import { SelfTestComponent } from './self-test.component';
import { textDirection } from './text-lang';

/** `/training/modules/:moduleId`: one step at a time — read, watch, test, homework. */
@Component({
  selector: 'nb-module-page',
  styleUrls: ['./module.page.css', '../trainings.shared.css'],
  imports: [RouterLink, TranslatePipe, MessageComponent, SelfTestComponent, HomeworkComponent, ReadAloudComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <p class="back-link"><a routerLink="/training"><span class="dir-arrow" aria-hidden="true">←</span> {{ 'training.back' | t }}</a></p>
    <nb-message kind="error" [show]="!!error()">{{ error() ?? '' | t }}</nb-message>
    @if (locked()) {
      <h1 tabindex="-1">{{ 'training.status.locked' | t }}</h1>
      <p>{{ 'training.module.locked' | t }}</p>
    } @else if (store.module(); as m) {
      @if (m.shownIn !== m.requested) {
        <p class="module-language-note" role="note">{{ 'trainingLang.moduleNote' | t }}</p>
      }
      <h1 tabindex="-1">{{ 'training.module.title' | t: { n: m.position, title: m.title } }}</h1>
      <p class="lead" [attr.lang]="contentLang(m)" [attr.dir]="contentDir(m)">{{ m.intro }}</p>
      <nav [attr.aria-label]="'training.module.stepsNav' | t">
        <ol class="step-tabs">
          @for (s of m.steps; track s.id; let i = $index) {
            <li>
              <button type="button" class="step-tab" [class.is-done]="s.done" [attr.aria-current]="i === index() ? 'step' : null" (click)="go(i)">
                <span aria-hidden="true">{{ s.done ? '✓' : i + 1 }}</span>
                {{ 'training.kind.' + s.kind | t }}
                @if (s.done) {
                  <span class="visually-hidden">({{ 'training.step.done' | t }})</span>
                }
              </button>
            </li>
          }
        </ol>
      </nav>
      @if (step(); as s) {
        <section class="card step" aria-labelledby="step-title">
          <p class="small">{{ 'training.module.step' | t: { n: index() + 1, total: m.steps.length } }}</p>
          <h2 id="step-title" tabindex="-1" [attr.lang]="contentLang(m)" [attr.dir]="contentDir(m)">{{ s.title }}</h2>
          @switch (s.kind) {
            @case ('text') {
              <nb-read-aloud [target]="reading" [about]="s.title" />
              <div class="reading" #reading [attr.lang]="contentLang(m)" [attr.dir]="contentDir(m)">
                @for (b of blocks(); track $index) {
                  @switch (b.kind) {
                    @case ('heading') { <h3>{{ b.text }}</h3> }
                    @case ('list') { <ul>@for (item of b.items; track $index) { <li>{{ item }}</li> }</ul> }
                    @default { <p>{{ b.text }}</p> }
                  }
                }
              </div>
              <button class="button" type="button" [attr.aria-busy]="busy()" (click)="doneAndNext(s)">{{ 'training.step.markDone' | t }}</button>
            }
            @case ('video') {
              @if (s.media.videoUrl || s.content.url) {
                <!-- Native controls: keyboard (space, arrows) and screen readers work; captions are a <track>. -->
                <video class="video" controls playsinline preload="metadata" [src]="s.media.videoUrl ?? s.content.url" [attr.aria-label]="s.title">
                  @if (trackUrl(); as track) {
                    <track kind="captions" srclang="nl" default [label]="'training.video.track' | t" [src]="track" />
                  }
                </video>
              } @else {
                <p class="small">{{ 'training.video.noFilm' | t }}</p>
              }
              <h3>{{ 'training.video.captions' | t }}</h3>
              <div class="captions" [attr.lang]="otherLang(s.shownIn)" [attr.dir]="textDirection(otherLang(s.shownIn))">
                @for (line of captions(); track $index) {
                  <p [class.caption-scene]="line.scene">{{ line.text }}</p>
                }
              </div>
              <button class="button" type="button" [attr.aria-busy]="busy()" (click)="doneAndNext(s)">{{ 'training.video.watched' | t }}</button>
            }
            @case ('self_test') {
              <nb-self-test [stepId]="s.id" [content]="s.content" [lastResult]="s.lastResult" [textLang]="otherLang(s.shownIn)" (next)="go(index() + 1)" />
            }
            @case ('assignment') {
              <nb-homework [stepId]="s.id" [content]="s.content" [submission]="s.submission" [textLang]="otherLang(s.shownIn)" (finished)="toNextModule()" />
            }
          }
          <p class="discuss"><a [routerLink]="['/forum/stap', s.id]">{{ 'training.step.discuss' | t }}</a></p>
        </section>
      }
    } @else if (!error()) {
      <p>{{ 'training.loading' | t }}</p>
    }
  `,
})
export class ModulePage {
  protected readonly i18n = useTexts(trainingTexts);
  private readonly languageTexts = useTexts(moduleLanguageTexts);
  protected readonly store = inject(TrainingStore);
  private readonly router = inject(Router);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);

  readonly moduleId = input.required<string>();
  protected readonly index = signal(0);
  protected readonly locked = signal(false);
  protected readonly busy = signal(false);
  protected readonly error = signal<string | null>(null);
  protected readonly step = computed(() => this.store.module()?.steps[this.index()] ?? null);
  protected readonly blocks = computed(() => {
    const s = this.step();
    return s?.kind === 'text' ? toTextBlocks(s.content.body) : [];
  });
  /** Captions only from our own media route (a short-lived address the module view gave). */
  protected readonly trackUrl = computed((): string | null => {
    const s = this.step();
    const url = s?.kind === 'video' ? s.media.captionsUrl : null;
    return url && /^\/api\/training-media\/[0-9a-f-]{36}\?access=[\w.%-]+$/.test(url) ? url : null;
  });
  protected readonly captions = computed(() => {
    const s = this.step();
    return s?.kind === 'video' ? toCaptionLines(s.content.captions) : [];
  });

  constructor() {
    effect(() => {
      const id = this.moduleId();
      // The participant's own language (issue 17); the API answers in Dutch when there is no translation.
      const lang = this.i18n.lang();
      untracked(() => void this.load(id, lang));
    });
  }

  /** lang/dir of the module's texts when they differ from the page (Dutch text on an Arabic page). */
  protected contentLang(m: ModuleView): string | null {
    return m.shownIn !== this.i18n.lang() ? m.shownIn : null;
  }

  protected readonly textDirection = textDirection;

  /** The language of a self-test's or homework's texts when it is not the page's, else null. */
  protected otherLang(lang: TrainingReaderLang): string | null {
    return lang !== this.i18n.lang() ? lang : null;
  }

  protected contentDir(m: ModuleView): 'rtl' | 'ltr' | null {
    return m.shownIn !== this.i18n.lang() ? (m.shownIn === 'ar' ? 'rtl' : 'ltr') : null;
  }

  private async load(moduleId: string, lang: TrainingReaderLang): Promise<void> {
    this.locked.set(false);
    this.error.set(null);
    try {
      const view = await this.store.openModule(moduleId, lang);
      const firstOpen = view.steps.findIndex((s) => !s.done);
      this.index.set(firstOpen >= 0 ? firstOpen : view.steps.length - 1);
      focusAfterRender(this.host.nativeElement, 'h1', this.injector);
    } catch (err) {
      const e = toApiError(err);
      if (e.statusCode === 409) this.locked.set(true);
      else this.error.set(e.statusCode === 404 ? 'training.error.load' : generalErrorKey(e));
    }
  }

  protected go(i: number): void {
    const total = this.store.module()?.steps.length ?? 0;
    if (i < 0 || i >= total) return;
    this.index.set(i);
    focusAfterRender(this.host.nativeElement, '#step-title', this.injector);
  }

  protected async doneAndNext(step: ModuleStepView): Promise<void> {
    if (this.busy()) return;
    this.busy.set(true);
    this.error.set(null);
    try {
      if (!step.done) await this.store.completeStep(step.id);
      this.go(this.index() + 1);
    } catch (err) {
      const e = toApiError(err);
      this.error.set(e.statusCode === 409 ? 'training.error.locked' : generalErrorKey(e));
    } finally {
      this.busy.set(false);
    }
  }

  /** After feedback: straight on to the next module when it is open, else back to the overview. */
  protected async toNextModule(): Promise<void> {
    const progress = await this.store.refreshProgress().catch(() => null);
    const current = this.store.module();
    const next = progress?.modules.find((m) => current && m.position === current.position + 1 && m.status !== 'locked');
    await this.router.navigate(next ? ['/training/module', next.id] : ['/training']);
  }
}
