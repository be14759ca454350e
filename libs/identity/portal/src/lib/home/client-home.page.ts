import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { RouterLink } from '@angular/router';
import { UnreadStore } from '@nabij/messages/portal/lib/unread.store';
import { messagesTexts } from '@nabij/messages/portal/lib/i18n';
import { answerDueAt } from '@nabij/messages/contracts';
import { AuthStore, TranslatePipe, formatAmsterdamDayTime, useTexts } from '@nabij/platform/portal';
import { TrainingBadgeComponent } from '@nabij/trainings/portal/lib/home/training-badge.component';
import { ChatBadgeComponent } from '@nabij/chat/portal/lib/ui/chat-badge.component';
import { UpcomingVideoComponent } from '@nabij/video/portal/lib/ui/upcoming-video.component';
import { identityTexts } from '../i18n';
import { SignOutEverywhereComponent } from '../ui/sign-out-everywhere.component';

/** The four things a client can do, as big tiles; all "coming soon" in this first version. */
const TILES = [
  { id: 'messages', icon: 'M3 6h18v12H3z M3 6l9 7 9-7' },
  { id: 'chat', icon: 'M4 5h16v10H9l-5 4z' },
  { id: 'training', icon: 'M4 5h6a2 2 0 0 1 2 2v12a2 2 0 0 0-2-2H4z M20 5h-6a2 2 0 0 0-2 2v12a2 2 0 0 1 2-2h6z' },
  { id: 'dossier', icon: 'M3 6h6l2 2h10v11H3z' },
] as const;

/** `/home` for a client: who helps them, who pays, and what they will be able to do. */
@Component({
  selector: 'nb-client-home-page',
  styleUrl: './client-home.page.css',
  imports: [TranslatePipe, RouterLink, TrainingBadgeComponent, ChatBadgeComponent, SignOutEverywhereComponent, UpcomingVideoComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (auth.user(); as user) {
      <h1 tabindex="-1">
        {{ user.name ? ('identity.home.client.title' | t: { name: user.name }) : ('identity.home.client.titleNoName' | t) }}
      </h1>
      @if (user.financier) {
        <p class="lead">
          {{ 'identity.home.client.financier' | t: { organisation: user.organisation?.name ?? 'Nabij', financier: user.financier.name } }}
        </p>
      }
      <nb-upcoming-video />
      <h2>{{ 'identity.home.client.intro' | t }}</h2>
      <ul class="tiles">
        @for (tile of tiles; track tile.id) {
          @if (links[tile.id]; as link) {
            <li class="tile tile--link">
              <svg class="tile-icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path [attr.d]="tile.icon" /></svg>
              <a class="tile-title" [routerLink]="link">{{ 'identity.home.tile.' + tile.id | t }}</a>
              <span class="tile-text">{{ 'identity.home.tile.' + tile.id + 'Text' | t: { when: answerBy() } }}</span>
              <span class="tile-badge">
                @if (tile.id === 'messages' && unread.count() > 0) {
                  <span class="badge badge--count">{{ 'messages.client.unread' | t: { count: unread.count() } }}</span>
                }
                @if (tile.id === 'training') {
                  <nb-training-badge />
                }
                @if (tile.id === 'chat') {
                  <nb-chat-badge />
                }
              </span>
            </li>
          } @else {
          <li class="tile" [attr.aria-disabled]="true">
            <svg class="tile-icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path [attr.d]="tile.icon" /></svg>
            <span class="tile-title">{{ 'identity.home.tile.' + tile.id | t }}</span>
            <span class="tile-text">{{ 'identity.home.tile.' + tile.id + 'Text' | t }}</span>
            <span class="tile-badge"><span class="badge">{{ 'identity.home.soon' | t }}</span></span>
          </li>
          }
        }
      </ul>
      <p class="my-data-link"><a routerLink="/mijn-gegevens">{{ 'identity.home.client.myData' | t }}</a></p>
      <p class="my-data-link"><a routerLink="/mijn-bibliotheek">{{ 'identity.home.client.myLibrary' | t }}</a></p>
      <p class="my-data-link"><a routerLink="/mijn-zelftesten">{{ 'identity.home.client.mySelfTests' | t }}</a></p>
      <nb-sign-out-everywhere />
    }
  `,
})
export class ClientHomePage {
  protected readonly i18n = useTexts(identityTexts);
  protected readonly auth = inject(AuthStore);
  protected readonly tiles = TILES;
  /** Tiles that lead somewhere already; the rest still say "binnenkort". */
  protected readonly links: Partial<Record<string, string>> = {
    messages: '/berichten',
    dossier: '/dossier',
    training: '/training',
    chat: '/chat',
  };
  protected readonly unread = inject(UnreadStore);
  private readonly _messagesTexts = useTexts(messagesTexts);

  constructor() {
    void this.unread.refresh();
  }

  /** The messages' one answer rule, counted from now: "uiterlijk woensdag 2 december 15:52". */
  protected answerBy(): string {
    return formatAmsterdamDayTime(answerDueAt(new Date()), this.i18n.locale());
  }
}
