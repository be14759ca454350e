import { Injectable, effect, inject, untracked } from '@angular/core';
import { ACCOUNT_LANGUAGE_PATH, type CurrentUser } from '@nabij/identity/contracts';
import { ApiClient, AuthStore, I18n, LANGUAGES, languagesFor, type Lang } from '@nabij/platform/portal';
import { firstValueFrom } from 'rxjs';

/** Where the signed-in person's language is kept on their account (the API's route, under ApiClient's /api). */
export const ACCOUNT_LANGUAGE_API_PATH = ACCOUNT_LANGUAGE_PATH.replace(/^\/api/, '');

/**
 * The language remembered on the account, so mails and notices come in it and it follows the
 * person to another device. The one place the portal talks to the API about it:
 * - signing in (or a reload restoring the session) takes the account's language, unless a
 *   language was picked on this device (the start or login page, the header): that choice wins
 *   and is saved, so a parent who chose Arabic before registering is not turned back to Dutch;
 * - while signed in, every other language the person picks is saved with
 *   `PATCH /api/account/language` `{ language }`.
 * Staff screens are Dutch and English (the shell sees to that), so staff only ever save those.
 * The app injects it once at start-up.
 */
@Injectable({ providedIn: 'root' })
export class LanguagePreference {
  private readonly api = inject(ApiClient);
  private readonly auth = inject(AuthStore);
  private readonly i18n = inject(I18n);
  /** Whose session the account language below belongs to. */
  private userId: string | null = null;
  /** The language the API holds for that account, as far as we know. */
  private saved: Lang | null = null;

  constructor() {
    effect(() => {
      const user = this.auth.user();
      const lang = this.i18n.lang();
      untracked(() => this.sync(user, lang));
    });
  }

  private sync(user: CurrentUser | null, lang: Lang): void {
    if (!user) {
      this.userId = null;
      this.saved = null;
      return;
    }
    if (user.id !== this.userId) {
      this.userId = user.id;
      this.saved = accountLanguageOf(user);
      if (this.saved && this.saved !== lang && !this.i18n.chosen()) {
        // This runs again with the account's language, which then needs no saving.
        this.i18n.setLang(this.saved);
        return;
      }
    }
    // A staff member who picked Arabic before signing in reads Dutch in a moment (the shell); save that.
    if (lang !== this.saved && languagesFor(user.role).includes(lang)) void this.save(lang);
  }

  private async save(lang: Lang): Promise<void> {
    const before = this.saved;
    this.saved = lang;
    try {
      await firstValueFrom(this.api.patch<unknown>(ACCOUNT_LANGUAGE_API_PATH, { language: lang }));
    } catch {
      // Offline or refused: this device still reads the choice; the next change tries again.
      if (this.saved === lang) this.saved = before;
    }
  }
}

/** The account's language in the session answer, when the API sends one. */
function accountLanguageOf(user: CurrentUser): Lang | null {
  const value = (user as CurrentUser & { language?: unknown }).language;
  return LANGUAGES.find((l) => l === value) ?? null;
}
