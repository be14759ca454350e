import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { AuthStore, MessageComponent, TranslatePipe, useTexts } from '@nabij/platform/portal';
import { ContentLanguageNoteComponent, contentDir } from '../content-language/content-language-note.component';
import { LibraryApi } from '../library.api';
import { libraryTexts } from '../library.i18n';
import { loadOnChange } from '../load-state';
import { shelfTexts } from './shelf.i18n';

/**
 * `/oefeningen/:slug` (public): a printable exercise such as the energiemeter. The HTML comes from the
 * API's Markdown renderer; "Printen" prints only the sheet (the print style hides the menu). In the
 * reader's language (issue 17), or in Dutch with a note: the sheet then carries lang="nl" and dir="ltr".
 */
@Component({
  selector: 'nb-exercise-page',
  imports: [RouterLink, TranslatePipe, MessageComponent, ContentLanguageNoteComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrls: ['../library.css', './shelf.css'],
  template: `
    @if (auth.role() === 'client') {
      <p class="no-print"><a routerLink="/mijn-bibliotheek">{{ 'exercise.back' | t }}</a></p>
    }
    @switch (state().status) {
      @case ('ok') {
        @if (exercise(); as e) {
          <div class="no-print"><nb-content-language-note kind="exercise" [shownIn]="e.shownIn" [requested]="e.requested" /></div>
          <article class="exercise" [attr.lang]="e.shownIn" [attr.dir]="dir(e.shownIn)">
            <h1 tabindex="-1">{{ e.title }}</h1>
            <p class="lead">{{ e.summary }}</p>
            <p class="no-print" [attr.lang]="i18n.lang()" [attr.dir]="i18n.dir()">{{ 'exercise.printHint' | t }}</p>
            <button type="button" class="button no-print" [attr.lang]="i18n.lang()" [attr.dir]="i18n.dir()" (click)="print()">{{ 'exercise.print' | t }}</button>
            <div class="article-body exercise-body" [innerHTML]="e.html"></div>
          </article>
        }
      }
      @case ('error') {
        <h1 tabindex="-1">{{ 'shelf.title' | t }}</h1>
        <nb-message kind="error">{{ (notFound() ? 'exercise.notFound' : 'library.loadError') | t }}</nb-message>
      }
    }
  `,
})
export class ExercisePage {
  protected readonly i18n = useTexts(shelfTexts);
  protected readonly auth = inject(AuthStore);
  private readonly api = inject(LibraryApi);
  readonly slug = input('');

  protected readonly state = loadOnChange(
    // The reader's own language (issue 17): the API answers in Dutch, flagged, when there is no translation.
    () => ({ lang: this.i18n.lang(), slug: this.slug() }),
    ({ lang, slug }) => this.api.exercise(lang, slug),
  );
  protected readonly exercise = computed(() => {
    const state = this.state();
    return state.status === 'ok' ? state.value : null;
  });
  protected readonly notFound = computed(() => {
    const state = this.state();
    return state.status === 'error' && state.statusCode === 404;
  });

  protected readonly dir = contentDir;

  constructor() {
    useTexts(libraryTexts);
  }

  protected print(): void {
    window.print();
  }
}
