import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import type { ContentLang, ShelfItem } from '@nabij/library/contracts';
import { FileDownloader, MessageComponent, TranslatePipe, formatAmsterdamDate, useTexts } from '@nabij/platform/portal';
import { firstValueFrom } from 'rxjs';
import { contentDir } from '../content-language/content-language-note.component';
import { contentLanguageTexts } from '../content-language/content-language.i18n';
import { LibraryApi } from '../library.api';
import { loadOnChange } from '../load-state';
import { shelfTexts } from './shelf.i18n';

/**
 * `/mijn-bibliotheek` (client): what the worker shared (with their note) and the articles the client
 * saved, newest first. New items say so; "Gelezen" marks one read (opening one does too). One big
 * link or button per item, each at least 44 px.
 */
@Component({
  selector: 'nb-my-library-page',
  imports: [RouterLink, TranslatePipe, MessageComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrl: './shelf.css',
  template: `
    <h1 tabindex="-1">{{ 'shelf.title' | t }}</h1>
    <p class="lead">{{ 'shelf.intro' | t }}</p>
    <nb-message kind="success" [show]="!!notice()">{{ notice() ?? '' }}</nb-message>
    @switch (state().status) {
      @case ('ok') {
        @if (items().length) {
          <ul class="shelf-list">
            @for (item of items(); track item.id) {
              <li class="shelf-item" [class.shelf-item--new]="!isRead(item)">
                <p class="shelf-kind">
                  {{ 'shelf.kind.' + item.kind | t }}
                  @if (!isRead(item)) {
                    <span class="badge">{{ 'shelf.new' | t }}</span>
                  }
                  @if (otherLang(item)) {
                    <span>· {{ 'contentLang.inDutch' | t }}</span>
                  }
                </p>
                <h2 class="shelf-title" [attr.lang]="otherLang(item)" [attr.dir]="otherLang(item) ? dir(otherLang(item)!) : null">{{ item.title }}</h2>
                <p class="shelf-from">{{ from(item) }}</p>
                @if (item.note) {
                  <p class="shelf-note"><strong>{{ 'shelf.note' | t }}</strong> {{ item.note }}</p>
                }
                <div class="button-row">
                  @if (item.kind === 'document') {
                    <button type="button" class="button" [attr.aria-label]="'shelf.downloadNamed' | t: { title: item.title }" (click)="download(item)">
                      {{ 'shelf.download' | t }}
                    </button>
                  } @else {
                    <a class="button" [routerLink]="linkOf(item)" [attr.aria-label]="'shelf.openNamed' | t: { title: item.title }" (click)="markRead(item, false)">
                      {{ 'shelf.open' | t }}
                    </a>
                  }
                  @if (!isRead(item)) {
                    <button type="button" class="button button--secondary" [attr.aria-label]="'shelf.markReadNamed' | t: { title: item.title }" (click)="markRead(item, true)">
                      {{ 'shelf.markRead' | t }}
                    </button>
                  }
                </div>
              </li>
            }
          </ul>
        } @else {
          <p>{{ 'shelf.empty' | t }}</p>
        }
        <p><a routerLink="/bibliotheek">{{ 'shelf.browse' | t }}</a></p>
      }
      @case ('error') {
        <nb-message kind="error">{{ 'shelf.loadError' | t }}</nb-message>
      }
    }
  `,
})
export class MyLibraryPage {
  protected readonly i18n = useTexts(shelfTexts);
  private readonly api = inject(LibraryApi);
  private readonly files = inject(FileDownloader);

  protected readonly state = loadOnChange(
    // Titles in the client's language (issue 17); an item not translated into it comes in Dutch, flagged.
    () => this.i18n.lang(),
    (lang) => this.api.myShelf(lang),
  );
  protected readonly items = computed(() => {
    const state = this.state();
    return state.status === 'ok' ? state.value : [];
  });
  /** Marked read on this page, before the list is loaded again. */
  private readonly readHere = signal<ReadonlySet<string>>(new Set());
  protected readonly notice = signal<string | null>(null);

  protected readonly dir = contentDir;

  constructor() {
    useTexts(contentLanguageTexts);
  }

  /** The language of an article's or exercise's title when it is not the page's (Dutch on a Polish page), else null. */
  protected otherLang(item: ShelfItem): ContentLang | null {
    return item.titleLang && item.titleLang !== this.i18n.lang() ? item.titleLang : null;
  }

  protected isRead(item: ShelfItem): boolean {
    return !!item.readAt || this.readHere().has(item.id);
  }

  protected from(item: ShelfItem): string {
    const date = formatAmsterdamDate(item.sharedAt, this.i18n.locale());
    if (item.sharedBy) return this.i18n.t('shelf.sharedBy', { name: item.sharedBy, date });
    return this.i18n.t(item.savedByClient ? 'shelf.savedByYou' : 'shelf.sharedByWorker', { date });
  }

  protected linkOf(item: ShelfItem): string[] {
    return item.kind === 'article' ? ['/bibliotheek', item.ref] : ['/oefeningen', item.ref];
  }

  protected async download(item: ShelfItem): Promise<void> {
    await this.files.save(
      `/dossier/cases/${encodeURIComponent(item.caseId ?? '')}/documents/${encodeURIComponent(item.ref)}/content`,
      item.title,
    );
    await this.markRead(item, false);
  }

  /** `say`: tell the screen reader (the button press); opening an item marks it quietly. */
  protected async markRead(item: ShelfItem, say: boolean): Promise<void> {
    if (this.isRead(item)) return;
    this.readHere.update((ids) => new Set([...ids, item.id]));
    try {
      await firstValueFrom(this.api.markShelfItemRead(item.id));
      if (say) this.notice.set(this.i18n.t('shelf.markedRead', { title: item.title }));
    } catch {
      this.readHere.update((ids) => new Set([...ids].filter((id) => id !== item.id)));
    }
  }
}
