import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { PROFESSIONAL_ROLES, type Role } from '@nabij/platform/contracts';
import { AuthStore } from '../auth/auth.store';
import { languageTexts } from './language.i18n';
import { TranslatePipe } from './t.pipe';
import { useTexts } from './i18n.service';
import { LANGUAGES, LANGUAGE_NAMES, Lang, STAFF_LANGUAGES } from './texts';

/** Clients, parents and visitors read all five languages; staff screens are Dutch and English. */
export function languagesFor(role: Role | null): readonly Lang[] {
  return role && PROFESSIONAL_ROLES.includes(role) ? STAFF_LANGUAGES : LANGUAGES;
}

/**
 * The header's language picker: a native select with a visible label, so keyboard, screen
 * reader and phone users get the control they know. Each option is named in its own language.
 */
@Component({
  selector: 'nb-language-select',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    .language-select {
      display: inline-flex;
      align-items: center;
      gap: 0.35rem;
      min-height: var(--tap, 44px);
    }
    .language-select select {
      min-height: var(--tap, 44px);
      max-inline-size: 9rem;
      padding-block: 0.25rem;
      padding-inline: 0.5rem;
      font: inherit;
      color: inherit;
      background: var(--surface, #fff);
      border: 2px solid var(--border, #8a8f96);
      border-radius: var(--radius, 12px);
    }
  `,
  template: `
    <label class="language-select" for="language-select">
      <span>{{ 'language.label' | t }}</span>
      <select id="language-select" [attr.lang]="i18n.lang()" (change)="pick($event)">
        @for (lang of languages(); track lang) {
          <option [value]="lang" [attr.lang]="lang" [selected]="lang === i18n.lang()">{{ names[lang] }}</option>
        }
      </select>
    </label>
  `,
})
export class LanguageSelectComponent {
  protected readonly i18n = useTexts(languageTexts);
  private readonly auth = inject(AuthStore);
  protected readonly names = LANGUAGE_NAMES;
  protected readonly languages = computed(() => languagesFor(this.auth.role()));

  protected pick(event: Event): void {
    const value = (event.target as HTMLSelectElement).value;
    const lang = this.languages().find((l) => l === value);
    if (lang) this.i18n.choose(lang);
  }
}

/**
 * The language choice on the first pages (start page, login): near the top, headed "Taal /
 * Language" and with every language as a button in its own words, so a parent who reads no
 * Dutch finds it. The pressed button is the current language.
 */
@Component({
  selector: 'nb-language-choice',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    .language-choice {
      margin-block: 0.5rem 1rem;
    }
    .language-choice__title {
      margin-block: 0 0.35rem;
      font-weight: 600;
    }
    .language-choice__list {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem;
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .language-choice__list button[aria-pressed='true'] {
      background: var(--accent, #9a3e1c);
      color: #fff;
    }
  `,
  template: `
    <div class="language-choice" role="group" aria-labelledby="language-choice-title">
      <p id="language-choice-title" class="language-choice__title">{{ 'language.choice.title' | t }}</p>
      <ul class="language-choice__list">
        @for (lang of languages(); track lang) {
          <li>
            <button
              type="button"
              class="button button--secondary button--small"
              [attr.lang]="lang"
              [attr.aria-pressed]="lang === i18n.lang()"
              (click)="i18n.choose(lang)"
            >
              {{ names[lang] }}
            </button>
          </li>
        }
      </ul>
    </div>
  `,
})
export class LanguageChoiceComponent {
  protected readonly i18n = useTexts(languageTexts);
  private readonly auth = inject(AuthStore);
  protected readonly names = LANGUAGE_NAMES;
  protected readonly languages = computed(() => languagesFor(this.auth.role()));
}
