import { ChangeDetectionStrategy, Component, ElementRef, Injector, effect, inject, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import type { KeptSelfTestResult } from '@nabij/library/contracts';
import { MessageComponent, TranslatePipe, focusAfterRender, formatAmsterdamDate, useTexts } from '@nabij/platform/portal';
import { firstValueFrom } from 'rxjs';
import { ContentLangDirective } from '../content-language/content-lang.directive';
import { contentLanguageTexts } from '../content-language/content-language.i18n';
import { LibraryApi } from '../library.api';
import { libraryTexts } from '../library.i18n';
import { loadOnChange } from '../load-state';
import { selfTestTexts } from './self-test.i18n';

/**
 * `/mijn-zelftesten` (client): the results the client chose to keep, each to delete; each reads in the
 * client's language when the version they answered has it, else in Dutch, which it says (issue 17).
 */
@Component({
  selector: 'nb-my-self-tests-page',
  imports: [RouterLink, TranslatePipe, MessageComponent, ContentLangDirective],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrl: './self-test.css',
  template: `
    <h1 tabindex="-1">{{ 'selfTest.mine.title' | t }}</h1>
    <p class="lead">{{ 'selfTest.mine.intro' | t }}</p>
    <nb-message kind="success" [show]="deleted()">{{ 'selfTest.mine.deleted' | t }}</nb-message>
    <nb-message kind="error" [show]="deleteFailed()">{{ 'selfTest.mine.deleteError' | t }}</nb-message>
    @switch (state().status) {
      @case ('ok') {
        @if (results().length) {
          <ul class="kept-list">
            @for (result of results(); track result.id) {
              <li>
                <div>
                  <h2 [nbContentLang]="result.shownIn">{{ result.title }}</h2>
                  @if (result.shownIn !== i18n.lang()) {
                    <p class="kind">{{ 'contentLang.inDutch' | t }}</p>
                  }
                  <p>
                    <span [nbContentLang]="result.shownIn">{{ result.band.title }}</span>
                    ({{ 'selfTest.result.score' | t: { score: result.score, max: result.maxScore } }})
                  </p>
                  <p class="kind">{{ 'selfTest.mine.takenAt' | t: { date: date(result.takenAt) } }}</p>
                </div>
                <button
                  type="button"
                  class="button button--quiet button--small"
                  [attr.aria-label]="'selfTest.mine.deleteLabel' | t: { title: result.title, date: date(result.takenAt) }"
                  (click)="remove(result)"
                >
                  {{ 'selfTest.mine.delete' | t }}
                </button>
              </li>
            }
          </ul>
        } @else {
          <p>{{ 'selfTest.mine.empty' | t }}</p>
        }
      }
      @case ('error') {
        <nb-message kind="error">{{ 'library.loadError' | t }}</nb-message>
      }
    }
    <p><a routerLink="/zelftesten">{{ 'selfTest.mine.toTests' | t }}</a></p>
  `,
})
export class MySelfTestsPage {
  protected readonly i18n = useTexts(selfTestTexts);
  private readonly api = inject(LibraryApi);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);
  private readonly loaded = loadOnChange(
    () => this.i18n.lang(),
    (lang) => this.api.keptSelfTestResults(lang),
  );
  protected readonly state = this.loaded;
  /** The list as loaded, minus what was deleted since. */
  protected readonly results = signal<KeptSelfTestResult[]>([]);
  protected readonly deleted = signal(false);
  protected readonly deleteFailed = signal(false);

  constructor() {
    useTexts(libraryTexts);
    useTexts(contentLanguageTexts);
    effect(() => {
      const state = this.loaded();
      this.results.set(state.status === 'ok' ? state.value : []);
    });
  }

  protected date(iso: string): string {
    return formatAmsterdamDate(iso, this.i18n.locale());
  }

  protected async remove(result: KeptSelfTestResult): Promise<void> {
    this.deleted.set(false);
    this.deleteFailed.set(false);
    try {
      await firstValueFrom(this.api.deleteSelfTestResult(result.id), { defaultValue: undefined });
      this.results.update((list) => list.filter((r) => r.id !== result.id));
      this.deleted.set(true);
      focusAfterRender(this.host.nativeElement, 'h1', this.injector);
    } catch {
      this.deleteFailed.set(true);
    }
  }
}
