import { Directive, computed, inject, input } from '@angular/core';
import type { ContentLang } from '@nabij/library/contracts';
import { I18n } from '@nabij/platform/portal';
import { contentDir } from './content-language-note.component';

/**
 * `[nbContentLang]="shownIn"` on an element with content in `shownIn`: when that is not the page's
 * language (a Dutch self-test on an Arabic page, issue 17), the element gets its own `lang` and
 * `dir`, so screen readers pronounce it rightly and the text runs the right way.
 */
@Directive({
  selector: '[nbContentLang]',
  host: { '[attr.lang]': 'lang()', '[attr.dir]': 'dir()' },
})
export class ContentLangDirective {
  private readonly i18n = inject(I18n);
  readonly nbContentLang = input.required<ContentLang>();

  protected readonly lang = computed(() => (this.nbContentLang() !== this.i18n.lang() ? this.nbContentLang() : null));
  protected readonly dir = computed(() => {
    const lang = this.lang();
    return lang ? contentDir(lang) : null;
  });
}
