import { ChangeDetectionStrategy, Component, ElementRef, Injector, computed, inject, signal } from '@angular/core';
import {
  LIBRARY_THEMES,
  SELF_TEST_MAX_OPTIONS,
  SELF_TEST_MAX_QUESTIONS,
  TRANSLATION_LANGS,
  selfTestTexts,
  type AdviceStepDefinition,
  type ContentLang,
  type EditorSelfTest,
  type EditorSelfTestSummary,
  type LibraryTheme,
  type LocalText,
  type SelfTestBandDefinition,
  type SelfTestContent,
  type SelfTestQuestionDefinition,
  type TranslationLang,
} from '@nabij/library/contracts';
import { MessageComponent, TranslatePipe, focusAfterRender, toApiError, useTexts } from '@nabij/platform/portal';
import { firstValueFrom } from 'rxjs';
import { ContentLangDirective } from '../content-language/content-lang.directive';
import { LibraryApi } from '../library.api';
import { libraryTexts } from '../library.i18n';
import { contentEditorTexts } from './content-editor.i18n';
import { editorTexts } from './editor.i18n';

const empty = (): LocalText => ({ nl: '', en: '' });
/** Kinds of advice an editor adds as they are; an article is chosen from the published ones. */
const PLAIN_STEPS = ['chat', 'register', 'urgent'] as const;

/** A copy without the translation fields left empty: an empty field is no text (the API names what is missing). */
function withoutEmptyTranslations(content: SelfTestContent): SelfTestContent {
  const copy = JSON.parse(JSON.stringify(content)) as SelfTestContent;
  for (const { text } of selfTestTexts(copy)) for (const lang of TRANSLATION_LANGS) if (!text[lang]?.trim()) delete text[lang];
  return copy;
}

/** A key not used yet in the list: `vraag-3`, `uitslag-2`. */
function freshKey(prefix: string, taken: { key: string }[]): string {
  let n = taken.length + 1;
  while (taken.some((t) => t.key === `${prefix}-${n}`)) n++;
  return `${prefix}-${n}`;
}

/**
 * The self-tests in the library editor: the words (title, introduction, questions, answers, results)
 * in Dutch and English, and in Arabic, Turkish or Polish once the editor adds that translation (a
 * client gets it only when every text has it, issue 17), the points per answer, the score range and advice steps per result; questions,
 * answers and results are added, removed and moved up or down. A new test gets an address and a theme.
 * Saving writes the next version as a draft; publishing makes it the version people take; discarding
 * throws the draft away. The API checks that every possible score has exactly one result and names
 * what is wrong.
 */
@Component({
  selector: 'nb-self-test-editor',
  imports: [TranslatePipe, MessageComponent, ContentLangDirective],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrl: './library-editor.css',
  template: `
    <section aria-labelledby="st-editor-title">
      <h2 id="st-editor-title" tabindex="-1">{{ 'cedit.st.title' | t }}</h2>
      <nb-message kind="success" [show]="!!notice()">{{ notice() ?? '' }}</nb-message>
      @if (content(); as c) {
        @if (test(); as s) {
          <h3 id="st-form-title" tabindex="-1">{{ 'cedit.st.editTitle' | t: { title: c.title.nl || s.slug } }}</h3>
          @if (s.draft && s.published) {
            <p>{{ 'cedit.st.draftOf' | t: { version: s.draft.version, current: s.published.version } }}</p>
          }
        } @else {
          <h3 id="st-form-title" tabindex="-1">{{ 'cedit.st.newTitle' | t }}</h3>
        }
        <form (submit)="$event.preventDefault(); save()" novalidate>
          @if (!test()) {
            <fieldset class="editor-lang">
              <legend>{{ 'cedit.st.address' | t }}</legend>
              <label class="field-label" for="st-slug">{{ 'cedit.st.slug' | t }}</label>
              <input class="input" type="text" id="st-slug" aria-describedby="st-slug-hint" [value]="newSlug()" (change)="newSlug.set(value($event))" />
              <p class="kind" id="st-slug-hint">{{ 'cedit.st.slugHint' | t }}</p>
              <label class="field-label" for="st-theme">{{ 'cedit.st.theme' | t }}</label>
              <select class="input" id="st-theme" [value]="newTheme()" (change)="newTheme.set($any(value($event)))">
                @for (theme of themes; track theme) {
                  <option [value]="theme">{{ 'library.themeName.' + theme | t }}</option>
                }
              </select>
            </fieldset>
          }
          <fieldset class="editor-lang">
            <legend>{{ 'cedit.st.translations' | t }}</legend>
            <p class="kind" id="st-translations-hint">{{ 'cedit.st.translationsHint' | t }}</p>
            <div class="button-row">
              @for (lang of translationLangs; track lang) {
                @if (translations().includes(lang)) {
                  <button type="button" class="button button--quiet button--small" aria-describedby="st-translations-hint" (click)="removeLang(lang)">
                    {{ 'cedit.st.removeLang' | t: { name: langName(lang) } }}
                  </button>
                } @else {
                  <button type="button" class="button button--secondary button--small" aria-describedby="st-translations-hint" (click)="addLang(lang)">
                    {{ 'cedit.st.addLang' | t: { name: langName(lang) } }}
                  </button>
                }
              }
            </div>
          </fieldset>
          <fieldset class="editor-lang">
            <legend>{{ 'cedit.st.general' | t }}</legend>
            @for (lang of langs(); track lang) {
              <label class="field-label" [for]="'st-title-' + lang">{{ 'cedit.st.testTitle' | t: { lang } }}</label>
              <input class="input" type="text" [id]="'st-title-' + lang" [value]="c.title[lang] ?? ''" [nbContentLang]="lang" (change)="setText(c.title, lang, $event)" />
              <label class="field-label" [for]="'st-intro-' + lang">{{ 'cedit.st.testIntro' | t: { lang } }}</label>
              <textarea class="input" rows="2" [id]="'st-intro-' + lang" [value]="c.intro[lang] ?? ''" [nbContentLang]="lang" (change)="setText(c.intro, lang, $event)"></textarea>
            }
          </fieldset>
          @for (q of c.questions; track q.key; let qi = $index, first = $first, last = $last) {
            <fieldset class="editor-lang" [id]="'st-q' + qi">
              <legend>{{ 'cedit.st.question' | t: { n: qi + 1 } }}</legend>
              @for (lang of langs(); track lang) {
                <label class="field-label" [for]="'st-q' + qi + '-' + lang">{{ 'cedit.st.questionText' | t: { n: qi + 1, lang } }}</label>
                <input class="input" type="text" [id]="'st-q' + qi + '-' + lang" [value]="q.text[lang] ?? ''" [nbContentLang]="lang" (change)="setText(q.text, lang, $event)" />
              }
              @for (o of q.options; track $index; let oi = $index, firstOption = $first, lastOption = $last) {
                <div class="editor-option">
                  @for (lang of langs(); track lang) {
                    <label class="field-label" [for]="'st-q' + qi + 'o' + oi + '-' + lang">{{ 'cedit.st.option' | t: { n: oi + 1, lang } }}</label>
                    <input class="input" type="text" [id]="'st-q' + qi + 'o' + oi + '-' + lang" [value]="o.label[lang] ?? ''" [nbContentLang]="lang" (change)="setText(o.label, lang, $event)" />
                  }
                  <label class="field-label" [for]="'st-q' + qi + 'o' + oi + '-points'">{{ 'cedit.st.points' | t: { n: oi + 1 } }}</label>
                  <input class="input input--number" type="number" min="0" max="100" step="1" [id]="'st-q' + qi + 'o' + oi + '-points'" [value]="o.points" (change)="o.points = number($event)" />
                  <div class="button-row">
                    <button type="button" class="button button--quiet button--small" [disabled]="firstOption" (click)="move(q.options, oi, -1)" [attr.aria-label]="'cedit.st.optionUp' | t: { n: oi + 1, q: qi + 1 }">{{ 'cedit.st.up' | t }}</button>
                    <button type="button" class="button button--quiet button--small" [disabled]="lastOption" (click)="move(q.options, oi, 1)" [attr.aria-label]="'cedit.st.optionDown' | t: { n: oi + 1, q: qi + 1 }">{{ 'cedit.st.down' | t }}</button>
                    <button type="button" class="button button--quiet button--small" [disabled]="q.options.length <= 2" (click)="remove(q.options, oi)" [attr.aria-label]="'cedit.st.optionRemove' | t: { n: oi + 1, q: qi + 1 }">{{ 'cedit.st.remove' | t }}</button>
                  </div>
                </div>
              }
              <div class="button-row">
                <button type="button" class="button button--secondary button--small" [disabled]="q.options.length >= maxOptions" (click)="addOption(q)" [attr.aria-label]="'cedit.st.addOptionLabel' | t: { q: qi + 1 }">{{ 'cedit.st.addOption' | t }}</button>
                <button type="button" class="button button--quiet button--small" [disabled]="first" (click)="move(c.questions, qi, -1)" [attr.aria-label]="'cedit.st.questionUp' | t: { n: qi + 1 }">{{ 'cedit.st.up' | t }}</button>
                <button type="button" class="button button--quiet button--small" [disabled]="last" (click)="move(c.questions, qi, 1)" [attr.aria-label]="'cedit.st.questionDown' | t: { n: qi + 1 }">{{ 'cedit.st.down' | t }}</button>
                <button type="button" class="button button--quiet button--small" [disabled]="c.questions.length <= 1" (click)="remove(c.questions, qi)" [attr.aria-label]="'cedit.st.questionRemove' | t: { n: qi + 1 }">{{ 'cedit.st.remove' | t }}</button>
              </div>
            </fieldset>
          }
          <div class="button-row">
            <button type="button" class="button button--secondary" [disabled]="c.questions.length >= maxQuestions" (click)="addQuestion(c)">{{ 'cedit.st.addQuestion' | t }}</button>
          </div>
          <p>{{ 'cedit.st.scoreRange' | t: { min: range().min, max: range().max } }}</p>
          @for (b of c.bands; track b.key; let bi = $index) {
            <fieldset class="editor-lang">
              <legend>{{ 'cedit.st.band' | t: { n: bi + 1, min: b.min, max: b.max } }}</legend>
              <label class="field-label" [for]="'st-b' + bi + '-min'">{{ 'cedit.st.bandMin' | t: { n: bi + 1 } }}</label>
              <input class="input input--number" type="number" step="1" [id]="'st-b' + bi + '-min'" [value]="b.min" (change)="b.min = number($event); touch()" />
              <label class="field-label" [for]="'st-b' + bi + '-max'">{{ 'cedit.st.bandMax' | t: { n: bi + 1 } }}</label>
              <input class="input input--number" type="number" step="1" [id]="'st-b' + bi + '-max'" [value]="b.max" (change)="b.max = number($event); touch()" />
              @for (lang of langs(); track lang) {
                <label class="field-label" [for]="'st-b' + bi + '-title-' + lang">{{ 'cedit.st.bandTitle' | t: { n: bi + 1, lang } }}</label>
                <input class="input" type="text" [id]="'st-b' + bi + '-title-' + lang" [value]="b.title[lang] ?? ''" [nbContentLang]="lang" (change)="setText(b.title, lang, $event)" />
                <label class="field-label" [for]="'st-b' + bi + '-text-' + lang">{{ 'cedit.st.bandText' | t: { n: bi + 1, lang } }}</label>
                <textarea class="input" rows="3" [id]="'st-b' + bi + '-text-' + lang" [value]="b.text[lang] ?? ''" [nbContentLang]="lang" (change)="setText(b.text, lang, $event)"></textarea>
              }
              <p class="field-label">{{ 'cedit.st.steps' | t: { n: bi + 1 } }}</p>
              <ol>
                @for (step of b.steps; track $index; let si = $index) {
                  <li>
                    {{ stepName(step) }}
                    <button type="button" class="button button--quiet button--small" [disabled]="b.steps.length <= 1" (click)="remove(b.steps, si)" [attr.aria-label]="'cedit.st.stepRemove' | t: { step: stepName(step), n: bi + 1 }">{{ 'cedit.st.remove' | t }}</button>
                  </li>
                }
              </ol>
              <label class="field-label" [for]="'st-b' + bi + '-add'">{{ 'cedit.st.addStep' | t: { n: bi + 1 } }}</label>
              <select class="input" [id]="'st-b' + bi + '-add'" (change)="addStep(b, $event)">
                <option value="">{{ 'cedit.st.chooseStep' | t }}</option>
                @for (kind of plainSteps; track kind) {
                  <option [value]="kind">{{ 'cedit.st.step.' + kind | t }}</option>
                }
                @for (a of articles(); track a.slug) {
                  <option [value]="'article:' + a.slug">{{ 'cedit.st.step.article' | t: { title: a.title } }}</option>
                }
              </select>
              <div class="button-row">
                <button type="button" class="button button--quiet button--small" [disabled]="c.bands.length <= 1" (click)="remove(c.bands, bi)" [attr.aria-label]="'cedit.st.bandRemove' | t: { n: bi + 1 }">{{ 'cedit.st.remove' | t }}</button>
              </div>
            </fieldset>
          }
          <div class="button-row">
            <button type="button" class="button button--secondary" [disabled]="c.bands.length >= maxBands" (click)="addBand(c)">{{ 'cedit.st.addBand' | t }}</button>
          </div>
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
            @if (test()?.draft) {
              <button type="button" class="button button--secondary" (click)="publish(test()!)">{{ 'cedit.publish' | t }}</button>
              <button type="button" class="button button--secondary" (click)="discard(test()!)">{{ 'cedit.st.discard' | t }}</button>
            }
            <button type="button" class="button button--quiet" (click)="close()">{{ 'cedit.back' | t }}</button>
          </div>
        </form>
      } @else {
        <p>{{ 'cedit.st.intro' | t }}</p>
        <nb-message kind="error" [show]="loadFailed()">{{ 'cedit.loadError' | t }}</nb-message>
        <button type="button" class="button" (click)="startNew()">{{ 'cedit.st.new' | t }}</button>
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
  protected readonly translationLangs = TRANSLATION_LANGS;
  /** The translation languages the working copy is written in (issue 17); each text gets a field for them. */
  protected readonly translations = signal<TranslationLang[]>([]);
  protected readonly langs = computed<ContentLang[]>(() => ['nl', 'en', ...this.translations()]);
  private readonly names = useTexts(editorTexts);
  protected readonly themes = LIBRARY_THEMES;
  protected readonly plainSteps = PLAIN_STEPS;
  protected readonly maxQuestions = SELF_TEST_MAX_QUESTIONS;
  protected readonly maxOptions = SELF_TEST_MAX_OPTIONS;
  protected readonly maxBands = 10;
  /** A new test: its address and theme (the content is the working copy). */
  protected readonly newSlug = signal('');
  protected readonly newTheme = signal<LibraryTheme>('stress');
  /** Published articles an advice step can point at. */
  protected readonly articles = signal<Array<{ slug: string; title: string }>>([]);

  protected readonly tests = signal<EditorSelfTestSummary[]>([]);
  protected readonly loadFailed = signal(false);
  protected readonly test = signal<EditorSelfTest | null>(null);
  /** The version being written: a copy of the draft, or of the published version for a new draft. */
  private readonly working = signal<SelfTestContent | null>(null);
  protected readonly content = this.working.asReadonly();
  protected readonly problems = signal<string[]>([]);
  protected readonly notice = signal<string | null>(null);
  protected readonly busy = signal(false);
  /** The lowest and highest score the working copy can give, for the result ranges. */
  protected readonly range = computed(() => {
    const c = this.working();
    if (!c) return { min: 0, max: 0 };
    const sum = (pick: (points: number[]) => number) => c.questions.reduce((total, q) => total + pick(q.options.map((o) => o.points)), 0);
    return { min: sum((p) => Math.min(...p)), max: sum((p) => Math.max(...p)) };
  });

  constructor() {
    useTexts(libraryTexts);
    void this.reload();
  }

  protected startNew(): void {
    this.test.set(null);
    this.translations.set([]);
    this.newSlug.set('');
    this.newTheme.set('stress');
    this.working.set({
      title: empty(),
      intro: empty(),
      questions: [this.newQuestion([])],
      bands: [{ key: 'uitslag-1', min: 0, max: 1, title: empty(), text: empty(), steps: [{ kind: 'chat' }] }],
    });
    this.problems.set([]);
    this.notice.set(null);
    void this.loadArticles();
    focusAfterRender(this.host.nativeElement, '#st-form-title', this.injector);
  }

  protected value(event: Event): string {
    return (event.target as HTMLInputElement).value;
  }

  /** After a change of the list's shape: a new reference, so the form is drawn again. */
  protected touch(): void {
    this.working.update((c) => (c ? { ...c } : c));
  }

  protected move<T>(list: T[], index: number, by: -1 | 1): void {
    const to = index + by;
    if (to < 0 || to >= list.length) return;
    [list[index], list[to]] = [list[to], list[index]];
    this.touch();
  }

  protected remove<T>(list: T[], index: number): void {
    list.splice(index, 1);
    this.touch();
  }

  protected addQuestion(c: SelfTestContent): void {
    c.questions.push(this.newQuestion(c.questions));
    this.touch();
    focusAfterRender(this.host.nativeElement, `#st-q${c.questions.length - 1}-nl`, this.injector);
  }

  protected addOption(q: SelfTestQuestionDefinition): void {
    q.options.push({ points: Math.max(0, ...q.options.map((o) => o.points)) + 1, label: empty() });
    this.touch();
  }

  protected addBand(c: SelfTestContent): void {
    const from = Math.max(...c.bands.map((b) => b.max)) + 1;
    c.bands.push({ key: freshKey('uitslag', c.bands), min: from, max: from, title: empty(), text: empty(), steps: [{ kind: 'chat' }] });
    this.touch();
  }

  protected addStep(band: SelfTestBandDefinition, event: Event): void {
    const select = event.target as HTMLSelectElement;
    const choice = select.value;
    select.value = '';
    if (!choice) return;
    const step: AdviceStepDefinition = choice.startsWith('article:')
      ? { kind: 'article', slug: choice.slice('article:'.length) }
      : { kind: choice as (typeof PLAIN_STEPS)[number] };
    band.steps.push(step);
    this.touch();
  }

  protected stepName(step: AdviceStepDefinition): string {
    if (step.kind === 'article')
      return this.i18n.t('cedit.st.step.article', { title: this.articles().find((a) => a.slug === step.slug)?.title ?? step.slug });
    if (step.kind === 'training') return this.i18n.t('cedit.st.step.training', { name: step.name.nl });
    return this.i18n.t(`cedit.st.step.${step.kind}`);
  }

  protected async discard(test: EditorSelfTest): Promise<void> {
    const left = await this.attempt(() => firstValueFrom(this.api.discardSelfTestDraft(test.slug)));
    if (!left) return;
    if (!left.published) {
      this.close();
      this.notice.set(this.i18n.t('cedit.st.discardedNew'));
    } else this.notice.set(this.i18n.t('cedit.st.discarded', { version: left.published.version }));
  }

  private newQuestion(taken: { key: string }[]): SelfTestQuestionDefinition {
    return {
      key: freshKey('vraag', taken),
      text: empty(),
      options: [
        { points: 0, label: empty() },
        { points: 1, label: empty() },
      ],
    };
  }

  private async loadArticles(): Promise<void> {
    try {
      const all = await firstValueFrom(this.api.editorArticles());
      this.articles.set(all.filter((a) => a.status === 'published').map((a) => ({ slug: a.slug, title: a.title })));
    } catch {
      this.articles.set([]);
    }
  }

  protected async open(summary: EditorSelfTestSummary): Promise<void> {
    try {
      this.show(await firstValueFrom(this.api.editorSelfTest(summary.slug)));
      this.notice.set(null);
      void this.loadArticles();
      focusAfterRender(this.host.nativeElement, '#st-form-title', this.injector);
    } catch {
      this.loadFailed.set(true);
    }
  }

  /** The form edits the working copy in place; it is sent whole on save. */
  protected setText(text: LocalText, lang: ContentLang, event: Event): void {
    text[lang] = (event.target as HTMLInputElement).value;
  }

  protected langName(lang: TranslationLang): string {
    return this.names.t(`editor.translation.lang.${lang}`);
  }

  protected addLang(lang: TranslationLang): void {
    this.translations.update((langs) => TRANSLATION_LANGS.filter((l) => l === lang || langs.includes(l)));
    focusAfterRender(this.host.nativeElement, `#st-title-${lang}`, this.injector);
  }

  /** Takes the language out of every text of the working copy (saved with the next draft). */
  protected removeLang(lang: TranslationLang): void {
    const c = this.working();
    if (c) for (const { text } of selfTestTexts(c)) delete text[lang];
    this.translations.update((langs) => langs.filter((l) => l !== lang));
    this.touch();
  }

  protected number(event: Event): number {
    return Number((event.target as HTMLInputElement).value);
  }

  protected async save(): Promise<void> {
    const test = this.test();
    const content = this.working();
    if (!content) return;
    const sent = withoutEmptyTranslations(content);
    const saved = await this.attempt(() =>
      firstValueFrom(
        test
          ? this.api.saveSelfTestDraft(test.slug, sent)
          : this.api.createSelfTest({ slug: this.newSlug().trim(), theme: this.newTheme(), content: sent }),
      ),
    );
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
    // A new test whose draft was discarded is gone: back to the list (see discard).
    if (!test.draft && !test.published) return;
    this.test.set(test);
    const source = test.draft?.content ?? test.published?.content ?? null;
    // A deep copy: editing it in place leaves the version the API sent untouched.
    this.working.set(source ? (JSON.parse(JSON.stringify(source)) as SelfTestContent) : null);
    this.translations.set(source ? TRANSLATION_LANGS.filter((l) => selfTestTexts(source).some(({ text }) => text[l] !== undefined)) : []);
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
