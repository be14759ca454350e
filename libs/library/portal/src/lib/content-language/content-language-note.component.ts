import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import type { ContentLang } from '@nabij/library/contracts';
import { TranslatePipe, useTexts } from '@nabij/platform/portal';
import { contentLanguageTexts } from './content-language.i18n';

/**
 * Issue 17: the note above content shown in Dutch because it has no published translation into the
 * reader's language ("Dit artikel is er nog niet in het Arabisch…"): an article, the FAQ, a self-test or an exercise. Nothing when the content is in
 * the language asked for. A role="note" so screen readers announce it as an aside to the article.
 */
const NOTE_KEYS = {
  article: 'contentLang.articleNote',
  faq: 'contentLang.faqNote',
  selfTest: 'contentLang.selfTestNote',
  exercise: 'contentLang.exerciseNote',
} as const;

@Component({
  selector: 'nb-content-language-note',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (fallback()) {
      <p class="content-language-note" role="note">{{ textKey() | t }}</p>
    }
  `,
  styles: `
    .content-language-note {
      background: var(--accent-soft);
      border-inline-start: 4px solid var(--accent, currentColor);
      border-radius: var(--radius);
      padding-block: 0.5rem;
      padding-inline: 0.75rem;
      margin-block: 0 1rem;
    }
  `,
})
export class ContentLanguageNoteComponent {
  protected readonly i18n = useTexts(contentLanguageTexts);
  readonly shownIn = input.required<ContentLang>();
  readonly requested = input.required<ContentLang>();
  readonly kind = input<'article' | 'faq' | 'selfTest' | 'exercise'>('article');

  protected readonly fallback = computed(() => this.shownIn() !== this.requested());
  protected readonly textKey = computed(() => NOTE_KEYS[this.kind()]);
}

/** `dir` for a piece of content in `lang`, which may differ from the page's (Dutch text on an Arabic page). */
export function contentDir(lang: ContentLang): 'rtl' | 'ltr' {
  return lang === 'ar' ? 'rtl' : 'ltr';
}
