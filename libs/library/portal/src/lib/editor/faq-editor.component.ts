import { ChangeDetectionStrategy, Component, ElementRef, Injector, inject, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { EditorFaq, EditorFaqSummary, LIBRARY_THEMES, LibraryTheme, SaveFaq } from '@nabij/library/contracts';
import {
  FormControlDirective,
  FormFieldComponent,
  MessageComponent,
  TranslatePipe,
  focusAfterRender,
  focusFirstInvalid,
  toApiError,
  useTexts,
} from '@nabij/platform/portal';
import { firstValueFrom } from 'rxjs';
import { LibraryApi } from '../library.api';
import { libraryTexts } from '../library.i18n';
import { contentEditorTexts } from './content-editor.i18n';
import { editorTexts } from './editor.i18n';
import { FaqTranslationEditorComponent } from './faq-translation-editor.component';

const text = () => new FormControl('', { nonNullable: true });
const langGroup = () => new FormGroup({ question: text(), answer: text() });

/**
 * The FAQ in the library editor: the entries with their status, and a form per entry in Dutch and
 * English. Saving a published entry writes a draft beside it (the public keeps the published text);
 * publishing puts the draft in its place. Below it, once the entry exists, its translations (issue 17).
 */
@Component({
  selector: 'nb-faq-editor',
  imports: [ReactiveFormsModule, TranslatePipe, MessageComponent, FormFieldComponent, FormControlDirective, FaqTranslationEditorComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrl: './library-editor.css',
  template: `
    <section aria-labelledby="faq-editor-title">
      <h2 id="faq-editor-title" tabindex="-1">{{ 'cedit.faq.title' | t }}</h2>
      <nb-message kind="success" [show]="!!notice()">{{ notice() ?? '' | t }}</nb-message>
      @if (editing() === null) {
        <p>{{ 'cedit.faq.intro' | t }}</p>
        <nb-message kind="error" [show]="loadFailed()">{{ 'cedit.loadError' | t }}</nb-message>
        <button type="button" class="button button--secondary" (click)="open(null)">{{ 'cedit.faq.new' | t }}</button>
        <ul class="editor-list">
          @for (f of entries(); track f.id) {
            <li>
              <span>
                <strong>{{ f.question }}</strong>
                <span class="kind">
                  · {{ 'library.themeName.' + f.theme | t }} · {{ 'editor.status.' + f.status | t }}@if (f.hasDraft) {, {{ 'cedit.faq.hasDraft' | t }}}
                </span>
              </span>
              <button type="button" class="button button--quiet button--small" [attr.aria-label]="'cedit.editLabel' | t: { title: f.question }" (click)="open(f)">
                {{ 'cedit.edit' | t }}
              </button>
            </li>
          }
        </ul>
      } @else {
        <h3 id="faq-form-title" tabindex="-1">{{ (editing() === 'new' ? 'cedit.faq.newTitle' : 'cedit.faq.editTitle') | t }}</h3>
        @if (current(); as f) {
          <p class="kind">{{ 'editor.status.' + f.status | t }}</p>
          @if (f.published && f.draft) {
            <p>{{ 'cedit.faq.draftWaits' | t }}</p>
          }
        }
        <form [formGroup]="form" (ngSubmit)="save()" novalidate>
          <nb-form-field fieldId="faq-theme" [label]="'editor.form.theme' | t" [error]="errorOf('theme')">
            <select nbControl class="input" formControlName="theme">
              @for (theme of themes; track theme) {
                <option [value]="theme">{{ 'library.themeName.' + theme | t }}</option>
              }
            </select>
          </nb-form-field>
          @for (lang of langs; track lang) {
            <fieldset class="editor-lang" [formGroupName]="lang">
              <legend>{{ 'editor.form.' + lang | t }}</legend>
              <nb-form-field [fieldId]="'faq-' + lang + '-question'" [label]="'cedit.faq.question' | t: { lang }" [error]="errorOf(lang + '.question')">
                <input nbControl class="input" type="text" formControlName="question" />
              </nb-form-field>
              <nb-form-field
                [fieldId]="'faq-' + lang + '-answer'"
                [label]="'cedit.faq.answer' | t: { lang }"
                [hint]="'editor.form.bodyHint' | t"
                [error]="errorOf(lang + '.answer')"
              >
                <textarea nbControl class="input" rows="6" formControlName="answer"></textarea>
              </nb-form-field>
            </fieldset>
          }
          <div class="button-row">
            <button type="submit" class="button" [attr.aria-busy]="busy()">{{ 'cedit.saveDraft' | t }}</button>
            <button type="button" class="button button--secondary" (click)="preview()">{{ 'editor.form.preview' | t }}</button>
            @if (current(); as f) {
              @if (f.draft) {
                <button type="button" class="button button--secondary" (click)="setPublished(f, true)">{{ 'cedit.publish' | t }}</button>
              }
              @if (f.status === 'published') {
                <button type="button" class="button button--secondary" (click)="setPublished(f, false)">{{ 'cedit.unpublish' | t }}</button>
              }
            }
            <button type="button" class="button button--quiet" (click)="close()">{{ 'cedit.back' | t }}</button>
          </div>
        </form>
        <nb-message kind="error" [show]="!!failure()">{{ failure() ?? '' | t }}</nb-message>
        @if (previewHtml(); as html) {
          <section class="card editor-preview" aria-labelledby="faq-preview-title" aria-live="polite">
            <h3 id="faq-preview-title">{{ 'editor.form.previewTitle' | t }}</h3>
            <div class="article-body" [innerHTML]="html"></div>
          </section>
        }
        @if (current(); as f) {
          <nb-faq-translation-editor [faqId]="f.id" />
        }
      }
    </section>
  `,
})
export class FaqEditorComponent {
  protected readonly i18n = useTexts(contentEditorTexts);
  private readonly api = inject(LibraryApi);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);
  /** The Dutch answer as the public FAQ shows it, rendered by the API's own (sanitising) renderer. */
  protected readonly previewHtml = signal<string | null>(null);

  protected async preview(): Promise<void> {
    try {
      this.previewHtml.set((await firstValueFrom(this.api.previewMarkdown(this.form.controls.nl.controls.answer.value))).html);
    } catch {
      this.failure.set('cedit.failed');
    }
  }
  protected readonly themes = LIBRARY_THEMES;
  protected readonly langs = ['nl', 'en'] as const;

  protected readonly entries = signal<EditorFaqSummary[]>([]);
  protected readonly loadFailed = signal(false);
  protected readonly editing = signal<'new' | string | null>(null);
  protected readonly current = signal<EditorFaq | null>(null);
  protected readonly fieldErrors = signal<Record<string, string>>({});
  protected readonly failure = signal<string | null>(null);
  protected readonly notice = signal<string | null>(null);
  protected readonly busy = signal(false);
  protected readonly form = new FormGroup({
    theme: new FormControl<LibraryTheme>('money', { nonNullable: true }),
    nl: langGroup(),
    en: langGroup(),
  });

  constructor() {
    useTexts(libraryTexts);
    useTexts(editorTexts);
    void this.reload();
  }

  protected errorOf(field: string): string | null {
    const key = this.fieldErrors()[field];
    return key ? this.i18n.t(key) : null;
  }

  protected async open(summary: EditorFaqSummary | null): Promise<void> {
    const entry = summary ? await this.attempt(() => firstValueFrom(this.api.editorFaq(summary.id))) : null;
    if (summary && !entry) return;
    this.current.set(entry);
    this.editing.set(entry?.id ?? 'new');
    this.fieldErrors.set({});
    this.previewHtml.set(null);
    this.notice.set(null);
    const shown = entry?.draft ?? entry?.published;
    this.form.reset({
      theme: shown?.theme ?? 'money',
      nl: shown?.nl ?? { question: '', answer: '' },
      en: shown?.en ?? { question: '', answer: '' },
    });
    focusAfterRender(this.host.nativeElement, '#faq-form-title', this.injector);
  }

  protected async save(): Promise<void> {
    const input = this.form.getRawValue() as SaveFaq;
    const errors: Record<string, string> = {};
    for (const lang of this.langs)
      for (const key of ['question', 'answer'] as const) if (!input[lang][key].trim()) errors[`${lang}.${key}`] = 'cedit.required';
    this.fieldErrors.set(errors);
    this.notice.set(null);
    if (Object.keys(errors).length) {
      focusFirstInvalid(this.host.nativeElement, this.injector);
      return;
    }
    const id = this.editing();
    const saved = await this.attempt(() => firstValueFrom(this.api.saveFaq(id === 'new' ? null : id, input)));
    if (!saved) return;
    this.current.set(saved);
    this.editing.set(saved.id);
    this.notice.set('cedit.draftSaved');
  }

  protected async setPublished(entry: EditorFaq, published: boolean): Promise<void> {
    const saved = await this.attempt(() => firstValueFrom(this.api.setFaqPublished(entry.id, published)));
    if (!saved) return;
    this.current.set(saved);
    this.notice.set(published ? 'cedit.faq.published' : 'cedit.faq.unpublished');
  }

  protected close(): void {
    this.editing.set(null);
    this.notice.set(null);
    void this.reload();
    focusAfterRender(this.host.nativeElement, '#faq-editor-title', this.injector);
  }

  private async reload(): Promise<void> {
    try {
      this.entries.set(await firstValueFrom(this.api.editorFaqs()));
      this.loadFailed.set(false);
    } catch {
      this.loadFailed.set(true);
    }
  }

  /** Runs a call; on failure names the fields the API named and says so. Null when it failed. */
  private async attempt<T>(work: () => Promise<T>): Promise<T | null> {
    this.busy.set(true);
    this.failure.set(null);
    try {
      return await work();
    } catch (err) {
      const fields = toApiError(err).fields;
      if (fields) this.fieldErrors.set(Object.fromEntries(Object.keys(fields).map((f) => [f, 'cedit.invalid'])));
      this.failure.set(fields ? 'cedit.failed' : 'cedit.loadError');
      focusFirstInvalid(this.host.nativeElement, this.injector);
      return null;
    } finally {
      this.busy.set(false);
    }
  }
}
