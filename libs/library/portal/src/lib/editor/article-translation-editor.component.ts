import { ChangeDetectionStrategy, Component, ElementRef, Injector, effect, inject, input, signal, untracked } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { TRANSLATION_LANGS } from '@nabij/library/contracts';
import type { EditableArticleText, EditorTranslation, TranslationLang } from '@nabij/library/contracts';
import {
  FormControlDirective,
  FormFieldComponent,
  MessageComponent,
  PublishActionsComponent,
  TranslatePipe,
  focusFirstInvalid,
  toApiError,
  useTexts,
} from '@nabij/platform/portal';
import { firstValueFrom } from 'rxjs';
import { LibraryApi } from '../library.api';
import { editorTexts } from './editor.i18n';

const text = () => new FormControl('', { nonNullable: true });

/**
 * Issue 17: an article's translation into Arabic, Turkish or Polish, below the Dutch and English
 * form. A language select, the three texts (right to left for Arabic, `dir="auto"` otherwise so a
 * pasted Arabic word shows right), and the article's rules per translation: a new one is a draft,
 * a published one keeps its text while changes wait until they are published or thrown away.
 */
@Component({
  selector: 'nb-article-translation-editor',
  imports: [ReactiveFormsModule, TranslatePipe, MessageComponent, FormFieldComponent, FormControlDirective, PublishActionsComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrl: './library-editor.css',
  template: `
    <section class="card editor-translation" aria-labelledby="translation-title">
      <h2 id="translation-title">{{ 'editor.translation.title' | t }}</h2>
      <p>{{ 'editor.translation.intro' | t }}</p>
      <nb-form-field fieldId="translation-lang" [label]="'editor.translation.lang' | t">
        <select nbControl class="input" [value]="lang()" (change)="choose($any($event.target).value)">
          @for (l of langs; track l) {
            <option [value]="l">{{ 'editor.translation.lang.' + l | t }}</option>
          }
        </select>
      </nb-form-field>
      @if (current(); as c) {
        <p class="kind" id="translation-status" aria-live="polite">
          {{ (c.status ? 'editor.status.' + c.status : 'editor.translation.none') | t
          }}@if (c.hasDraft) {
            · {{ 'editor.status.changed' | t }}
          }
        </p>
        <form [formGroup]="form" (ngSubmit)="save()" novalidate [attr.lang]="lang()" [attr.dir]="lang() === 'ar' ? 'rtl' : 'auto'">
          <nb-form-field fieldId="translation-title-field" [label]="'editor.translation.field.title' | t" [error]="errorOf('title')">
            <input nbControl class="input" type="text" formControlName="title" [attr.dir]="dir()" />
          </nb-form-field>
          <nb-form-field fieldId="translation-summary" [label]="'editor.translation.field.summary' | t" [error]="errorOf('summary')">
            <textarea nbControl class="input" rows="2" formControlName="summary" [attr.dir]="dir()"></textarea>
          </nb-form-field>
          <nb-form-field
            fieldId="translation-body"
            [label]="'editor.translation.field.body' | t"
            [hint]="'editor.form.bodyHint' | t"
            [error]="errorOf('body')"
          >
            <textarea nbControl class="input editor-body" rows="14" formControlName="body" [attr.dir]="dir()"></textarea>
          </nb-form-field>
          <div class="button-row" [attr.dir]="null">
            <button type="submit" class="button" [attr.aria-busy]="busy()">{{ 'editor.form.save' | t }}</button>
            <nb-publish-actions [status]="c.status" [hasDraft]="c.hasDraft" [translation]="true" (publish)="setPublished($event)" (discard)="discard()" />
          </div>
        </form>
      }
      <nb-message kind="success" [show]="!!notice()">{{ notice() ?? '' | t }}</nb-message>
      <nb-message kind="error" [show]="!!failure()">{{ failure() ?? '' | t }}</nb-message>
    </section>
  `,
})
export class ArticleTranslationEditorComponent {
  protected readonly i18n = useTexts(editorTexts);
  private readonly api = inject(LibraryApi);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);
  protected readonly langs = TRANSLATION_LANGS;

  readonly articleId = input.required<string>();
  protected readonly lang = signal<TranslationLang>('ar');
  protected readonly current = signal<EditorTranslation | null>(null);
  protected readonly fieldErrors = signal<Record<string, string>>({});
  protected readonly notice = signal<string | null>(null);
  protected readonly failure = signal<string | null>(null);
  protected readonly busy = signal(false);
  protected readonly form = new FormGroup({ title: text(), summary: text(), body: text() });

  constructor() {
    effect(() => {
      const id = this.articleId();
      const lang = this.lang();
      untracked(() => void this.load(id, lang));
    });
  }

  protected dir(): 'rtl' | 'auto' {
    return this.lang() === 'ar' ? 'rtl' : 'auto';
  }

  protected choose(lang: string): void {
    if ((TRANSLATION_LANGS as readonly string[]).includes(lang)) this.lang.set(lang as TranslationLang);
  }

  protected errorOf(field: string): string | null {
    const key = this.fieldErrors()[field];
    return key ? this.i18n.t(key) : null;
  }

  protected async save(): Promise<void> {
    const value = this.form.getRawValue();
    const errors: Record<string, string> = {};
    for (const key of ['title', 'summary', 'body'] as const) if (!value[key].trim()) errors[key] = 'editor.form.required';
    this.fieldErrors.set(errors);
    this.notice.set(null);
    if (Object.keys(errors).length) {
      focusFirstInvalid(this.host.nativeElement, this.injector);
      return;
    }
    await this.run(async () => {
      const saved = await firstValueFrom(this.api.saveTranslation(this.articleId(), this.lang(), value));
      this.show(saved);
      this.notice.set(saved.hasDraft ? 'editor.form.savedDraft' : 'editor.form.saved');
    });
  }

  protected async setPublished(published: boolean): Promise<void> {
    await this.run(async () => {
      this.show(await firstValueFrom(this.api.setTranslationPublished(this.articleId(), this.lang(), published)));
      this.notice.set(published ? 'editor.translation.published' : 'editor.translation.unpublished');
    });
  }

  protected async discard(): Promise<void> {
    await this.run(async () => {
      this.show(await firstValueFrom(this.api.discardTranslationDraft(this.articleId(), this.lang())));
      this.notice.set('editor.form.discarded');
    });
  }

  private async load(id: string, lang: TranslationLang): Promise<void> {
    this.current.set(null);
    this.notice.set(null);
    this.fieldErrors.set({});
    await this.run(async () => this.show(await firstValueFrom(this.api.editorTranslation(id, lang))));
  }

  private show(t: EditorTranslation): void {
    this.current.set(t);
    this.form.reset(t.text satisfies EditableArticleText);
  }

  private async run(work: () => Promise<void>): Promise<void> {
    this.busy.set(true);
    this.failure.set(null);
    try {
      await work();
    } catch (err) {
      const error = toApiError(err);
      if (error.fields) this.fieldErrors.set(Object.fromEntries(Object.keys(error.fields).map((f) => [f, 'editor.form.invalid'])));
      this.failure.set('editor.form.failed');
    } finally {
      this.busy.set(false);
    }
  }
}
