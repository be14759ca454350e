import { ChangeDetectionStrategy, Component, OnDestroy, computed, inject, input, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import type { ActivationLetter } from '@nabij/intake/contracts';
import type { Language } from '@nabij/platform/contracts';
import { CLIENT_HAS_EMAIL } from '@nabij/intake/contracts';
import { MessageComponent, TranslatePipe, formatAmsterdamDate, generalErrorKey, toApiError, useTexts } from '@nabij/platform/portal';
import { firstValueFrom } from 'rxjs';
import { IntakeApi } from '../intake.api';
import { activationLetterTexts, intakeStaffTexts } from '../staff.i18n';
import { ActivationLetterStore } from './activation-letter.store';

type LetterLang = keyof typeof activationLetterTexts;
type LetterKey = keyof (typeof activationLetterTexts)['nl'];

/** Dates on the letter in each language's usual format (Western digits in Arabic, as elsewhere in Nabij). */
const LETTER_LOCALES: Record<LetterLang, string> = { nl: 'nl-NL', en: 'en-GB', ar: 'ar-u-nu-latn', tr: 'tr-TR', pl: 'pl-PL' };

/** The parts of the letter: the client's language first with Dutch after it; Dutch and English when the client reads either. */
export function letterLanguages(language: Language | undefined): LetterLang[] {
  return !language || language === 'nl' || language === 'en' ? ['nl', 'en'] : [language, 'nl'];
}

/**
 * `/toelating/:clientId/brief` (worker): the printable letter for a client admitted without an
 * e-mail address, with the login name and the one-time code. The code exists only right after it
 * was made; otherwise the page offers a new code (the old one then stops working).
 */
@Component({
  selector: 'nb-activation-letter-page',
  imports: [RouterLink, TranslatePipe, MessageComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrl: './activation-letter.page.css',
  template: `
    <div class="no-print">
      <h1 tabindex="-1">{{ 'letter.title' | t }}</h1>
      <nb-message kind="success" [show]="renewed()">{{ 'letter.newCodeDone' | t }}</nb-message>
      @if (letter(); as l) {
        <p>{{ 'letter.intro' | t: { name: l.clientName } }}</p>
        <div class="button-row">
          <button type="button" class="button" (click)="print()">{{ 'letter.print' | t }}</button>
          <a class="button button--secondary" routerLink="/home">{{ 'letter.back' | t }}</a>
        </div>
      } @else {
        <section class="card" aria-labelledby="letter-missing">
          <h2 id="letter-missing">{{ 'letter.missingTitle' | t }}</h2>
          <p>{{ 'letter.missing' | t }}</p>
          <nb-message kind="error" [show]="!!error()">{{ error() ? (error()! | t) : '' }}</nb-message>
          <button type="button" class="button" [attr.aria-busy]="busy()" (click)="newCode()">{{ 'letter.newCode' | t }}</button>
        </section>
      }
    </div>

    @if (letter(); as l) {
      <article class="letter" aria-label="{{ 'letter.title' | t }}">
        <p class="letter__sender">{{ l.organisation }}</p>
        @for (lang of langs(); track lang) {
          <section class="letter__part" [attr.lang]="lang" [attr.dir]="lang === 'ar' ? 'rtl' : 'ltr'">
            <h2>{{ text(lang, 'title') }}</h2>
            <p>{{ text(lang, 'greeting', { name: l.clientName }) }}</p>
            <p>{{ text(lang, 'what', { organisation: l.organisation }) }}</p>
            <h3>{{ text(lang, 'stepsTitle') }}</h3>
            <ol>
              <li>{{ text(lang, 'step1', { url: l.activationUrl }) }}</li>
              <li>{{ text(lang, 'step2') }}</li>
              <li>{{ text(lang, 'step3') }}</li>
              <li>{{ text(lang, 'step4', { url: l.loginUrl }) }}</li>
            </ol>
            <dl class="letter__codes">
              <div>
                <dt>{{ text(lang, 'loginName') }}</dt>
                <dd class="letter__value">{{ l.loginName }}</dd>
              </div>
              <div>
                <dt>{{ text(lang, 'code') }}</dt>
                <dd class="letter__value">{{ l.code }}</dd>
              </div>
              <div>
                <dt>{{ text(lang, 'validUntil') }}</dt>
                <dd>{{ validUntil(lang) }}</dd>
              </div>
            </dl>
            <p>{{ text(lang, 'once', { worker: l.worker }) }}</p>
            <h3>{{ text(lang, 'helpTitle') }}</h3>
            <p>
              {{ text(lang, 'help', { worker: l.worker, organisation: l.organisation }) }}
              @if (l.financier.socialTeamName && l.financier.socialTeamPhone) {
                {{ text(lang, 'socialTeam', { team: l.financier.socialTeamName, phone: l.financier.socialTeamPhone }) }}
              }
            </p>
          </section>
        }
      </article>
    }
  `,
})
export class ActivationLetterPage implements OnDestroy {
  protected readonly i18n = useTexts(intakeStaffTexts);
  private readonly api = inject(IntakeApi);
  private readonly store = inject(ActivationLetterStore);

  /** From the route. */
  readonly clientId = input.required<string>();

  private readonly made = signal<ActivationLetter | null>(null);
  protected readonly letter = computed(() => this.made() ?? this.store.for(this.clientId()));
  protected readonly langs = computed(() => letterLanguages(this.letter()?.language));
  protected readonly renewed = signal(false);
  protected readonly busy = signal(false);
  protected readonly error = signal<string | null>(null);

  protected text(lang: LetterLang, key: LetterKey, params: Record<string, string> = {}): string {
    return activationLetterTexts[lang][key].replace(/\{(\w+)\}/g, (whole, name: string) => params[name] ?? whole);
  }

  protected validUntil(lang: LetterLang): string {
    const letter = this.letter();
    return letter ? formatAmsterdamDate(letter.expiresAt, LETTER_LOCALES[lang]) : '';
  }

  protected print(): void {
    window.print();
  }

  protected async newCode(): Promise<void> {
    if (this.busy()) return;
    this.busy.set(true);
    this.error.set(null);
    try {
      this.made.set(await firstValueFrom(this.api.newActivationCode(this.clientId())));
      this.renewed.set(true);
    } catch (err) {
      const error = toApiError(err);
      if (error.statusCode === 404) this.error.set('letter.error.notFound');
      else if (error.code === CLIENT_HAS_EMAIL) this.error.set('letter.error.hasEmail');
      else this.error.set(generalErrorKey(error));
    } finally {
      this.busy.set(false);
    }
  }

  /** The code is not kept once the worker leaves the letter. */
  ngOnDestroy(): void {
    this.store.clear();
  }
}
