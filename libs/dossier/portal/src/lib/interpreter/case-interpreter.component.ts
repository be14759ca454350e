import { ChangeDetectionStrategy, Component, inject, input, output, signal } from '@angular/core';
import { INTERPRETER_LANGUAGES, type InterpreterLanguage } from '@nabij/dossier/contracts';
import { MessageComponent, TranslatePipe, generalErrorKey, toApiError, useTexts } from '@nabij/platform/portal';
import { firstValueFrom } from 'rxjs';
import { DossierApi } from '../dossier.api';
import { dossierStaffTexts } from '../staff.i18n';

/**
 * "Tolk nodig" on the worker's case page: whether the case's conversations need an interpreter, and
 * in which language. Shown with every appointment of the case (worker and client).
 */
@Component({
  selector: 'nb-case-interpreter',
  imports: [TranslatePipe, MessageComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="card" aria-labelledby="interpreter-title">
      <h2 id="interpreter-title">{{ 'dossier.interpreter.title' | t }}</h2>
      <p>
        @if (language(); as lang) {
          <strong>{{ 'dossier.interpreter.needed' | t: { language: ('dossier.interpreterLang.' + lang | t) } }}</strong>
        } @else {
          {{ 'dossier.interpreter.notNeeded' | t }}
        }
      </p>
      @if (!readOnly()) {
        <form class="dense-form" (submit)="$event.preventDefault(); save(choice.value)">
          <label for="interpreter-language">{{ 'dossier.interpreter.label' | t }}</label>
          <p class="small" id="interpreter-hint">{{ 'dossier.interpreter.hint' | t }}</p>
          <select #choice id="interpreter-language" class="input" aria-describedby="interpreter-hint" [value]="language() ?? ''">
            <option value="">{{ 'dossier.interpreter.none' | t }}</option>
            @for (code of languages; track code) {
              <option [value]="code">{{ 'dossier.interpreterLang.' + code | t }}</option>
            }
          </select>
          <button type="submit" class="button button--small" [attr.aria-busy]="busy()">{{ 'dossier.interpreter.save' | t }}</button>
        </form>
        <nb-message kind="success" [show]="saved()">{{ 'dossier.interpreter.saved' | t }}</nb-message>
        <nb-message kind="error" [show]="!!error()">{{ error() ?? '' | t }}</nb-message>
      }
    </section>
  `,
})
export class CaseInterpreterComponent {
  private readonly api = inject(DossierApi);
  protected readonly i18n = useTexts(dossierStaffTexts);
  readonly caseId = input.required<string>();
  readonly language = input<InterpreterLanguage | null>(null);
  readonly readOnly = input(false);
  /** The case was saved: the page reloads it, so every appointment line shows the new language. */
  readonly changed = output<InterpreterLanguage | null>();

  protected readonly languages = INTERPRETER_LANGUAGES;
  protected readonly busy = signal(false);
  protected readonly saved = signal(false);
  protected readonly error = signal<string | null>(null);

  protected async save(value: string): Promise<void> {
    if (this.busy()) return;
    const language = (INTERPRETER_LANGUAGES as readonly string[]).includes(value) ? (value as InterpreterLanguage) : null;
    this.busy.set(true);
    this.saved.set(false);
    try {
      await firstValueFrom(this.api.setInterpreter(this.caseId(), { language }));
      this.error.set(null);
      this.saved.set(true);
      this.changed.emit(language);
    } catch (err) {
      this.error.set(generalErrorKey(toApiError(err)));
    } finally {
      this.busy.set(false);
    }
  }
}
