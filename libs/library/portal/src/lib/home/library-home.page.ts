import { ChangeDetectionStrategy, Component } from '@angular/core';
import { RouterLink } from '@angular/router';
import { LIBRARY_THEMES } from '@nabij/library/contracts';
import { TranslatePipe, useTexts } from '@nabij/platform/portal';
import { libraryTexts } from '../library.i18n';
import { SearchBoxComponent } from '../ui/search-box.component';
import { UrgentNoteComponent } from '../ui/urgent-note.component';

/** `/bibliotheek` (public): search, the themes, the FAQ, and the way to real help. */
@Component({
  selector: 'nb-library-home-page',
  imports: [RouterLink, TranslatePipe, SearchBoxComponent, UrgentNoteComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrl: '../library.css',
  template: `
    <h1 tabindex="-1">{{ 'library.home.title' | t }}</h1>
    <p class="lead">{{ 'library.home.intro' | t }}</p>
    <nb-library-search-box />
    <h2>{{ 'library.home.themes' | t }}</h2>
    <ul class="theme-list">
      @for (theme of themes; track theme) {
        <li>
          <a [routerLink]="['/bibliotheek/thema', theme]">{{ 'library.themeName.' + theme | t }}</a>
          <p>{{ 'library.themeIntro.' + theme | t }}</p>
        </li>
      }
    </ul>
    <section class="card" aria-labelledby="self-tests-title">
      <h2 id="self-tests-title">{{ 'library.home.selfTestsTitle' | t }}</h2>
      <p>{{ 'library.home.selfTestsText' | t }}</p>
      <a class="button button--secondary" routerLink="/zelftesten">{{ 'library.home.selfTestsLink' | t }}</a>
    </section>
    <section class="card" aria-labelledby="faq-title">
      <h2 id="faq-title">{{ 'library.home.faqLink' | t }}</h2>
      <p>{{ 'library.home.faqText' | t }}</p>
      <a class="button button--secondary" routerLink="/vragen">{{ 'library.home.faqLink' | t }}</a>
    </section>
    <section class="card" aria-labelledby="help-title">
      <h2 id="help-title">{{ 'library.home.helpTitle' | t }}</h2>
      <p>{{ 'library.home.helpText' | t }}</p>
      <div class="button-row">
        <a class="button button--secondary" routerLink="/">{{ 'library.home.helpLink' | t }}</a>
        <a class="button button--secondary" routerLink="/vraag-stellen">{{ 'library.home.askLink' | t }}</a>
      </div>
    </section>
    <nb-urgent-note [violence]="true" />
  `,
})
export class LibraryHomePage {
  protected readonly i18n = useTexts(libraryTexts);
  protected readonly themes = LIBRARY_THEMES;
}
