import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { ActivatedRoute, RouterLink } from '@angular/router';
import { LIBRARY_THEMES, FaqEntry } from '@nabij/library/contracts';
import { MessageComponent, TranslatePipe, useTexts } from '@nabij/platform/portal';
import { ContentLanguageNoteComponent, contentDir } from '../content-language/content-language-note.component';
import { LibraryApi } from '../library.api';
import { libraryTexts } from '../library.i18n';
import { loadOnChange } from '../load-state';
import { SearchBoxComponent } from '../ui/search-box.component';
import { UrgentNoteComponent } from '../ui/urgent-note.component';

/**
 * `/vragen` (public): the FAQ per theme as an accordion. Each question is a real button with
 * aria-expanded and aria-controls; `#vraag-<id>` (a search hit) opens that answer.
 */
@Component({
  selector: 'nb-library-faq-page',
  imports: [RouterLink, TranslatePipe, MessageComponent, SearchBoxComponent, UrgentNoteComponent, ContentLanguageNoteComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrl: '../library.css',
  template: `
    <p><a routerLink="/bibliotheek">{{ 'library.theme.back' | t }}</a></p>
    <h1 tabindex="-1">{{ 'library.faq.title' | t }}</h1>
    <p class="lead">{{ 'library.faq.intro' | t }}</p>
    @switch (state().status) {
      @case ('ok') {
        <!-- Every entry in Dutch: one note for the page. Only some: each of those says so itself. -->
        <nb-content-language-note kind="faq" [shownIn]="allDutch() ? 'nl' : i18n.lang()" [requested]="i18n.lang()" />
        @for (group of groups(); track group.theme) {
          <section [attr.aria-labelledby]="'faq-' + group.theme">
            <h2 [id]="'faq-' + group.theme">{{ 'library.themeName.' + group.theme | t }}</h2>
            @for (entry of group.entries; track entry.id) {
              <!-- An entry not translated into the reader's language is Dutch: lang="nl" for screen readers and read-aloud. -->
              <div
                class="faq-item"
                [id]="'vraag-' + entry.id"
                [attr.lang]="entry.shownIn !== i18n.lang() ? entry.shownIn : null"
                [attr.dir]="entry.shownIn !== i18n.lang() ? dir(entry.shownIn) : null"
              >
                <h3>
                  <button
                    type="button"
                    class="faq-question"
                    [id]="'vraag-knop-' + entry.id"
                    [attr.aria-expanded]="isOpen(entry.id)"
                    [attr.aria-controls]="'antwoord-' + entry.id"
                    (click)="toggle(entry.id)"
                  >
                    {{ entry.question }}
                    @if (entry.shownIn !== i18n.lang() && !allDutch()) {
                      <span class="kind" [attr.lang]="i18n.lang()" [attr.dir]="i18n.dir()">({{ 'contentLang.inDutch' | t }})</span>
                    }
                  </button>
                </h3>
                <!-- Rendered and sanitised by the API (Markdown without raw HTML), and by Angular's sanitiser again. -->
                <div class="faq-answer" [id]="'antwoord-' + entry.id" [hidden]="!isOpen(entry.id)" [innerHTML]="entry.html"></div>
              </div>
            }
          </section>
        }
      }
      @case ('error') {
        <nb-message kind="error">{{ 'library.loadError' | t }}</nb-message>
      }
    }
    <section class="card" aria-labelledby="faq-more">
      <h2 id="faq-more">{{ 'library.faq.notFoundTitle' | t }}</h2>
      <p>{{ 'library.faq.notFoundText' | t }}</p>
      <nb-library-search-box />
      <a routerLink="/">{{ 'library.home.helpLink' | t }}</a>
    </section>
    <nb-urgent-note [violence]="true" />
  `,
})
export class FaqPage {
  protected readonly i18n = useTexts(libraryTexts);
  private readonly api = inject(LibraryApi);
  private readonly fragment = inject(ActivatedRoute).snapshot.fragment;
  private readonly open = signal<ReadonlySet<string>>(
    new Set(this.fragment?.startsWith('vraag-') ? [this.fragment.slice('vraag-'.length)] : []),
  );

  /** In the reader's language: entries without a translation into it come in Dutch (shownIn), each marked. */
  protected readonly state = loadOnChange(
    () => this.i18n.lang(),
    (lang) => this.api.faq(lang),
  );
  protected readonly dir = contentDir;
  protected readonly allDutch = computed(() => {
    const state = this.state();
    return state.status === 'ok' && state.value.length > 0 && state.value.every((e) => e.shownIn !== this.i18n.lang());
  });
  protected readonly groups = computed(() => {
    const state = this.state();
    const entries: FaqEntry[] = state.status === 'ok' ? state.value : [];
    return LIBRARY_THEMES.map((theme) => ({ theme, entries: entries.filter((e) => e.theme === theme) })).filter((g) => g.entries.length);
  });

  protected isOpen(id: string): boolean {
    return this.open().has(id);
  }

  protected toggle(id: string): void {
    this.open.update((open) => {
      const next = new Set(open);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  }
}
