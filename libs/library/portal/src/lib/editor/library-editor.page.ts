import { ChangeDetectionStrategy, Component, ElementRef, Injector, computed, inject, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import {
  ARTICLE_SLUG_PATTERN,
  EditorArticle,
  EditorArticleSummary,
  LIBRARY_AUDIENCES,
  LIBRARY_THEMES,
  LibraryAudience,
  LibraryTheme,
  MissedSearch,
  MostReadArticle,
  SaveArticle,
} from '@nabij/library/contracts';
import {
  FormControlDirective,
  FormFieldComponent,
  MessageComponent,
  PublishActionsComponent,
  TranslatePipe,
  focusAfterRender,
  focusFirstInvalid,
  formatAmsterdamDayTime,
  toApiError,
  useTexts,
} from '@nabij/platform/portal';
import { firstValueFrom } from 'rxjs';
import { LibraryApi } from '../library.api';
import { libraryTexts } from '../library.i18n';
import { ArticleTranslationEditorComponent } from './article-translation-editor.component';
import { editorTexts } from './editor.i18n';
import { FaqEditorComponent } from './faq-editor.component';
import { SelfTestEditorComponent } from './self-test-editor.component';

type Lang = 'nl' | 'en';
const text = () => new FormControl('', { nonNullable: true });
const langGroup = () => new FormGroup({ title: text(), summary: text(), body: text() });

/**
 * `/bibliotheek/beheer` (admins, workers with the editor right): the shared library's articles, drafts included; a form per article
 * in Dutch and English with a preview from the API's own renderer; publish and take offline; the
 * searches that found nothing; below them the FAQ and the self-tests, each with drafts beside what
 * is published.
 */
@Component({
  selector: 'nb-library-editor-page',
  imports: [
    ReactiveFormsModule,
    TranslatePipe,
    MessageComponent,
    FormFieldComponent,
    FormControlDirective,
    FaqEditorComponent,
    SelfTestEditorComponent,
    ArticleTranslationEditorComponent,
    PublishActionsComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrl: './library-editor.css',
  template: `
    <h1 tabindex="-1">{{ 'editor.title' | t }}</h1>
    <nb-message kind="success" [show]="!!notice()">{{ notice() ?? '' | t }}</nb-message>
    @if (loadFailure(); as key) {
      <nb-message kind="error" [show]="true">{{ key | t }}</nb-message>
    } @else if (editing() === null) {
      <p class="lead">{{ 'editor.intro' | t }}</p>
      <button type="button" class="button" (click)="startNew()">{{ 'editor.new' | t }}</button>
      <h2>{{ 'editor.articles' | t }}</h2>
      <ul class="editor-list">
        @for (a of articles(); track a.id) {
          <li>
            <span>
              <strong>{{ a.title }}</strong>
              <span class="kind"> · {{ 'library.themeName.' + a.theme | t }} · {{ 'editor.status.' + a.status | t }}@if (a.hasDraft) {
                  · {{ 'editor.status.changed' | t }}
                } · {{ dayTime(a.updatedAt) }}</span
              >
            </span>
            <button type="button" class="button button--quiet button--small" [attr.aria-label]="'editor.editLabel' | t: { title: a.title }" (click)="edit(a)">
              {{ 'editor.edit' | t }}
            </button>
          </li>
        }
      </ul>
      <h2>{{ 'editor.mostRead.title' | t }}</h2>
      <p>{{ 'editor.mostRead.intro' | t }}</p>
      @if (mostRead().length) {
        <table class="editor-table" id="most-read">
          <thead>
            <tr>
              <th scope="col">{{ 'editor.mostRead.article' | t }}</th>
              <th scope="col">{{ 'editor.form.theme' | t }}</th>
              <th scope="col">{{ 'editor.mostRead.reads' | t }}</th>
            </tr>
          </thead>
          <tbody>
            @for (m of mostRead(); track m.slug) {
              <tr>
                <td>{{ m.title }}</td>
                <td>{{ 'library.themeName.' + m.theme | t }}</td>
                <td>{{ m.reads }}</td>
              </tr>
            }
          </tbody>
        </table>
      } @else {
        <p>{{ 'editor.mostRead.empty' | t }}</p>
      }
      <h2>{{ 'editor.missed.title' | t }}</h2>
      <p>{{ 'editor.missed.intro' | t }}</p>
      @if (missed().length) {
        <table class="editor-table">
          <thead>
            <tr>
              <th scope="col">{{ 'editor.missed.query' | t }}</th>
              <th scope="col">{{ 'editor.missed.lang' | t }}</th>
              <th scope="col">{{ 'editor.missed.count' | t }}</th>
            </tr>
          </thead>
          <tbody>
            @for (m of missed(); track m.lang + m.query) {
              <tr>
                <td>{{ m.query }}</td>
                <td>{{ m.lang }}</td>
                <td>{{ m.count }}</td>
              </tr>
            }
          </tbody>
        </table>
      } @else {
        <p>{{ 'editor.missed.empty' | t }}</p>
      }
      <nb-faq-editor />
      <nb-self-test-editor />
    } @else {
      <h2 id="editor-form-title" tabindex="-1">{{ (editing() === 'new' ? 'editor.form.newTitle' : 'editor.form.editTitle') | t }}</h2>
      @if (current(); as a) {
        <p class="kind">{{ 'editor.status.' + a.status | t }}</p>
        @if (a.status === 'published') {
          <p id="editor-draft-note">{{ (a.hasDraft ? 'editor.form.draftWaiting' : 'editor.form.draftHow') | t }}</p>
        }
      }
      <form [formGroup]="form" (ngSubmit)="save()" novalidate>
        <nb-form-field fieldId="editor-slug" [label]="'editor.form.slug' | t" [hint]="'editor.form.slugHint' | t" [error]="errorOf('slug')">
          <input nbControl class="input" type="text" formControlName="slug" />
        </nb-form-field>
        <nb-form-field fieldId="editor-theme" [label]="'editor.form.theme' | t" [error]="errorOf('theme')">
          <select nbControl class="input" formControlName="theme">
            @for (theme of themes; track theme) {
              <option [value]="theme">{{ 'library.themeName.' + theme | t }}</option>
            }
          </select>
        </nb-form-field>
        <fieldset class="editor-audiences" [attr.aria-describedby]="errorOf('audiences') ? 'editor-audiences-error' : null">
          <legend>{{ 'editor.form.audiences' | t }}</legend>
          @for (audience of audienceList; track audience) {
            <label class="choice-inline">
              <input type="checkbox" [checked]="audiences().includes(audience)" (change)="toggleAudience(audience)" />
              {{ 'library.audience.' + audience | t }}
            </label>
          }
          @if (errorOf('audiences'); as e) {
            <p class="field-error" id="editor-audiences-error">{{ e }}</p>
          }
        </fieldset>
        @for (lang of langs; track lang) {
          <fieldset class="editor-lang" [formGroupName]="lang">
            <legend>{{ 'editor.form.' + lang | t }}</legend>
            <nb-form-field [fieldId]="'editor-' + lang + '-title'" [label]="'editor.form.titleField' | t: { lang }" [error]="errorOf(lang + '.title')">
              <input nbControl class="input" type="text" formControlName="title" />
            </nb-form-field>
            <nb-form-field [fieldId]="'editor-' + lang + '-summary'" [label]="'editor.form.summary' | t: { lang }" [error]="errorOf(lang + '.summary')">
              <textarea nbControl class="input" rows="2" formControlName="summary"></textarea>
            </nb-form-field>
            <nb-form-field
              [fieldId]="'editor-' + lang + '-body'"
              [label]="'editor.form.body' | t: { lang }"
              [hint]="'editor.form.bodyHint' | t"
              [error]="errorOf(lang + '.body')"
            >
              <textarea nbControl class="input editor-body" rows="14" formControlName="body"></textarea>
            </nb-form-field>
          </fieldset>
        }
        <div class="button-row">
          <button type="submit" class="button" [attr.aria-busy]="busy()">{{ 'editor.form.save' | t }}</button>
          <button type="button" class="button button--secondary" (click)="preview()">{{ 'editor.form.preview' | t }}</button>
          @if (current(); as a) {
            <nb-publish-actions [status]="a.status" [hasDraft]="a.hasDraft" (publish)="setPublished(a, $event)" (discard)="discard(a)" />
          }
          <button type="button" class="button button--quiet" (click)="close()">{{ 'editor.form.cancel' | t }}</button>
        </div>
      </form>
      <nb-message kind="error" [show]="!!failure()">{{ failure() ?? '' | t }}</nb-message>
      @if (current(); as a) {
        <nb-article-translation-editor [articleId]="a.id" />
      }
      @if (previewHtml(); as html) {
        <section class="card editor-preview" aria-labelledby="editor-preview-title" aria-live="polite">
          <h2 id="editor-preview-title">{{ 'editor.form.previewTitle' | t }}</h2>
          <div class="article-body" [innerHTML]="html"></div>
        </section>
      }
    }
  `,
})
export class LibraryEditorPage {
  protected readonly i18n = useTexts(editorTexts);
  private readonly api = inject(LibraryApi);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);
  protected readonly themes = LIBRARY_THEMES;
  protected readonly audienceList = LIBRARY_AUDIENCES;
  protected readonly langs: Lang[] = ['nl', 'en'];

  protected readonly articles = signal<EditorArticleSummary[]>([]);
  protected readonly missed = signal<MissedSearch[]>([]);
  protected readonly mostRead = signal<MostReadArticle[]>([]);
  protected readonly editing = signal<'new' | string | null>(null);
  protected readonly current = signal<EditorArticle | null>(null);
  protected readonly audiences = signal<LibraryAudience[]>(['adults']);
  protected readonly fieldErrors = signal<Record<string, string>>({});
  protected readonly failure = signal<string | null>(null);
  /** An i18n key when the list could not be had (no editor right: 403). */
  protected readonly loadFailure = signal<string | null>(null);
  protected readonly notice = signal<string | null>(null);
  protected readonly busy = signal(false);
  protected readonly previewHtml = signal<string | null>(null);
  protected readonly form = new FormGroup({
    slug: text(),
    theme: new FormControl<LibraryTheme>('money', { nonNullable: true }),
    nl: langGroup(),
    en: langGroup(),
  });
  protected readonly hasErrors = computed(() => Object.keys(this.fieldErrors()).length > 0);

  constructor() {
    useTexts(libraryTexts);
    void this.reload();
  }

  protected errorOf(field: string): string | null {
    const key = this.fieldErrors()[field];
    return key ? this.i18n.t(key) : null;
  }

  protected startNew(): void {
    this.open('new', null);
  }

  protected async edit(summary: EditorArticleSummary): Promise<void> {
    this.open(summary.id, await firstValueFrom(this.api.editorArticle(summary.id)));
  }

  protected toggleAudience(audience: LibraryAudience): void {
    this.audiences.update((list) => (list.includes(audience) ? list.filter((a) => a !== audience) : [...list, audience]));
  }

  protected async save(): Promise<void> {
    const input = this.input();
    const errors = localErrors(input);
    this.fieldErrors.set(errors);
    this.notice.set(null);
    if (Object.keys(errors).length) {
      focusFirstInvalid(this.host.nativeElement, this.injector);
      return;
    }
    await this.run(async () => {
      const id = this.editing();
      const saved = await firstValueFrom(id && id !== 'new' ? this.api.saveArticle(id, input) : this.api.createArticle(input));
      this.current.set(saved);
      this.editing.set(saved.id);
      this.notice.set(saved.hasDraft ? 'editor.form.savedDraft' : 'editor.form.saved');
    });
  }

  /** Throws the waiting changes away: the form shows the published text again. */
  protected async discard(article: EditorArticle): Promise<void> {
    await this.run(async () => {
      this.open(article.id, await firstValueFrom(this.api.discardArticleDraft(article.id)));
      this.notice.set('editor.form.discarded');
    });
  }

  protected async setPublished(article: EditorArticle, published: boolean): Promise<void> {
    await this.run(async () => {
      // Publishing may put waiting changes in place (a new address too): the form follows.
      const saved = await firstValueFrom(this.api.setArticlePublished(article.id, published));
      this.current.set(saved);
      this.form.controls.slug.setValue(saved.slug);
      this.notice.set(published ? 'editor.form.published' : 'editor.form.unpublished');
    });
  }

  protected async preview(): Promise<void> {
    await this.run(async () => {
      this.previewHtml.set((await firstValueFrom(this.api.previewMarkdown(this.form.controls.nl.controls.body.value))).html);
    });
  }

  protected close(): void {
    this.editing.set(null);
    this.notice.set(null);
    void this.reload();
    focusAfterRender(this.host.nativeElement, 'h1', this.injector);
  }

  protected dayTime(iso: string): string {
    return formatAmsterdamDayTime(iso, this.i18n.locale());
  }

  private open(id: 'new' | string, article: EditorArticle | null): void {
    this.current.set(article);
    this.editing.set(id);
    this.fieldErrors.set({});
    this.failure.set(null);
    this.notice.set(null);
    this.previewHtml.set(null);
    this.audiences.set(article?.audiences ?? ['adults']);
    this.form.reset({
      slug: article?.slug ?? '',
      theme: article?.theme ?? 'money',
      nl: article?.nl ?? { title: '', summary: '', body: '' },
      en: article?.en ?? { title: '', summary: '', body: '' },
    });
    focusAfterRender(this.host.nativeElement, '#editor-form-title', this.injector);
  }

  private input(): SaveArticle {
    const value = this.form.getRawValue();
    return { slug: value.slug.trim(), theme: value.theme, audiences: this.audiences(), nl: value.nl, en: value.en };
  }

  private async reload(): Promise<void> {
    try {
      this.articles.set(await firstValueFrom(this.api.editorArticles()));
      this.missed.set(await firstValueFrom(this.api.missedSearches()));
      this.mostRead.set(await firstValueFrom(this.api.mostRead()));
    } catch (err) {
      // A worker without the editor right (or whose right was taken back) is told whom to ask.
      this.loadFailure.set(toApiError(err).statusCode === 403 ? 'editor.forbidden' : 'library.loadError');
    }
  }

  private async run(work: () => Promise<void>): Promise<void> {
    this.busy.set(true);
    this.failure.set(null);
    try {
      await work();
    } catch (err) {
      const error = toApiError(err);
      if (error.statusCode === 409 && error.code === 'slug_taken') this.fieldErrors.set({ slug: 'editor.form.slugTaken' });
      else if (error.fields) this.fieldErrors.set(Object.fromEntries(Object.keys(error.fields).map((f) => [f, 'editor.form.invalid'])));
      this.failure.set('editor.form.failed');
      focusFirstInvalid(this.host.nativeElement, this.injector);
    } finally {
      this.busy.set(false);
    }
  }
}

function localErrors(input: SaveArticle): Record<string, string> {
  const errors: Record<string, string> = {};
  if (!ARTICLE_SLUG_PATTERN.test(input.slug)) errors['slug'] = input.slug ? 'editor.form.invalid' : 'editor.form.required';
  if (!input.audiences.length) errors['audiences'] = 'editor.form.required';
  for (const lang of ['nl', 'en'] as const)
    for (const key of ['title', 'summary', 'body'] as const)
      if (!input[lang][key].trim()) errors[`${lang}.${key}`] = 'editor.form.required';
  return errors;
}
