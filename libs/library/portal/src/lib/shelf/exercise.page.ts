import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { AuthStore, MessageComponent, TranslatePipe, useTexts } from '@nabij/platform/portal';
import { LibraryApi } from '../library.api';
import { libraryTexts } from '../library.i18n';
import { loadOnChange } from '../load-state';
import { shelfTexts } from './shelf.i18n';

/**
 * `/oefeningen/:slug` (public): a printable exercise such as the energiemeter. The HTML comes from the
 * API's Markdown renderer; "Printen" prints only the sheet (the print style hides the menu).
 */
@Component({
  selector: 'nb-exercise-page',
  imports: [RouterLink, TranslatePipe, MessageComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrls: ['../library.css', './shelf.css'],
  template: `
    @if (auth.role() === 'client') {
      <p class="no-print"><a routerLink="/mijn-bibliotheek">{{ 'exercise.back' | t }}</a></p>
    }
    @switch (state().status) {
      @case ('ok') {
        @if (exercise(); as e) {
          <article class="exercise">
            <h1 tabindex="-1">{{ e.title }}</h1>
            <p class="lead">{{ e.summary }}</p>
            <p class="no-print">{{ 'exercise.printHint' | t }}</p>
            <button type="button" class="button no-print" (click)="print()">{{ 'exercise.print' | t }}</button>
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
    () => ({ lang: this.i18n.dutchOrEnglish(), slug: this.slug() }),
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

  constructor() {
    useTexts(libraryTexts);
  }

  protected print(): void {
    window.print();
  }
}
