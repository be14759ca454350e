import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { LIBRARY_AUDIENCES, LIBRARY_THEMES, LibraryAudience, LibraryTheme } from '@nabij/library/contracts';
import { MessageComponent, TranslatePipe, useTexts } from '@nabij/platform/portal';
import { of } from 'rxjs';
import { contentDir } from '../content-language/content-language-note.component';
import { contentLanguageTexts } from '../content-language/content-language.i18n';
import { LibraryApi } from '../library.api';
import { libraryTexts } from '../library.i18n';
import { loadOnChange } from '../load-state';
import { UrgentNoteComponent } from '../ui/urgent-note.component';

/** `/bibliotheek/thema/:theme?voor=…` (public): the articles of one theme, per target group. */
@Component({
  selector: 'nb-library-theme-page',
  imports: [RouterLink, TranslatePipe, MessageComponent, UrgentNoteComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrl: '../library.css',
  template: `
    <p><a routerLink="/bibliotheek">{{ 'library.theme.back' | t }}</a></p>
    @if (known(); as theme) {
      <h1 tabindex="-1">{{ 'library.themeName.' + theme | t }}</h1>
      <p class="lead">{{ 'library.themeIntro.' + theme | t }}</p>
      @if (theme === 'violence') {
        <nb-urgent-note [violence]="true" />
      }
      <nav class="filters" [attr.aria-label]="'library.theme.audience' | t">
        <a [routerLink]="[]" [queryParams]="{ voor: null }" [attr.aria-current]="!audience() ? 'true' : null">{{ 'library.theme.audience.all' | t }}</a>
        @for (a of audiences; track a) {
          <a [routerLink]="[]" [queryParams]="{ voor: a }" [attr.aria-current]="audience() === a ? 'true' : null">{{ 'library.audience.' + a | t }}</a>
        }
      </nav>
      @switch (articles().status) {
        @case ('ok') {
          @if (list().length) {
            <ul class="article-list">
              @for (article of list(); track article.slug) {
                <li [attr.lang]="article.shownIn !== i18n.lang() ? article.shownIn : null" [attr.dir]="article.shownIn !== i18n.lang() ? dir(article.shownIn) : null">
                  <a [routerLink]="['/bibliotheek', article.slug]">{{ article.title }}</a>
                  @if (article.shownIn !== i18n.lang()) {
                    <span class="kind" [attr.lang]="i18n.lang()" [attr.dir]="i18n.dir()">{{ 'contentLang.inDutch' | t }}</span>
                  }
                  <p>{{ article.summary }}</p>
                </li>
              }
            </ul>
          } @else {
            <p>{{ 'library.theme.empty' | t }}</p>
          }
        }
        @case ('error') {
          <nb-message kind="error">{{ 'library.loadError' | t }}</nb-message>
        }
      }
      <p><a routerLink="/vragen">{{ 'library.home.faqLink' | t }}</a></p>
    } @else {
      <h1 tabindex="-1">{{ 'library.home.title' | t }}</h1>
      <nb-message kind="error">{{ 'library.article.notFound' | t }}</nb-message>
    }
  `,
})
export class ThemePage {
  protected readonly i18n = useTexts(libraryTexts);
  private readonly contentTexts = useTexts(contentLanguageTexts);
  private readonly api = inject(LibraryApi);
  protected readonly audiences = LIBRARY_AUDIENCES;
  protected readonly dir = contentDir;

  readonly theme = input('');
  /** Query parameter ?voor= (the target group). */
  readonly voor = input<string | undefined>(undefined);

  protected readonly known = computed(() =>
    (LIBRARY_THEMES as readonly string[]).includes(this.theme()) ? (this.theme() as LibraryTheme) : null,
  );
  protected readonly audience = computed(() =>
    (LIBRARY_AUDIENCES as readonly string[]).includes(this.voor() ?? '') ? (this.voor() as LibraryAudience) : null,
  );
  protected readonly articles = loadOnChange(
    () => ({ lang: this.i18n.lang(), theme: this.known(), audience: this.audience() }),
    ({ lang, theme, audience }) => (theme ? this.api.articles(lang, theme, audience ?? undefined) : of([])),
  );
  protected readonly list = computed(() => {
    const state = this.articles();
    return state.status === 'ok' ? state.value : [];
  });
}
