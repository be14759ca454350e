import { ChangeDetectionStrategy, Component, computed, effect, inject, untracked } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { NavigationEnd, Router, RouterLink, RouterLinkActive } from '@angular/router';
import type { Role } from '@nabij/platform/contracts';
import { AuthStore, TranslatePipe, useTexts } from '@nabij/platform/portal';
import { filter } from 'rxjs';
import { NavCounts } from './nav-counts';
import { navTexts } from './nav.i18n';

interface NavItem {
  path: string;
  key: string;
  /** SVG path of the icon (client tabs: icon and word, as on the home tiles). */
  icon?: string;
  /** What waits: the short form on screen, the whole sentence for screen readers. */
  badge?: { short: string; text: string } | null;
}

const ICONS = {
  messages: 'M3 6h18v12H3z M3 6l9 7 9-7',
  chat: 'M4 5h16v10H9l-5 4z',
  training: 'M4 5h6a2 2 0 0 1 2 2v12a2 2 0 0 0-2-2H4z M20 5h-6a2 2 0 0 0-2 2v12a2 2 0 0 1 2-2h6z',
  dossier: 'M3 6h6l2 2h10v11H3z',
  forum: 'M3 5h12v8H7l-4 3z M9 15v2h8l4 3V9h-4',
} as const;

/**
 * The way around. Clients get five tabs (Berichten, Chat, Training, Dossier, Forum) with what waits, at the
 * bottom of a phone screen and under the header on a wide one; staff get a top menu of their role's
 * pages with counts (answer soon, waiting in the chat, homework to review, hours to confirm). The
 * current page carries aria-current="page"; every link is at least 44 × 44 px.
 */
@Component({
  selector: 'nb-app-nav',
  styleUrl: './app-nav.component.css',
  imports: [RouterLink, RouterLinkActive, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (items().length) {
      <nav [class]="auth.role() === 'client' ? 'tab-bar' : 'staff-nav'" [attr.aria-label]="'nav.label' | t">
        <ul>
          @for (item of items(); track item.path) {
            <li>
              <a [routerLink]="item.path" routerLinkActive="is-active" ariaCurrentWhenActive="page">
                @if (item.icon) {
                  <svg class="nav-icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path [attr.d]="item.icon" /></svg>
                }
                <span class="nav-word">{{ item.key | t }}</span>
                @if (item.badge; as badge) {
                  <span class="nav-badge" aria-hidden="true">{{ badge.short }}</span>
                  <span class="visually-hidden"> ({{ badge.text }})</span>
                }
              </a>
            </li>
          }
        </ul>
      </nav>
    }
  `,
})
export class AppNavComponent {
  protected readonly auth = inject(AuthStore);
  private readonly i18n = useTexts(navTexts);
  private readonly counts = inject(NavCounts);

  protected readonly items = computed<NavItem[]>(() => {
    this.i18n.lang();
    const role = this.auth.role();
    return role ? this.itemsFor(role) : [];
  });

  constructor() {
    effect(() => {
      const role = this.auth.role();
      if (role) untracked(() => this.counts.refresh(role));
    });
    inject(Router)
      .events.pipe(
        filter((e) => e instanceof NavigationEnd),
        takeUntilDestroyed(),
      )
      .subscribe(() => {
        const role = this.auth.role();
        if (role) this.counts.refresh(role);
      });
  }

  private itemsFor(role: Role): NavItem[] {
    const c = this.counts;
    switch (role) {
      case 'client':
        return [
          { path: '/berichten', key: 'nav.messages', icon: ICONS.messages, badge: this.count(c.unread(), 'nav.count.new') },
          { path: '/chat', key: 'nav.chat', icon: ICONS.chat, badge: c.chatOpen() ? this.mark('nav.count.chatOpen') : null },
          {
            path: '/training',
            key: 'nav.training',
            icon: ICONS.training,
            badge: c.trainingNews() > 0 ? this.mark('nav.count.feedback') : null,
          },
          { path: '/dossier', key: 'nav.dossier', icon: ICONS.dossier },
          { path: '/forum', key: 'nav.forum', icon: ICONS.forum, badge: this.count(c.forumUnread(), 'nav.count.new') },
        ];
      case 'worker':
        return [
          { path: '/inbox', key: 'nav.inbox', badge: this.count(c.answerSoon(), 'nav.count.answerSoon') },
          { path: '/chat/wachtrij', key: 'nav.chatQueue', badge: this.count(c.chatWaiting(), 'nav.count.waiting') },
          { path: '/huiswerk', key: 'nav.homework', badge: this.count(c.toReview(), 'nav.count.toReview') },
          ...(c.trainsGroups() ? [{ path: '/groepen', key: 'nav.groups' }] : []),
          { path: '/uren', key: 'nav.hours', badge: this.count(c.toConfirm(), 'nav.count.toConfirm') },
          { path: '/caseload', key: 'nav.caseload', badge: this.count(c.parentMessages(), 'nav.count.fromParents') },
          { path: '/verzoeken', key: 'nav.requests', badge: this.count(c.appointmentRequests(), 'nav.count.toAnswer') },
          { path: '/anonieme-vragen', key: 'nav.questions', badge: this.count(c.openQuestions(), 'nav.count.openQuestions') },
          { path: '/bellijst', key: 'nav.calls' },
          { path: '/sociale-kaart', key: 'nav.socialMap' },
          { path: '/forum', key: 'nav.forum', badge: this.count(c.forumQueue(), 'nav.count.toModerate') },
          ...(c.libraryEditor() ? [{ path: '/bibliotheek/beheer', key: 'nav.library' }] : []),
        ];
      case 'team_lead':
        return [
          { path: '/rapportage', key: 'nav.report' },
          { path: '/team/heropenen', key: 'nav.reopen' },
          { path: '/chat/rooster', key: 'nav.rota' },
          { path: '/uren', key: 'nav.hours', badge: this.count(c.toConfirm(), 'nav.count.toConfirm') },
          { path: '/bellijsten', key: 'nav.callLists' },
          { path: '/groepen/cijfers', key: 'nav.groupReport' },
          { path: '/herinneringen/organisatie', key: 'nav.reminders' },
        ];
      case 'admin':
        return [
          { path: '/teams', key: 'nav.teams' },
          { path: '/medewerkers', key: 'nav.staff' },
          { path: '/chat/tijden', key: 'nav.chatHours' },
          { path: '/chat/rooster', key: 'nav.rota' },
          { path: '/rapportage', key: 'nav.report' },
          { path: '/privacy-verzoeken', key: 'nav.privacy' },
          { path: '/toegangslog', key: 'nav.accessLog' },
          { path: '/bibliotheek/beheer', key: 'nav.library' },
          { path: '/sociale-kaart/beheer', key: 'nav.socialMap' },
          { path: '/herinneringen/organisatie', key: 'nav.reminders' },
        ];
      case 'guardian':
        return [{ path: '/home', key: 'nav.children' }];
    }
  }

  private count(n: number | null, key: string): NavItem['badge'] {
    return n ? { short: String(n), text: this.i18n.t(key, { count: n }) } : null;
  }

  private mark(key: string): NavItem['badge'] {
    return { short: '•', text: this.i18n.t(key) };
  }
}
