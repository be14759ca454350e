import { ChangeDetectionStrategy, Component, ElementRef, Injector, computed, inject, input, output, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import {
  FormControlDirective,
  FormFieldComponent,
  MessageComponent,
  TranslatePipe,
  focusAfterRender,
  generalErrorKey,
  toApiError,
  useTexts,
} from '@nabij/platform/portal';
import { CatalogueTraining, EnrolmentMode, TRAINING_LIMITS } from '@nabij/trainings/contracts';
import { firstValueFrom } from 'rxjs';
import { trainingTexts } from '../i18n';
import { TrainingStore } from '../training.store';
import { TrainingsApi } from '../trainings.api';

/** The catalogue, and signing up for one training: blended or online, with 2–3 own goals. */
@Component({
  selector: 'nb-training-enrol',
  styleUrl: '../trainings.shared.css',
  imports: [FormsModule, TranslatePipe, FormFieldComponent, FormControlDirective, MessageComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (chosen(); as training) {
      <form class="card" (ngSubmit)="enrol(training)" novalidate>
        <h2 tabindex="-1">{{ 'training.enrol.title' | t: { title: training.title } }}</h2>
        <fieldset class="choice-group">
          <legend>{{ 'training.enrol.mode' | t }}</legend>
          @for (m of modes; track m) {
            <label class="choice">
              <input type="radio" name="mode" [value]="m" [ngModel]="mode()" (ngModelChange)="mode.set($event)" />
              <span>
                <strong>{{ 'training.enrol.' + m | t }}</strong>
                <span class="small">{{ 'training.enrol.' + m + 'Text' | t }}</span>
              </span>
            </label>
          }
        </fieldset>
        <fieldset class="choice-group">
          <legend>{{ 'training.enrol.goals' | t }}</legend>
          <p class="field-hint">{{ 'training.enrol.goalsHint' | t }}</p>
          <div class="chips">
            @for (example of training.goalExamples; track example) {
              <button type="button" class="chip" [attr.aria-pressed]="goals().includes(example)" (click)="toggleExample(example)">{{ example }}</button>
            }
          </div>
          @for (goal of goals(); track $index) {
            <nb-form-field [fieldId]="'goal-' + $index" [label]="'training.enrol.goal' | t: { n: $index + 1 }" [optional]="$index === 2">
              <input nbControl class="input" [maxlength]="limits.goalMax" [ngModel]="goal" [name]="'goal' + $index" (ngModelChange)="setGoal($index, $event)" />
            </nb-form-field>
          }
        </fieldset>
        <nb-message kind="error" [show]="!!error()">{{ error() ?? '' | t }}</nb-message>
        <div class="button-row">
          <button class="button" type="submit" [attr.aria-busy]="busy()">{{ 'training.enrol.submit' | t }}</button>
          <button class="button button--quiet" type="button" (click)="chosen.set(null)">{{ 'training.enrol.cancel' | t }}</button>
        </div>
      </form>
    } @else {
      <h2>{{ (selfHelpOnly() ? 'training.catalogue.selfHelpTitle' : 'training.catalogue.title') | t }}</h2>
      <p>{{ (selfHelpOnly() ? 'training.catalogue.selfHelpIntro' : 'training.catalogue.intro') | t }}</p>
      @for (training of shown(); track training.id) {
        <section class="card">
          <h3>{{ training.title }}</h3>
          <p class="small">{{ 'training.kindLabel.' + training.kind | t }} · {{ 'training.catalogue.modules' | t: { count: training.moduleCount } }}</p>
          <p>{{ training.summary }}</p>
          @if (training.kind === 'self_help') {
            <button class="button" type="button" (click)="choose(training)">{{ 'training.catalogue.choose' | t }}</button>
          } @else {
            <p class="small">{{ 'training.catalogue.askWorker' | t }}</p>
          }
        </section>
      } @empty {
        @if (catalogue() && !selfHelpOnly()) {
          <p>{{ 'training.catalogue.empty' | t }}</p>
        }
      }
    }
  `,
})
export class EnrolComponent {
  protected readonly i18n = useTexts(trainingTexts);
  private readonly api = inject(TrainingsApi);
  private readonly store = inject(TrainingStore);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);
  readonly enrolled = output<void>();
  /** Below a training the client already follows: only self-help trainings they have not started. */
  readonly selfHelpOnly = input(false);

  protected readonly limits = TRAINING_LIMITS;
  protected readonly modes: EnrolmentMode[] = ['online', 'blended'];
  protected readonly catalogue = signal<CatalogueTraining[] | null>(null);
  protected readonly chosen = signal<CatalogueTraining | null>(null);
  protected readonly shown = computed(() =>
    (this.catalogue() ?? []).filter((c) => !this.selfHelpOnly() || (c.kind === 'self_help' && !c.myEnrolmentId)),
  );
  protected readonly mode = signal<EnrolmentMode>('online');
  protected readonly goals = signal(['', '', '']);
  protected readonly busy = signal(false);
  protected readonly error = signal<string | null>(null);

  constructor() {
    firstValueFrom(this.api.catalogue()).then(
      (list) => this.catalogue.set(list),
      () => this.error.set('training.error.load'),
    );
  }

  protected choose(training: CatalogueTraining): void {
    this.chosen.set(training);
    focusAfterRender(this.host.nativeElement, 'h2', this.injector);
  }

  protected setGoal(i: number, value: string): void {
    this.goals.update((g) => g.map((v, j) => (j === i ? value : v)));
  }

  /** An example fills the first empty goal; tapping it again takes it out. */
  protected toggleExample(example: string): void {
    const goals = this.goals();
    const at = goals.indexOf(example);
    if (at >= 0) return this.setGoal(at, '');
    const free = goals.findIndex((g) => !g.trim());
    if (free >= 0) this.setGoal(free, example);
  }

  protected async enrol(training: CatalogueTraining): Promise<void> {
    const goals = this.goals()
      .map((g) => g.trim())
      .filter(Boolean);
    if (goals.length < TRAINING_LIMITS.goalsMin || goals.some((g) => g.length < TRAINING_LIMITS.goalMin)) {
      this.error.set('training.enrol.goalsError');
      return;
    }
    this.busy.set(true);
    this.error.set(null);
    try {
      await this.store.enrol(training.id, { mode: this.mode(), goals });
      this.chosen.set(null);
      this.catalogue.update(
        (list) => list?.map((c) => (c.id === training.id ? { ...c, myEnrolmentId: this.store.enrolment()?.id ?? null } : c)) ?? null,
      );
      this.enrolled.emit();
    } catch (err) {
      const e = toApiError(err);
      this.error.set(
        e.statusCode === 400 ? 'training.enrol.goalsError' : e.statusCode === 403 ? 'training.catalogue.askWorker' : generalErrorKey(e),
      );
    } finally {
      this.busy.set(false);
    }
  }
}
