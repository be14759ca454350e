import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { RouterLink } from '@angular/router';
import { AuthStore, MessageComponent, TranslatePipe, useTexts } from '@nabij/platform/portal';
import { ContentLangDirective } from '../content-language/content-lang.directive';
import { contentLanguageTexts } from '../content-language/content-language.i18n';
import { LibraryApi } from '../library.api';
import { libraryTexts } from '../library.i18n';
import { loadOnChange } from '../load-state';
import { selfTestTexts } from './self-test.i18n';

/** `/zelftesten` (public): the self-tests to choose from; one not in the reader's language yet says it is in Dutch. */
@Component({
  selector: 'nb-self-tests-page',
  imports: [RouterLink, TranslatePipe, MessageComponent, ContentLangDirective],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrl: './self-test.css',
  template: `
    <p><a routerLink="/bibliotheek">{{ 'library.theme.back' | t }}</a></p>
    <h1 tabindex="-1">{{ 'selfTest.list.title' | t }}</h1>
    <p class="lead">{{ 'selfTest.list.intro' | t }}</p>
    <p>{{ 'selfTest.privacy' | t }}</p>
    @switch (state().status) {
      @case ('ok') {
        <ul class="test-list">
          @for (test of tests(); track test.slug) {
            <li>
              <a [routerLink]="['/zelftesten', test.slug]" [nbContentLang]="test.shownIn">{{
                test.title
              }}</a>
              @if (test.shownIn !== test.requested) {
                <span class="kind">({{ 'contentLang.inDutch' | t }})</span>
              }
              <p [nbContentLang]="test.shownIn">{{ test.intro }}</p>
              <p class="kind">{{ 'selfTest.list.questions' | t: { count: test.questionCount } }}</p>
            </li>
          }
        </ul>
      }
      @case ('error') {
        <nb-message kind="error">{{ 'library.loadError' | t }}</nb-message>
      }
    }
    @if (isClient()) {
      <p><a routerLink="/mijn-zelftesten">{{ 'selfTest.list.mine' | t }}</a></p>
    }
  `,
})
export class SelfTestsPage {
  protected readonly i18n = useTexts(selfTestTexts);
  private readonly api = inject(LibraryApi);
  private readonly auth = inject(AuthStore);
  protected readonly isClient = computed(() => this.auth.role() === 'client');
  protected readonly state = loadOnChange(
    () => this.i18n.lang(),
    (lang) => this.api.selfTests(lang),
  );
  protected readonly tests = computed(() => {
    const state = this.state();
    return state.status === 'ok' ? state.value : [];
  });

  constructor() {
    useTexts(libraryTexts);
    useTexts(contentLanguageTexts);
  }
}
