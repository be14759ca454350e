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
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { TRANSLATION_LANGS } from '@nabij/library/contracts';
import type { EditorFaqTranslation, TranslationLang } from '@nabij/library/contracts';
import {
  FormControlDirective,
  FormFieldComponent,
  MessageComponent,
  TranslatePipe,
  focusFirstInvalid,
  toApiError,
  useTexts,
} from '@nabij/platform/portal';
import { firstValueFrom } from 'rxjs';
import { LibraryApi } from '../library.api';
import { contentEditorTexts } from './content-editor.i18n';
import { editorTexts } from './editor.i18n';

const text = () => new FormControl('', { nonNullable: true });

/**
 * Issue 17: an FAQ entry's translation into Arabic, Turkish or Polish, below the Dutch and English
 * form. A language select and the question and answer (right to left for Arabic, `dir="auto"`
 * otherwise). A translation has no draft of its own: it is read as soon as it is saved, whenever the
 * entry is published; deleting it gives readers the Dutch entry again.
 */
@Component({
  selector: 'nb-faq-translation-editor',
  imports: [ReactiveFormsModule, TranslatePipe, MessageComponent, FormFieldComponent, FormControlDirective],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrl: './library-editor.css',
  template: `
    <section class="card editor-translation" aria-labelledby="faq-translation-title">
      <h3 id="faq-translation-title">{{ 'editor.translation.title' | t }}</h3>
      <p>{{ 'cedit.faqTranslation.intro' | t }}</p>
      <nb-form-field fieldId="faq-translation-lang" [label]="'editor.translation.lang' | t">
        <select nbControl class="input" [value]="lang()" (change)="choose($any($event.target).value)">
          @for (l of langs; track l) {
            <option [value]="l">{{ 'editor.translation.lang.' + l | t }}</option>
          }
        </select>
      </nb-form-field>
      @if (loaded()) {
        <p class="kind" id="faq-translation-status" aria-live="polite">
          {{ (current() ? 'cedit.faqTranslation.present' : 'editor.translation.none') | t }}
        </p>
        <form [formGroup]="form" (ngSubmit)="save()" novalidate [attr.lang]="lang()" [attr.dir]="dir()">
          <nb-form-field fieldId="faq-translation-question" [label]="'cedit.faqTranslation.question' | t" [error]="errorOf('question')">
            <input nbControl class="input" type="text" formControlName="question" [attr.dir]="dir()" />
          </nb-form-field>
          <nb-form-field
            fieldId="faq-translation-answer"
            [label]="'cedit.faqTranslation.answer' | t"
            [hint]="'editor.form.bodyHint' | t"
            [error]="errorOf('answer')"
          >
            <textarea nbControl class="input" rows="6" formControlName="answer" [attr.dir]="dir()"></textarea>
          </nb-form-field>
          <div class="button-row" [attr.dir]="null">
            <button type="submit" class="button" [attr.aria-busy]="busy()">{{ 'editor.form.save' | t }}</button>
            @if (current()) {
              <button type="button" class="button button--secondary" (click)="remove()">{{ 'cedit.faqTranslation.delete' | t }}</button>
            }
          </div>
        </form>
      }
      <nb-message kind="success" [show]="!!notice()">{{ notice() ?? '' | t }}</nb-message>
      <nb-message kind="error" [show]="!!failure()">{{ failure() ?? '' | t }}</nb-message>
    </section>
  `,
})
export class FaqTranslationEditorComponent {
  protected readonly i18n = useTexts(contentEditorTexts);
  private readonly api = inject(LibraryApi);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);
  protected readonly langs = TRANSLATION_LANGS;

  readonly faqId = input.required<string>();
  protected readonly lang = signal<TranslationLang>('ar');
  private readonly translations = signal<EditorFaqTranslation[] | null>(null);
  protected readonly loaded = computed(() => this.translations() !== null);
  protected readonly current = computed(() => this.translations()?.find((t) => t.lang === this.lang()) ?? null);
  protected readonly fieldErrors = signal<Record<string, string>>({});
  protected readonly notice = signal<string | null>(null);
  protected readonly failure = signal<string | null>(null);
  protected readonly busy = signal(false);
  protected readonly form = new FormGroup({ question: text(), answer: text() });

  constructor() {
    useTexts(editorTexts);
    effect(() => {
      const id = this.faqId();
      untracked(() => void this.load(id));
    });
  }

  protected dir(): 'rtl' | 'auto' {
    return this.lang() === 'ar' ? 'rtl' : 'auto';
  }

  protected choose(lang: string): void {
    if (!(TRANSLATION_LANGS as readonly string[]).includes(lang)) return;
    this.lang.set(lang as TranslationLang);
    this.notice.set(null);
    this.fieldErrors.set({});
    this.fill();
  }

  protected errorOf(field: string): string | null {
    const key = this.fieldErrors()[field];
    return key ? this.i18n.t(key) : null;
  }

  protected async save(): Promise<void> {
    const value = this.form.getRawValue();
    const errors: Record<string, string> = {};
    for (const key of ['question', 'answer'] as const) if (!value[key].trim()) errors[key] = 'editor.form.required';
    this.fieldErrors.set(errors);
    this.notice.set(null);
    if (Object.keys(errors).length) {
      focusFirstInvalid(this.host.nativeElement, this.injector);
      return;
    }
    await this.run(async () => {
      const saved = await firstValueFrom(this.api.saveFaqTranslation(this.faqId(), this.lang(), value));
      this.translations.update((list) => [...(list ?? []).filter((t) => t.lang !== saved.lang), saved]);
      this.notice.set('cedit.faqTranslation.saved');
    });
  }

  protected async remove(): Promise<void> {
    const lang = this.lang();
    await this.run(async () => {
      await firstValueFrom(this.api.deleteFaqTranslation(this.faqId(), lang));
      this.translations.update((list) => (list ?? []).filter((t) => t.lang !== lang));
      this.fill();
      this.notice.set('cedit.faqTranslation.deleted');
    });
  }

  private async load(id: string): Promise<void> {
    this.translations.set(null);
    await this.run(async () => {
      this.translations.set(await firstValueFrom(this.api.faqTranslations(id)));
      this.fill();
    });
  }

  private fill(): void {
    const t = this.current();
    this.form.reset({ question: t?.question ?? '', answer: t?.answer ?? '' });
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
      focusFirstInvalid(this.host.nativeElement, this.injector);
    } finally {
      this.busy.set(false);
    }
  }
}
