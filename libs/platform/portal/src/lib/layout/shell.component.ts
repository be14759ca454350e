import {
  ChangeDetectionStrategy,
  Component,
  DOCUMENT,
  ElementRef,
  Injector,
  afterNextRender,
  effect,
  inject,
  signal,
  untracked,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { NavigationEnd, Router, RouterLink } from '@angular/router';
import { filter } from 'rxjs';
import { AuthStore } from '../auth/auth.store';
import { IdleLogout } from '../auth/idle-logout';
import { Drafts } from '../drafts/drafts';
import { I18n } from '../i18n/i18n.service';
import { LanguageSelectComponent, languagesFor } from '../i18n/language-picker.component';
import { TranslatePipe } from '../i18n/t.pipe';

/**
 * The frame of every page: skip link, header (name, language picker, log out), the main landmark
 * and the inactivity warning. After each navigation focus moves to the page's h1, so screen
 * reader and keyboard users start at the top of the new page, and the tab title follows the h1.
 * Logging out with unsent texts asks whether to keep them on this device (encrypted, see
 * `Drafts`); an inactivity logout keeps them and brings the person back to the same page.
 */
@Component({
  selector: 'nb-shell',
  imports: [RouterLink, TranslatePipe, LanguageSelectComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './shell.component.html',
})
export class ShellComponent {
  protected readonly auth = inject(AuthStore);
  protected readonly i18n = inject(I18n);
  protected readonly idle = inject(IdleLogout);
  private readonly router = inject(Router);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly document = inject(DOCUMENT);
  private readonly injector = inject(Injector);
  private readonly drafts = inject(Drafts);
  /** "Bewaren of weggooien?" shows while true. */
  protected readonly askDrafts = signal(false);

  constructor() {
    void this.auth.restore();

    let firstNavigation = true;
    this.router.events
      .pipe(
        filter((e) => e instanceof NavigationEnd),
        takeUntilDestroyed(),
      )
      .subscribe(() => {
        const moveFocus = !firstNavigation;
        firstNavigation = false;
        afterNextRender(() => this.afterPageChange(moveFocus), { injector: this.injector });
      });

    effect(() => {
      this.i18n.lang();
      afterNextRender(() => this.updateTitle(), { injector: this.injector });
    });

    // Staff screens are Dutch and English: a staff member who last read Arabic here (or whose
    // account says so) reads Dutch.
    effect(() => {
      const allowed = languagesFor(this.auth.role());
      const lang = this.i18n.lang();
      if (!allowed.includes(lang)) untracked(() => this.i18n.setLang('nl'));
    });

    let wasLoggedIn = false;
    effect(() => {
      const loggedIn = this.auth.isLoggedIn();
      untracked(() => {
        if (loggedIn) this.idle.start(() => void this.auth.logout('idle'));
        else this.idle.stop();
        if (wasLoggedIn && !loggedIn) void this.router.navigateByUrl(this.loginUrlAfter(this.auth.lastEnd()));
      });
      wasLoggedIn = loggedIn;
    });

    effect(() => {
      if (this.idle.warning()) {
        afterNextRender(() => this.host.nativeElement.querySelector<HTMLElement>('#idle-stay')?.focus(), { injector: this.injector });
      }
    });
  }

  protected skipToMain(event: Event): void {
    // A plain #main link would resolve against <base href> and reload the start page.
    event.preventDefault();
    this.host.nativeElement.querySelector<HTMLElement>('#main')?.focus();
  }

  protected logout(): void {
    if (!this.drafts.hasAny()) {
      void this.auth.logout('logout');
      return;
    }
    this.idle.stayActive();
    this.askDrafts.set(true);
    afterNextRender(() => this.host.nativeElement.querySelector<HTMLElement>('#drafts-keep')?.focus(), { injector: this.injector });
  }

  /** The answer to "Je hebt nog tekst die je niet hebt verstuurd". */
  protected logoutWithDrafts(keep: boolean): void {
    if (!keep) this.drafts.clearAll();
    this.askDrafts.set(false);
    void this.auth.logout('logout');
  }

  protected cancelLogout(): void {
    this.askDrafts.set(false);
    afterNextRender(() => this.host.nativeElement.querySelector<HTMLElement>('#logout')?.focus(), { injector: this.injector });
  }

  /** After an inactivity logout the login page brings the person back where they were (drafts and all). */
  private loginUrlAfter(reason: string | null): string {
    const here = this.router.url;
    if (reason !== 'idle' || here === '/' || here.startsWith('/login')) return '/login';
    return this.router.serializeUrl(this.router.createUrlTree(['/login'], { queryParams: { next: here } }));
  }

  protected stay(): void {
    this.idle.stayActive();
  }

  private afterPageChange(moveFocus: boolean): void {
    const heading = this.host.nativeElement.querySelector<HTMLElement>('main h1');
    if (moveFocus) (heading ?? this.host.nativeElement.querySelector<HTMLElement>('#main'))?.focus();
    this.updateTitle();
  }

  private updateTitle(): void {
    const heading = this.host.nativeElement.querySelector('main h1')?.textContent?.trim();
    this.document.title = heading ? `${heading} – Nabij` : 'Nabij';
  }
}
