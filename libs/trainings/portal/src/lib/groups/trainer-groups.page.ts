import { ChangeDetectionStrategy, Component, ElementRef, Injector, inject, signal } from '@angular/core';
import { Router, RouterLink } from '@angular/router';
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
import { CatalogueTraining, COHORT_PACINGS, CohortPacing, CohortSummary } from '@nabij/trainings/contracts';
import { firstValueFrom } from 'rxjs';
import { cohortTexts } from '../cohort.i18n';
import { TrainingsApi } from '../trainings.api';
import { sessionDate } from './group-format';

type Field = 'trainingId' | 'title' | 'startsOn' | 'pacing';

/** `/groepen`: the trainer's groups, and a form to make a new one for a course with a trainer. */
@Component({
  selector: 'nb-trainer-groups-page',
  styleUrl: '../trainings.shared.css',
  imports: [RouterLink, TranslatePipe, MessageComponent, FormFieldComponent, FormControlDirective],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <p class="back-link"><a routerLink="/huiswerk"><span class="dir-arrow" aria-hidden="true">←</span> {{ 'trainer.sub.back' | t }}</a></p>
    <h1 tabindex="-1">{{ 'cohort.list.title' | t }}</h1>
    <p>{{ 'cohort.list.intro' | t }}</p>
    <nb-message kind="error" [show]="loadError()">{{ 'cohort.error.load' | t }}</nb-message>
    @if (groups(); as list) {
      @if (list.length) {
        <ul class="plain-list group-list">
          @for (g of list; track g.id) {
            <li class="card">
              <h2 class="training-subtitle"><a [routerLink]="['/groepen', g.id]">{{ g.title }}</a></h2>
              <p>{{ g.trainingTitle }} · {{ 'cohort.startsOn' | t: { date: g.startsOn } }} · {{ 'cohort.pacing.' + g.pacing | t }}</p>
              <p class="small">
                {{ 'cohort.list.participants' | t: { count: g.participantCount } }}
                @if (g.invitedCount) {
                  · {{ 'cohort.list.invited' | t: { count: g.invitedCount } }}
                }
                ·
                @if (g.nextSession; as s) {
                  {{ 'cohort.list.next' | t: { date: date(s.startsAt) } }}
                } @else {
                  {{ 'cohort.list.noNext' | t }}
                }
              </p>
            </li>
          }
        </ul>
      } @else {
        <p>{{ 'cohort.list.empty' | t }}</p>
      }
    }

    <section class="card" aria-labelledby="new-group-title">
      <h2 id="new-group-title">{{ 'cohort.new.title' | t }}</h2>
      @if (trainings(); as ts) {
        @if (!ts.length) {
          <p>{{ 'cohort.new.noTrainings' | t }}</p>
        } @else {
          <form (submit)="$event.preventDefault(); create()" novalidate>
            <nb-form-field fieldId="group-training" [label]="'cohort.new.training' | t" [error]="errorFor('trainingId')">
              <select nbControl class="input" name="trainingId" [value]="trainingId()" (change)="trainingId.set(value($event))">
                @for (tr of ts; track tr.id) {
                  <option [value]="tr.id">{{ tr.title }}</option>
                }
              </select>
            </nb-form-field>
            <nb-form-field fieldId="group-title" [label]="'cohort.new.name' | t" [hint]="'cohort.new.nameHint' | t" [error]="errorFor('title')">
              <input nbControl class="input" name="title" maxlength="120" [value]="title()" (input)="title.set(value($event))" />
            </nb-form-field>
            <nb-form-field fieldId="group-starts" [label]="'cohort.new.startsOn' | t" [error]="errorFor('startsOn')">
              <input nbControl class="input" type="date" name="startsOn" [value]="startsOn()" (input)="startsOn.set(value($event))" />
            </nb-form-field>
            <fieldset class="choice-group" [attr.aria-describedby]="errorFor('pacing') ? 'group-pacing-error' : null">
              <legend>{{ 'cohort.new.pacing' | t }}</legend>
              @for (p of pacings; track p) {
                <label class="choice">
                  <input type="radio" name="pacing" [value]="p" [checked]="pacing() === p" (change)="pacing.set(p)" />
                  <span>{{ 'cohort.new.' + p | t }}</span>
                </label>
              }
              @if (errorFor('pacing'); as e) {
                <p id="group-pacing-error" class="field-error">{{ e }}</p>
              }
            </fieldset>
            <nb-message kind="error" [show]="!!general()">{{ general() ?? '' | t }}</nb-message>
            <button class="button" type="submit" [attr.aria-busy]="busy()">{{ 'cohort.new.submit' | t }}</button>
          </form>
        }
      }
    </section>
  `,
})
export class TrainerGroupsPage {
  protected readonly i18n = useTexts(cohortTexts);
  private readonly api = inject(TrainingsApi);
  private readonly router = inject(Router);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);
  protected readonly pacings: readonly CohortPacing[] = COHORT_PACINGS;
  protected readonly groups = signal<CohortSummary[] | null>(null);
  protected readonly trainings = signal<CatalogueTraining[] | null>(null);
  protected readonly trainingId = signal('');
  protected readonly title = signal('');
  protected readonly startsOn = signal('');
  protected readonly pacing = signal<CohortPacing>('per_session');
  protected readonly errors = signal<Partial<Record<Field, string>>>({});
  protected readonly general = signal<string | null>(null);
  protected readonly busy = signal(false);
  protected readonly loadError = signal(false);

  constructor() {
    Promise.all([firstValueFrom(this.api.cohorts()), firstValueFrom(this.api.catalogue())]).then(
      ([groups, catalogue]) => {
        this.groups.set(groups.filter((g) => g.role === 'trainer'));
        const guided = catalogue.filter((c) => c.kind === 'guided');
        this.trainings.set(guided);
        this.trainingId.set(guided[0]?.id ?? '');
      },
      () => this.loadError.set(true),
    );
  }

  protected value(event: Event): string {
    return (event.target as HTMLInputElement | HTMLSelectElement).value;
  }

  protected date(iso: string): string {
    return sessionDate(iso, this.i18n.locale());
  }

  protected errorFor(field: Field): string | null {
    const key = this.errors()[field];
    return key ? this.i18n.t(key) : null;
  }

  protected async create(): Promise<void> {
    const errors: Partial<Record<Field, string>> = {};
    if (!this.trainingId()) errors.trainingId = 'cohort.err.trainingId';
    if (!this.title().trim()) errors.title = 'cohort.err.title';
    if (!/^\d{4}-\d{2}-\d{2}$/.test(this.startsOn())) errors.startsOn = 'cohort.err.startsOn';
    this.errors.set(errors);
    this.general.set(null);
    if (Object.keys(errors).length) return focusFirstInvalid(this.host.nativeElement, this.injector);
    this.busy.set(true);
    try {
      const made = await firstValueFrom(
        this.api.createCohort({
          trainingId: this.trainingId(),
          title: this.title().trim(),
          startsOn: this.startsOn(),
          pacing: this.pacing(),
        }),
      );
      await this.router.navigate(['/groepen', made.id]);
    } catch (err) {
      const e = toApiError(err);
      if (e.statusCode === 400 && e.fields) {
        const fromApi: Partial<Record<Field, string>> = {};
        for (const f of Object.keys(e.fields))
          if (['trainingId', 'title', 'startsOn', 'pacing'].includes(f)) fromApi[f as Field] = `cohort.err.${f}`;
        this.errors.set(fromApi);
        if (!Object.keys(fromApi).length) this.general.set(generalErrorKey(e));
        else focusFirstInvalid(this.host.nativeElement, this.injector);
      } else if (e.statusCode === 404) this.general.set('cohort.err.notTrainer');
      else this.general.set(generalErrorKey(e));
    } finally {
      this.busy.set(false);
    }
  }
}
