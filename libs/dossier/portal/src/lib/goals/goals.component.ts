import { ChangeDetectionStrategy, Component, computed, inject, input, output, signal } from '@angular/core';
import type { Goal } from '@nabij/dossier/contracts';
import { MAX_GOALS_PER_CASE } from '@nabij/dossier/contracts';
import {
  MessageComponent,
  TranslatePipe,
  errorKey,
  firstFieldErrorKey,
  generalErrorKey,
  toApiError,
  useTexts,
} from '@nabij/platform/portal';
import { Observable, firstValueFrom } from 'rxjs';
import { DossierApi } from '../dossier.api';
import { dossierTexts } from '../i18n';

/**
 * The 2–3 goals of a case, which client and worker set and change together. Used on the client's
 * "Mijn dossier" and on the worker's case page; emits the new list after every stored change.
 */
@Component({
  selector: 'nb-goals',
  styleUrl: './goals.component.css',
  imports: [TranslatePipe, MessageComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let c = caseId();
    <h2 [id]="c + '-goals'">{{ heading() | t }}</h2>
    <ol class="goal-list">
      @for (g of sorted(); track g.id; let n = $index) {
        <li class="goal-item">
          @if (editing() === g.id) {
            <form class="goal-edit" (submit)="$event.preventDefault(); save(g, box.value, done.checked)">
              <label class="field-label" [for]="c + '-goal-edit'">{{ 'dossier.goals.text' | t: { n: n + 1 } }}</label>
              <textarea [id]="c + '-goal-edit'" #box class="input" rows="2" maxlength="1000" [value]="g.text"></textarea>
              <label class="checkbox"><input #done type="checkbox" [checked]="g.achieved" /> {{ 'dossier.goals.achievedLabel' | t }}</label>
              <div class="button-row">
                <button type="submit" class="button button--small" [disabled]="busy()">{{ 'dossier.goals.save' | t }}</button>
                <button type="button" class="button button--small button--quiet" [disabled]="busy()" (click)="editing.set(null)">{{ 'dossier.goals.cancel' | t }}</button>
              </div>
            </form>
          } @else {
            <span class="goal" [class.goal--done]="g.achieved">{{ g.text }}</span>
            @if (g.achieved) { <span class="badge">{{ 'dossier.goals.achieved' | t }}</span> }
            @if (confirming() === g.id) {
              <div class="goal-confirm" role="alert">
                <p>{{ 'dossier.goals.removeConfirm' | t }}</p>
                <button type="button" class="button button--small button--danger" [disabled]="busy()" (click)="remove(g)">{{ 'dossier.goals.removeYes' | t }}</button>
                <button type="button" class="button button--small button--quiet" [disabled]="busy()" (click)="confirming.set(null)">{{ 'dossier.goals.removeNo' | t }}</button>
              </div>
            } @else if (!readOnly()) {
              <span class="goal-buttons">
                <button type="button" class="button button--small button--quiet" [attr.aria-label]="'dossier.goals.editNamed' | t: { n: n + 1 }" (click)="startEdit(g.id)">{{ 'dossier.goals.edit' | t }}</button>
                <button type="button" class="button button--small button--quiet" [attr.aria-label]="'dossier.goals.removeNamed' | t: { n: n + 1 }" (click)="askRemove(g.id)">{{ 'dossier.goals.remove' | t }}</button>
              </span>
            }
          }
        </li>
      }
    </ol>
    @if (sorted().length === 0) {
      <p>{{ empty() | t }}</p>
    }
    @if (!readOnly()) {
      @if (sorted().length < max) {
        <form class="goal-add" (submit)="$event.preventDefault(); add(newGoal)">
          <label class="field-label" [for]="c + '-goal-new'">{{ 'dossier.goals.add' | t }}</label>
          <p class="small" [id]="c + '-goal-hint'">{{ 'dossier.goals.addHint' | t }}</p>
          <textarea [id]="c + '-goal-new'" #newGoal class="input" rows="2" maxlength="1000" [attr.aria-describedby]="c + '-goal-hint'"></textarea>
          <p><button type="submit" class="button button--small button--secondary" [disabled]="busy()">{{ 'dossier.goals.addButton' | t }}</button></p>
        </form>
      } @else {
        <p class="small">{{ 'dossier.goals.full' | t }}</p>
      }
    }
    <nb-message kind="error" [show]="!!error()">{{ error() }}</nb-message>
  `,
})
export class GoalsComponent {
  protected readonly i18n = useTexts(dossierTexts);
  private readonly api = inject(DossierApi);
  readonly caseId = input.required<string>();
  readonly goals = input.required<Goal[]>();
  readonly readOnly = input(false);
  /** i18n key of the heading: "Mijn doelen" for the client, "Doelen" for the worker. */
  readonly heading = input('dossier.goals');
  /** i18n key of the text when there are no goals yet. */
  readonly empty = input('dossier.goals.none');
  readonly goalsChange = output<Goal[]>();

  protected readonly max = MAX_GOALS_PER_CASE;
  protected readonly sorted = computed(() => [...this.goals()].sort((a, b) => a.position - b.position));
  protected readonly editing = signal<string | null>(null);
  protected readonly confirming = signal<string | null>(null);
  protected readonly busy = signal(false);
  protected readonly error = signal<string | null>(null);

  protected startEdit(goalId: string): void {
    this.confirming.set(null);
    this.error.set(null);
    this.editing.set(goalId);
  }

  protected askRemove(goalId: string): void {
    this.editing.set(null);
    this.error.set(null);
    this.confirming.set(goalId);
  }

  protected async add(box: HTMLTextAreaElement): Promise<void> {
    const text = box.value.trim();
    if (!text) return this.error.set(this.i18n.t('dossier.goals.empty'));
    const done = await this.call(this.api.addGoal(this.caseId(), text));
    if (!done) return;
    box.value = '';
    this.goalsChange.emit([...this.goals(), done.value]);
  }

  protected async save(goal: Goal, value: string, achieved: boolean): Promise<void> {
    const text = value.trim();
    if (!text) return this.error.set(this.i18n.t('dossier.goals.empty'));
    const change = { ...(text !== goal.text && { text }), ...(achieved !== goal.achieved && { achieved }) };
    if (Object.keys(change).length === 0) return this.editing.set(null);
    const done = await this.call(this.api.updateGoal(this.caseId(), goal.id, change), goal.id);
    if (!done) return;
    this.editing.set(null);
    this.goalsChange.emit(this.goals().map((g) => (g.id === done.value.id ? done.value : g)));
  }

  protected async remove(goal: Goal): Promise<void> {
    if (!(await this.call(this.api.removeGoal(this.caseId(), goal.id), goal.id))) return;
    this.confirming.set(null);
    this.goalsChange.emit(this.goals().filter((g) => g.id !== goal.id));
  }

  /** Runs one change; null when it failed (the message is shown in the page's language, by the API's codes). */
  private async call<T>(request: Observable<T>, goalId?: string): Promise<{ value: T } | null> {
    this.busy.set(true);
    this.error.set(null);
    try {
      return { value: (await firstValueFrom(request, { defaultValue: undefined })) as T };
    } catch (err) {
      const e = toApiError(err);
      // Words of our own for the API's codes (issue 17), never its English sentence.
      if (e.statusCode === 400) {
        this.error.set(this.i18n.t(firstFieldErrorKey(e) ?? errorKey(e)));
      } else if (e.statusCode === 409) {
        this.error.set(this.i18n.t(errorKey(e)));
      } else if (e.statusCode === 404 && goalId) {
        // Someone else removed it meanwhile: say so and drop it from the list.
        this.error.set(this.i18n.t('dossier.goals.gone'));
        this.editing.set(null);
        this.confirming.set(null);
        this.goalsChange.emit(this.goals().filter((g) => g.id !== goalId));
      } else {
        this.error.set(this.i18n.t(generalErrorKey(e)));
      }
      return null;
    } finally {
      this.busy.set(false);
    }
  }
}
