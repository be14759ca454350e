import { ChangeDetectionStrategy, Component, ElementRef, Injector, inject, signal } from '@angular/core';
import type { EditorSelfTest, EditorSelfTestSummary, LocalText, SelfTestContent } from '@nabij/library/contracts';
import { MessageComponent, TranslatePipe, focusAfterRender, toApiError, useTexts } from '@nabij/platform/portal';
import { firstValueFrom } from 'rxjs';
import { LibraryApi } from '../library.api';
import { contentEditorTexts } from './content-editor.i18n';

/**
 * The self-tests in the library editor: the words (title, introduction, questions, answers, results)
 * in Dutch and English, the points per answer and the score range per result. Saving writes the next
 * version as a draft; publishing makes it the version people take. The API checks that every
 * possible score has exactly one result and names what is wrong.
 */
@Component({
  selector: 'nb-self-test-editor',
  imports: [TranslatePipe, MessageComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrl: './library-editor.css',
  template: `
    <section aria-labelledby="st-editor-title">
      <h2 id="st-editor-title" tabindex="-1">{{ 'cedit.st.title' | t }}</h2>
      <nb-message kind="success" [show]="!!notice()">{{ notice() ?? '' }}</nb-message>
      @if (test(); as s) {
        <h3 id="st-form-title" tabindex="-1">{{ 'cedit.st.editTitle' | t: { title: content()?.title?.nl ?? s.slug } }}</h3>
        @if (s.draft && s.published) {
          <p>{{ 'cedit.st.draftOf' | t: { version: s.draft.version, current: s.published.version } }}</p>
        }
        @if (content(); as c) {
          <form (submit)="$event.preventDefault(); save()" novalidate>
            <fieldset class="editor-lang">
              <legend>{{ 'cedit.st.general' | t }}</legend>
              @for (lang of langs; track lang) {
                <label class="field-label" [for]="'st-title-' + lang">{{ 'cedit.st.testTitle' | t: { lang } }}</label>
                <input class="input" type="text" [id]="'st-title-' + lang" [value]="c.title[lang]" (change)="setText(c.title, lang, $event)" />
                <label class="field-label" [for]="'st-intro-' + lang">{{ 'cedit.st.testIntro' | t: { lang } }}</label>
                <textarea class="input" rows="2" [id]="'st-intro-' + lang" [value]="c.intro[lang]" (change)="setText(c.intro, lang, $event)"></textarea>
              }
            </fieldset>
            @for (q of c.questions; track q.key; let qi = $index) {
              <fieldset class="editor-lang">
                <legend>{{ 'cedit.st.question' | t: { n: qi + 1 } }}</legend>
                @for (lang of langs; track lang) {
                  <label class="field-label" [for]="'st-q' + qi + '-' + lang">{{ 'cedit.st.questionText' | t: { n: qi + 1, lang } }}</label>
                  <input class="input" type="text" [id]="'st-q' + qi + '-' + lang" [value]="q.text[lang]" (change)="setText(q.text, lang, $event)" />
                }
                @for (o of q.options; track $index; let oi = $index) {
                  <div class="editor-option">
                    @for (lang of langs; track lang) {
                      <label class="field-label" [for]="'st-q' + qi + 'o' + oi + '-' + lang">{{ 'cedit.st.option' | t: { n: oi + 1, lang } }}</label>
                      <input class="input" type="text" [id]="'st-q' + qi + 'o' + oi + '-' + lang" [value]="o.label[lang]" (change)="setText(o.label, lang, $event)" />
                    }
                    <label class="field-label" [for]="'st-q' + qi + 'o' + oi + '-points'">{{ 'cedit.st.points' | t: { n: oi + 1 } }}</label>
                    <input class="input input--number" type="number" min="0" max="100" step="1" [id]="'st-q' + qi + 'o' + oi + '-points'" [value]="o.points" (change)="o.points = number($event)" />
                  </div>
                }
              </fieldset>
            }
            @for (b of c.bands; track b.key; let bi = $index) {
              <fieldset class="editor-lang">
                <legend>{{ 'cedit.st.band' | t: { n: bi + 1, min: b.min, max: b.max } }}</legend>
                <label class="field-label" [for]="'st-b' + bi + '-min'">{{ 'cedit.st.bandMin' | t: { n: bi + 1 } }}</label>
                <input class="input input--number" type="number" step="1" [id]="'st-b' + bi + '-min'" [value]="b.min" (change)="b.min = number($event)" />
                <label class="field-label" [for]="'st-b' + bi + '-max'">{{ 'cedit.st.bandMax' | t: { n: bi + 1 } }}</label>
                <input class="input input--number" type="number" step="1" [id]="'st-b' + bi + '-max'" [value]="b.max" (change)="b.max = number($event)" />
                @for (lang of langs; track lang) {
                  <label class="field-label" [for]="'st-b' + bi + '-title-' + lang">{{ 'cedit.st.bandTitle' | t: { n: bi + 1, lang } }}</label>
                  <input class="input" type="text" [id]="'st-b' + bi + '-title-' + lang" [value]="b.title[lang]" (change)="setText(b.title, lang, $event)" />
                  <label class="field-label" [for]="'st-b' + bi + '-text-' + lang">{{ 'cedit.st.bandText' | t: { n: bi + 1, lang } }}</label>
                  <textarea class="input" rows="3" [id]="'st-b' + bi + '-text-' + lang" [value]="b.text[lang]" (change)="setText(b.text, lang, $event)"></textarea>
                }
              </fieldset>
            }
            @if (problems().length) {
              <div class="message message--error" role="alert" id="st-problems" tabindex="-1">
                <p>{{ 'cedit.st.problems' | t }}</p>
                <ul>
                  @for (p of problems(); track p) {
                    <li>{{ p }}</li>
                  }
                </ul>
              </div>
            }
            <div class="button-row">
              <button type="submit" class="button" [attr.aria-busy]="busy()">{{ 'cedit.saveDraft' | t }}</button>
              @if (s.draft) {
                <button type="button" class="button button--secondary" (click)="publish(s)">{{ 'cedit.publish' | t }}</button>
              }
              <button type="button" class="button button--quiet" (click)="close()">{{ 'cedit.back' | t }}</button>
            </div>
          </form>
        }
      } @else {
        <p>{{ 'cedit.st.intro' | t }}</p>
        <nb-message kind="error" [show]="loadFailed()">{{ 'cedit.loadError' | t }}</nb-message>
        <ul class="editor-list">
          @for (s of tests(); track s.slug) {
            <li>
              <span>
                <strong>{{ s.title }}</strong>
                <span class="kind">
                  · {{ (s.publishedVersion ? 'cedit.st.version' : 'cedit.st.noneYet') | t: { version: s.publishedVersion ?? '' } }}@if (s.draftVersion) {, {{ 'cedit.st.draft' | t: { version: s.draftVersion } }}}
                </span>
              </span>
              <button type="button" class="button button--quiet button--small" [attr.aria-label]="'cedit.editLabel' | t: { title: s.title }" (click)="open(s)">
                {{ 'cedit.edit' | t }}
              </button>
            </li>
          }
        </ul>
      }
    </section>
  `,
})
export class SelfTestEditorComponent {
  private readonly i18n = useTexts(contentEditorTexts);
  private readonly api = inject(LibraryApi);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);
  protected readonly langs = ['nl', 'en'] as const;

  protected readonly tests = signal<EditorSelfTestSummary[]>([]);
  protected readonly loadFailed = signal(false);
  protected readonly test = signal<EditorSelfTest | null>(null);
  /** The version being written: a copy of the draft, or of the published version for a new draft. */
  private readonly working = signal<SelfTestContent | null>(null);
  protected readonly content = this.working.asReadonly();
  protected readonly problems = signal<string[]>([]);
  protected readonly notice = signal<string | null>(null);
  protected readonly busy = signal(false);

  constructor() {
    void this.reload();
  }

  protected async open(summary: EditorSelfTestSummary): Promise<void> {
    try {
      this.show(await firstValueFrom(this.api.editorSelfTest(summary.slug)));
      this.notice.set(null);
      focusAfterRender(this.host.nativeElement, '#st-form-title', this.injector);
    } catch {
      this.loadFailed.set(true);
    }
  }

  /** The form edits the working copy in place; it is sent whole on save. */
  protected setText(text: LocalText, lang: 'nl' | 'en', event: Event): void {
    text[lang] = (event.target as HTMLInputElement).value;
  }

  protected number(event: Event): number {
    return Number((event.target as HTMLInputElement).value);
  }

  protected async save(): Promise<void> {
    const test = this.test();
    const content = this.working();
    if (!test || !content) return;
    const saved = await this.attempt(() => firstValueFrom(this.api.saveSelfTestDraft(test.slug, content)));
    if (saved) this.notice.set(this.i18n.t('cedit.draftSaved'));
  }

  protected async publish(test: EditorSelfTest): Promise<void> {
    const saved = await this.attempt(() => firstValueFrom(this.api.publishSelfTest(test.slug)));
    if (saved?.published) this.notice.set(this.i18n.t('cedit.st.published', { version: saved.published.version }));
  }

  protected close(): void {
    this.test.set(null);
    this.working.set(null);
    this.problems.set([]);
    this.notice.set(null);
    void this.reload();
    focusAfterRender(this.host.nativeElement, '#st-editor-title', this.injector);
  }

  private show(test: EditorSelfTest): void {
    this.test.set(test);
    const source = test.draft?.content ?? test.published?.content ?? null;
    // A deep copy: editing it in place leaves the version the API sent untouched.
    this.working.set(source ? (JSON.parse(JSON.stringify(source)) as SelfTestContent) : null);
    this.problems.set([]);
  }

  private async reload(): Promise<void> {
    try {
      this.tests.set(await firstValueFrom(this.api.editorSelfTests()));
      this.loadFailed.set(false);
    } catch {
      this.loadFailed.set(true);
    }
  }

  /** Runs a save or publish; the API's problems (fields.content, or a named field) are listed. */
  private async attempt(work: () => Promise<EditorSelfTest>): Promise<EditorSelfTest | null> {
    this.busy.set(true);
    this.problems.set([]);
    this.notice.set(null);
    try {
      const saved = await work();
      this.show(saved);
      return saved;
    } catch (err) {
      const error = toApiError(err);
      const fields = error.fields ?? {};
      const listed = Object.entries(fields).flatMap(([field, messages]) =>
        field === 'content' ? messages : [`${field}: ${messages.join(', ')}`],
      );
      this.problems.set(listed.length ? listed : [this.i18n.t('cedit.failed')]);
      focusAfterRender(this.host.nativeElement, '#st-problems', this.injector);
      return null;
    } finally {
      this.busy.set(false);
    }
  }
}
