import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { LIBRARY_THEMES, SEARCH_QUERY_MAX_LENGTH, SearchHit, SearchResponse } from '@nabij/library/contracts';
import { MessageComponent, TranslatePipe, useTexts } from '@nabij/platform/portal';
import { of } from 'rxjs';
import { contentDir } from '../content-language/content-language-note.component';
import { contentLanguageTexts } from '../content-language/content-language.i18n';
import { LibraryApi } from '../library.api';
import { libraryTexts } from '../library.i18n';
import { loadOnChange } from '../load-state';
import { SearchBoxComponent } from '../ui/search-box.component';
import { SnippetComponent } from '../ui/snippet.component';

/**
 * `/bibliotheek/zoeken?q=…` (public): articles and FAQ answers with the matched words marked; when
 * nothing is found, the API's spelling suggestion as a link and the themes to browse instead.
 */
@Component({
  selector: 'nb-library-search-page',
  imports: [RouterLink, TranslatePipe, MessageComponent, SearchBoxComponent, SnippetComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrl: '../library.css',
  template: `
    <p><a routerLink="/bibliotheek">{{ 'library.theme.back' | t }}</a></p>
    <h1 tabindex="-1">{{ 'library.search.title' | t }}</h1>
    <nb-library-search-box [value]="query()" />
    <div aria-live="polite">
      @switch (state().status) {
        @case ('loading') {
          @if (query()) {
            <p>{{ 'library.search.busy' | t }}</p>
          }
        }
        @case ('error') {
          <nb-message kind="error">{{ 'library.loadError' | t }}</nb-message>
        }
        @case ('ok') {
          @if (result(); as r) {
            @if (r.hits.length) {
              <h2>{{ (r.hits.length === 1 ? 'library.search.countOne' : 'library.search.count') | t: { count: r.hits.length, query: r.query } }}</h2>
              <ul class="hit-list">
                @for (hit of r.hits; track hit.kind + hit.ref) {
                  <li>
                    <span class="kind"
                      >{{ 'library.search.kind.' + hit.kind | t }} · {{ 'library.themeName.' + hit.theme | t
                      }}@if (hit.shownIn !== i18n.lang()) {
                        · {{ 'contentLang.inDutch' | t }}
                      }</span
                    >
                    <a
                      [routerLink]="link(hit)"
                      [fragment]="hit.kind === 'faq' ? 'vraag-' + hit.ref : undefined"
                      [attr.lang]="hit.shownIn !== i18n.lang() ? hit.shownIn : null"
                      [attr.dir]="hit.shownIn !== i18n.lang() ? dir(hit.shownIn) : null"
                      >{{ hit.title }}</a
                    >
                    <p [attr.lang]="hit.shownIn !== i18n.lang() ? hit.shownIn : null" [attr.dir]="hit.shownIn !== i18n.lang() ? dir(hit.shownIn) : null">
                      <nb-snippet [text]="hit.snippet" />
                    </p>
                  </li>
                }
              </ul>
            } @else {
              <h2>{{ 'library.search.none' | t: { query: r.query } }}</h2>
              @if (r.suggestion) {
                <p>
                  {{ 'library.search.suggestion' | t }}
                  <a routerLink="/bibliotheek/zoeken" [queryParams]="{ q: r.suggestion }">{{ r.suggestion }}</a>?
                </p>
              }
              <p>{{ 'library.search.noneTips' | t }}</p>
              <ul class="theme-list">
                @for (theme of themes; track theme) {
                  <li>
                    <a [routerLink]="['/bibliotheek/thema', theme]">{{ 'library.themeName.' + theme | t }}</a>
                  </li>
                }
              </ul>
            }
          }
        }
      }
    </div>
  `,
})
export class SearchPage {
  protected readonly i18n = useTexts(libraryTexts);
  private readonly api = inject(LibraryApi);
  protected readonly themes = LIBRARY_THEMES;
  protected readonly dir = contentDir;
  private readonly contentTexts = useTexts(contentLanguageTexts);

  /** Query parameter ?q=. */
  readonly q = input<string | undefined>(undefined);
  protected readonly query = computed(() => (this.q() ?? '').trim().slice(0, SEARCH_QUERY_MAX_LENGTH));
  protected readonly state = loadOnChange(
    () => ({ lang: this.i18n.lang(), q: this.query() }),
    ({ lang, q }) => (q ? this.api.search(lang, q) : of<SearchResponse | null>(null)),
  );
  protected readonly result = computed(() => {
    const state = this.state();
    return state.status === 'ok' ? state.value : null;
  });

  protected link(hit: SearchHit): string[] {
    return hit.kind === 'article' ? ['/bibliotheek', hit.ref] : ['/vragen'];
  }
}
