import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { MessageComponent, ReadAloudComponent, TranslatePipe, useTexts } from '@nabij/platform/portal';
import { ContentLanguageNoteComponent, contentDir } from '../content-language/content-language-note.component';
import { LibraryApi } from '../library.api';
import { libraryTexts } from '../library.i18n';
import { loadOnChange } from '../load-state';
import { SaveToShelfComponent } from '../shelf/save-to-shelf.component';
import { UrgentNoteComponent } from '../ui/urgent-note.component';

/**
 * `/bibliotheek/:slug` (public): one article, in the reader's language or in Dutch with a note (the
 * article then carries lang="nl" and dir="ltr", also on an Arabic page). Its HTML comes from the API's Markdown renderer (no raw
 * HTML passes it) and is bound through Angular's sanitiser as well.
 */
@Component({
  selector: 'nb-library-article-page',
  imports: [
    RouterLink,
    TranslatePipe,
    MessageComponent,
    UrgentNoteComponent,
    SaveToShelfComponent,
    ReadAloudComponent,
    ContentLanguageNoteComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrl: '../library.css',
  template: `
    @switch (state().status) {
      @case ('ok') {
        @if (article(); as a) {
          <p>
            <a [routerLink]="['/bibliotheek/thema', a.theme]">{{ 'library.article.backTo' | t: { theme: ('library.themeName.' + a.theme | t) } }}</a>
          </p>
          <nb-content-language-note [shownIn]="a.shownIn" [requested]="a.requested" />
          <article #articleText [attr.lang]="a.shownIn" [attr.dir]="dir(a.shownIn)">
            <h1 tabindex="-1">{{ a.title }}</h1>
            <nb-read-aloud [target]="articleText" />
            <p class="lead">{{ a.summary }}</p>
            <p class="kind">{{ 'library.article.for' | t: { audiences: audienceNames() } }}</p>
            <div class="article-body" [innerHTML]="a.html"></div>
          </article>
          <nb-save-to-shelf [slug]="a.slug" />
          <section class="card" aria-labelledby="help-title">
            <h2 id="help-title">{{ 'library.article.helpTitle' | t }}</h2>
            <p>{{ 'library.article.helpText' | t }}</p>
            <a class="button button--secondary" routerLink="/">{{ 'library.home.helpLink' | t }}</a>
          </section>
          <nb-urgent-note [violence]="a.theme === 'violence'" />
        }
      }
      @case ('error') {
        <h1 tabindex="-1">{{ 'library.home.title' | t }}</h1>
        <nb-message kind="error">{{ (notFound() ? 'library.article.notFound' : 'library.loadError') | t }}</nb-message>
        <p><a routerLink="/bibliotheek">{{ 'library.theme.back' | t }}</a></p>
      }
    }
  `,
})
export class ArticlePage {
  protected readonly i18n = useTexts(libraryTexts);
  private readonly api = inject(LibraryApi);

  readonly slug = input('');
  protected readonly state = loadOnChange(
    // The reader's own language (issue 17): the API answers in Dutch, flagged, when there is no translation.
    () => ({ lang: this.i18n.lang(), slug: this.slug() }),
    ({ lang, slug }) => this.api.article(lang, slug),
  );
  protected readonly article = computed(() => {
    const state = this.state();
    return state.status === 'ok' ? state.value : null;
  });
  protected readonly notFound = computed(() => {
    const state = this.state();
    return state.status === 'error' && state.statusCode === 404;
  });
  protected readonly dir = contentDir;
  protected readonly audienceNames = computed(() =>
    (this.article()?.audiences ?? []).map((a) => this.i18n.t(`library.audience.${a}`)).join(', '),
  );
}
