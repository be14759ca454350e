import { ChangeDetectionStrategy, Component, ElementRef, Injector, computed, inject, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import {
  FormControlDirective,
  FormFieldComponent,
  MessageComponent,
  TranslatePipe,
  focusAfterRender,
  focusFirstInvalid,
  generalErrorKey,
  toApiError,
  useTexts,
} from '@nabij/platform/portal';
import { CatalogueTraining, ENROLMENT_MODES, EnrolmentMode, TRAINING_LIMITS } from '@nabij/trainings/contracts';
import { firstValueFrom } from 'rxjs';
import { staffTexts } from '../staff.i18n';
import { CaseloadEntry, TrainingsApi } from '../trainings.api';

type Field = 'clientId' | 'trainingId' | 'mode' | 'goals';

/** Goals as the API takes them: trimmed, empties dropped; null when they would be refused. */
export function checkGoals(raw: string[]): string[] | null {
  const goals = raw.map((g) => g.trim()).filter(Boolean);
  const unique = new Set(goals.map((g) => g.toLowerCase())).size === goals.length;
  const ok =
    unique &&
    goals.length >= TRAINING_LIMITS.goalsMin &&
    goals.length <= TRAINING_LIMITS.goalsMax &&
    goals.every((g) => g.length >= TRAINING_LIMITS.goalMin && g.length <= TRAINING_LIMITS.goalMax);
  return ok ? goals : null;
}

/**
 * `/huiswerk/aanmelden`: a worker enrols a client of their own caseload (open cases only; the API
 * checks it again) in a training, with the way of working and 2–3 goals they agreed on together.
 */
@Component({
  selector: 'nb-trainer-enrol-client-page',
  styleUrl: '../trainings.shared.css',
  imports: [RouterLink, TranslatePipe, FormFieldComponent, FormControlDirective, MessageComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <p><a routerLink="/huiswerk/deelnemers"><span class="dir-arrow" aria-hidden="true">←</span> {{ 'staff.enrol.toParticipants' | t }}</a></p>
    <h1 tabindex="-1">{{ 'staff.enrol.title' | t }}</h1>
    <nb-message kind="error" [show]="loadError()">{{ 'staff.error.load' | t }}</nb-message>
    @if (done(); as d) {
      <div class="message message--success enrol-done" role="status" tabindex="-1">{{ 'staff.enrol.done' | t: d }}</div>
      <div class="button-row">
        <button class="button" type="button" (click)="again()">{{ 'staff.enrol.again' | t }}</button>
        <a class="button button--quiet" routerLink="/huiswerk/deelnemers">{{ 'staff.enrol.toParticipants' | t }}</a>
      </div>
    } @else if (clients(); as list) {
      <p>{{ 'staff.enrol.intro' | t }}</p>
      @if (!list.length) {
        <p>{{ 'staff.enrol.noClients' | t }}</p>
      } @else if (!trainings()?.length) {
        <p>{{ 'staff.enrol.noTrainings' | t }}</p>
      } @else {
        <form class="card staff-enrol" (submit)="$event.preventDefault(); submit()" novalidate>
          <nb-form-field fieldId="enrol-client" [label]="'staff.enrol.client' | t" [error]="errorFor('clientId')">
            <select nbControl class="input" name="clientId" [value]="clientId()" (change)="clientId.set(value($event))">
              <option value="">{{ 'staff.enrol.chooseClient' | t }}</option>
              @for (c of list; track c.id) {
                <option [value]="c.id">{{ c.name }}</option>
              }
            </select>
          </nb-form-field>
          <nb-form-field fieldId="enrol-training" [label]="'staff.enrol.training' | t" [error]="errorFor('trainingId')">
            <select nbControl class="input" name="trainingId" [value]="trainingId()" (change)="trainingId.set(value($event))">
              @for (tr of trainings(); track tr.id) {
                <option [value]="tr.id">{{ tr.title }}</option>
              }
            </select>
          </nb-form-field>
          <fieldset class="choice-group" [attr.aria-describedby]="errorFor('mode') ? 'enrol-mode-error' : null">
            <legend>{{ 'staff.enrol.mode' | t }}</legend>
            @for (m of modes; track m) {
              <label class="choice">
                <input type="radio" name="mode" [value]="m" [checked]="mode() === m" (change)="mode.set(m)" [attr.aria-invalid]="errorFor('mode') ? 'true' : null" />
                <span>{{ 'staff.enrol.' + m | t }}</span>
              </label>
            }
            @if (errorFor('mode'); as e) {
              <p id="enrol-mode-error" class="field-error">{{ e }}</p>
            }
          </fieldset>
          <fieldset class="choice-group">
            <legend>{{ 'staff.enrol.goals' | t }}</legend>
            @if (training()?.goalExamples?.length) {
              <p class="field-hint">{{ 'staff.enrol.goalsHint' | t }}</p>
              <div class="chips">
                @for (example of training()!.goalExamples; track example) {
                  <button type="button" class="chip" [attr.aria-pressed]="goals().includes(example)" (click)="toggleExample(example)">{{ example }}</button>
                }
              </div>
            }
            @for (goal of goals(); track $index) {
              <nb-form-field [fieldId]="'enrol-goal-' + $index" [label]="'staff.enrol.goal' | t: { n: $index + 1 }" [optional]="$index === 2" [error]="$index === 0 ? errorFor('goals') : null">
                <input nbControl class="input" [attr.maxlength]="limits.goalMax" [name]="'goal' + $index" [value]="goal" (input)="setGoal($index, value($event))" />
              </nb-form-field>
            }
          </fieldset>
          <nb-message kind="error" [show]="!!general()">{{ general() ?? '' | t }}</nb-message>
          <button class="button" type="submit" [attr.aria-busy]="busy()">{{ 'staff.enrol.submit' | t }}</button>
        </form>
      }
    }
  `,
})
export class TrainerEnrolClientPage {
  protected readonly i18n = useTexts(staffTexts);
  private readonly api = inject(TrainingsApi);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);

  protected readonly limits = TRAINING_LIMITS;
  protected readonly modes: readonly EnrolmentMode[] = ENROLMENT_MODES;
  protected readonly clients = signal<Array<{ id: string; name: string }> | null>(null);
  protected readonly trainings = signal<CatalogueTraining[] | null>(null);
  protected readonly clientId = signal('');
  protected readonly trainingId = signal('');
  protected readonly mode = signal<EnrolmentMode | null>(null);
  protected readonly goals = signal(['', '', '']);
  protected readonly errors = signal<Partial<Record<Field, string>>>({});
  protected readonly general = signal<string | null>(null);
  protected readonly busy = signal(false);
  protected readonly loadError = signal(false);
  protected readonly done = signal<{ name: string; title: string } | null>(null);
  protected readonly training = computed(() => this.trainings()?.find((t) => t.id === this.trainingId()) ?? null);

  constructor() {
    Promise.all([firstValueFrom(this.api.caseload()), firstValueFrom(this.api.catalogue())]).then(
      ([cases, trainings]) => {
        this.trainings.set(trainings);
        this.trainingId.set(trainings[0]?.id ?? '');
        this.clients.set(clientsOf(cases));
      },
      () => this.loadError.set(true),
    );
  }

  protected value(event: Event): string {
    return (event.target as HTMLInputElement | HTMLSelectElement).value;
  }

  protected errorFor(field: Field): string | null {
    const key = this.errors()[field];
    return key ? this.i18n.t(key) : null;
  }

  protected setGoal(i: number, value: string): void {
    this.goals.update((g) => g.map((v, j) => (j === i ? value : v)));
  }

  /** An example fills the first empty goal; pressing it again takes it out. */
  protected toggleExample(example: string): void {
    const goals = this.goals();
    const at = goals.indexOf(example);
    if (at >= 0) return this.setGoal(at, '');
    const free = goals.findIndex((g) => !g.trim());
    if (free >= 0) this.setGoal(free, example);
  }

  protected async submit(): Promise<void> {
    const goals = checkGoals(this.goals());
    const mode = this.mode();
    const errors: Partial<Record<Field, string>> = {};
    if (!this.clientId()) errors.clientId = 'staff.enrol.err.clientId';
    if (!mode) errors.mode = 'staff.enrol.err.mode';
    if (!goals) errors.goals = 'staff.enrol.err.goals';
    this.errors.set(errors);
    this.general.set(null);
    if (Object.keys(errors).length) return focusFirstInvalid(this.host.nativeElement, this.injector);
    this.busy.set(true);
    try {
      await firstValueFrom(this.api.enrol(this.trainingId(), { clientId: this.clientId(), mode: mode!, goals: goals! }));
      const name = this.clients()?.find((c) => c.id === this.clientId())?.name ?? '';
      this.done.set({ name, title: this.training()?.title ?? '' });
      focusAfterRender(this.host.nativeElement, '.enrol-done', this.injector);
    } catch (err) {
      const e = toApiError(err);
      if (e.statusCode === 400 && e.fields) {
        const fromApi: Partial<Record<Field, string>> = {};
        for (const f of Object.keys(e.fields)) {
          const field = (['clientId', 'mode', 'goals'] as const).find((k) => f === k || f.startsWith(`${k}.`));
          if (field) fromApi[field] = `staff.enrol.err.${field}`;
        }
        this.errors.set(fromApi);
        if (!Object.keys(fromApi).length) this.general.set(generalErrorKey(e));
        else focusFirstInvalid(this.host.nativeElement, this.injector);
      } else if (e.statusCode === 409) this.general.set('staff.enrol.err.conflict');
      else if (e.statusCode === 404) this.general.set('staff.enrol.err.notFound');
      else this.general.set(generalErrorKey(e));
    } finally {
      this.busy.set(false);
    }
  }

  protected again(): void {
    this.done.set(null);
    this.clientId.set('');
    this.mode.set(null);
    this.goals.set(['', '', '']);
    this.errors.set({});
  }
}

/** One entry per client (a client may have more than one open case), sorted by name. */
export function clientsOf(cases: CaseloadEntry[]): Array<{ id: string; name: string }> {
  const byId = new Map<string, string>();
  for (const c of cases) if (!c.closedOn && !byId.has(c.client.id)) byId.set(c.client.id, c.client.name ?? '—');
  return [...byId].map(([id, name]) => ({ id, name })).sort((a, b) => a.name.localeCompare(b.name, 'nl'));
}
