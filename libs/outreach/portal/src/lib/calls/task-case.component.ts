import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  Injector,
  afterNextRender,
  computed,
  inject,
  input,
  output,
  signal,
  viewChild,
} from '@angular/core';
import { RouterLink } from '@angular/router';
import { KINDS_OF_WORK, type KindOfWork } from '@nabij/dossier/contracts';
import type { ActivationLetter, Financier } from '@nabij/intake/contracts';
import { ActivationLetterStore } from '@nabij/intake/portal/lib/activation/activation-letter.store';
import type { OutreachTask, TaskCase } from '@nabij/outreach/contracts';
import {
  FormControlDirective,
  FormFieldComponent,
  MessageComponent,
  TranslatePipe,
  focusFirstInvalid,
  generalErrorKey,
  toApiError,
  useTexts,
} from '@nabij/platform/portal';
import { firstValueFrom } from 'rxjs';
import { OutreachApi } from '../outreach.api';
import { outreachTexts } from '../outreach.i18n';

type Field = 'name' | 'birthDate' | 'financierId' | 'kindOfWork';

const todayIso = (): string => new Date().toISOString().slice(0, 10);

/**
 * Under a follow-up task ("Hulp regelen") of a family without a Nabij account, next to "Verwijs
 * door": "Maak een dossier", only when the family agreed in the call. Makes the client account
 * without an e-mail address and the worker's case; the login name and one-time code are shown to
 * read out, and the letter to print opens at Toelating (the code kept in memory only, as after an
 * admission). Then a link to the new case.
 */
@Component({
  selector: 'nb-task-case',
  imports: [RouterLink, TranslatePipe, MessageComponent, FormFieldComponent, FormControlDirective],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrl: '../outreach.css',
  template: `
    @let t = task();
    @if (result(); as m) {
      <div class="case-made" tabindex="-1" #done>
        <nb-message kind="success">{{ 'outreach.case.done' | t }}</nb-message>
        @if (m.letter; as letter) {
          <p>{{ 'outreach.case.readOut' | t }}</p>
          <dl class="meta">
            <div>
              <dt>{{ 'outreach.case.loginName' | t }}</dt>
              <dd>{{ letter.loginName }}</dd>
            </div>
            <div>
              <dt>{{ 'outreach.case.code' | t }}</dt>
              <dd>{{ letter.code }}</dd>
            </div>
          </dl>
        }
        <p class="button-row">
          @if (m.clientId) {
            <a class="button button--secondary button--small" [routerLink]="['/toelating', m.clientId, 'brief']">
              {{ (m.letter ? 'outreach.case.letter' : 'outreach.case.newCode') | t }}
            </a>
          }
          <a class="button button--small" [routerLink]="['/caseload', m.caseId]">{{ 'outreach.case.open' | t }}</a>
        </p>
      </div>
    } @else if (t.consent && !clientId()) {
      @if (!open()) {
        <button type="button" class="button button--secondary button--small" [attr.aria-expanded]="false" (click)="start()">
          {{ 'outreach.case.start' | t }}
        </button>
      } @else {
        <form class="case-form" (submit)="$event.preventDefault(); send()" novalidate>
          <p class="field-hint">{{ 'outreach.case.intro' | t }}</p>
          <nb-form-field [fieldId]="'naam-' + t.id" [label]="'outreach.case.name' | t" [hint]="'outreach.case.nameHint' | t" [error]="errors().name ? (errors().name! | t) : null">
            <input nbControl class="input" type="text" maxlength="100" autocomplete="off" [value]="name()" (input)="name.set($any($event.target).value); clear('name')" />
          </nb-form-field>
          <nb-form-field [fieldId]="'geboren-' + t.id" [label]="'outreach.case.birthDate' | t" [error]="errors().birthDate ? (errors().birthDate! | t) : null">
            <input nbControl class="input" type="date" [max]="today" [value]="birthDate()" (input)="birthDate.set($any($event.target).value); clear('birthDate')" />
          </nb-form-field>
          <nb-form-field [fieldId]="'financier-' + t.id" [label]="'outreach.case.financier' | t" [error]="errors().financierId ? (errors().financierId! | t) : null">
            <select nbControl class="input" (change)="financierId.set($any($event.target).value); clear('financierId')">
              <option value="" [selected]="!financierId()">{{ 'outreach.case.chooseFinancier' | t }}</option>
              @for (f of financiers(); track f.id) {
                <option [value]="f.id" [selected]="f.id === financierId()">{{ f.name }}</option>
              }
            </select>
          </nb-form-field>
          <nb-form-field [fieldId]="'soort-' + t.id" [label]="'outreach.case.kindOfWork' | t" [error]="errors().kindOfWork ? (errors().kindOfWork! | t) : null">
            <select nbControl class="input" (change)="kindOfWork.set($any($event.target).value); clear('kindOfWork')">
              <option value="" [selected]="!kindOfWork()">{{ 'outreach.case.chooseKind' | t }}</option>
              @for (k of kinds; track k) {
                <option [value]="k" [selected]="k === kindOfWork()">{{ 'outreach.case.kind.' + k | t }}</option>
              }
            </select>
          </nb-form-field>
          <nb-message kind="error" [show]="!!error()">{{ error() ? (error()! | t) : '' }}</nb-message>
          <button type="submit" class="button button--small" [attr.aria-busy]="busy()">{{ 'outreach.case.send' | t }}</button>
        </form>
      }
    }
  `,
})
export class TaskCaseComponent {
  protected readonly i18n = useTexts(outreachTexts);
  private readonly api = inject(OutreachApi);
  private readonly letters = inject(ActivationLetterStore);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);
  private readonly doneBlock = viewChild<ElementRef<HTMLElement>>('done');

  readonly task = input.required<OutreachTask>();
  /** The family's client account: null for a family from a file, which is the one this offers a case to. */
  readonly clientId = input<string | null>(null);
  /** The family's name on the list: the name prefilled for the client. */
  readonly familyName = input('');
  /** Told once the case exists, so the page can offer "Verwijs door" from it. */
  readonly caseMade = output<TaskCase<ActivationLetter>>();

  protected readonly kinds = KINDS_OF_WORK;
  protected readonly today = todayIso();
  protected readonly open = signal(false);
  protected readonly financiers = signal<Financier[]>([]);
  protected readonly name = signal('');
  protected readonly birthDate = signal('');
  protected readonly financierId = signal('');
  protected readonly kindOfWork = signal<KindOfWork | ''>('');
  protected readonly errors = signal<Partial<Record<Field, string>>>({});
  protected readonly error = signal<string | null>(null);
  protected readonly busy = signal(false);
  protected readonly made = signal<TaskCase<ActivationLetter> | null>(null);
  /** Made just now (with the letter), or before (on a retry, or another visit): without it. */
  protected readonly result = computed<TaskCase<ActivationLetter> | null>(() => {
    const caseId = this.task().madeCaseId;
    return this.made() ?? (caseId ? { caseId, clientId: this.clientId() ?? '', letter: null } : null);
  });

  protected async start(): Promise<void> {
    this.name.set(this.familyName());
    this.open.set(true);
    try {
      const financiers = await firstValueFrom(this.api.financiers());
      this.financiers.set(financiers);
      if (financiers.length === 1) this.financierId.set(financiers[0].id);
    } catch (err) {
      this.error.set(generalErrorKey(toApiError(err)));
    }
  }

  protected clear(field: Field): void {
    this.errors.update((e) => ({ ...e, [field]: undefined }));
  }

  protected async send(): Promise<void> {
    if (this.busy()) return;
    const kindOfWork = this.kindOfWork();
    const errors: Partial<Record<Field, string>> = {};
    if (!this.name().trim()) errors.name = 'outreach.form.required';
    if (!this.birthDate() || this.birthDate() > this.today) errors.birthDate = 'outreach.case.birthDateError';
    if (!this.financierId()) errors.financierId = 'outreach.case.financierError';
    if (!kindOfWork) errors.kindOfWork = 'outreach.case.kindError';
    this.errors.set(errors);
    if (Object.keys(errors).length || !kindOfWork) return this.focusFirstError();
    this.busy.set(true);
    this.error.set(null);
    try {
      const made = await firstValueFrom(
        this.api.caseFromTask(this.task().id, {
          name: this.name().trim(),
          birthDate: this.birthDate(),
          financierId: this.financierId(),
          kindOfWork,
        }),
      );
      // The code stays in memory for the letter page, as after an admission; never in the address bar.
      if (made.letter) this.letters.keep(made.letter);
      this.made.set(made);
      this.caseMade.emit(made);
      afterNextRender(() => this.doneBlock()?.nativeElement.focus(), { injector: this.injector });
    } catch (err) {
      this.showError(err);
    } finally {
      this.busy.set(false);
    }
  }

  private showError(err: unknown): void {
    const apiError = toApiError(err);
    const fields = apiError.fields ?? {};
    const shown: Partial<Record<Field, string>> = {};
    if (fields['name']) shown.name = 'outreach.form.required';
    if (fields['birthDate']) shown.birthDate = 'outreach.case.birthDateError';
    if (fields['financierId']) shown.financierId = 'outreach.case.financierError';
    if (fields['kindOfWork']) shown.kindOfWork = 'outreach.case.kindError';
    if (Object.keys(shown).length) {
      this.errors.set(shown);
      this.focusFirstError();
    } else this.error.set(apiError.statusCode === 409 ? 'outreach.case.refused' : generalErrorKey(apiError));
  }

  private focusFirstError(): void {
    focusFirstInvalid(this.host.nativeElement, this.injector);
  }
}
