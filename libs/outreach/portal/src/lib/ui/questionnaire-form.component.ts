import { NgTemplateOutlet } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, input, model } from '@angular/core';
import { askedQuestions, SCALE_MAX, SCALE_MIN } from '@nabij/outreach/contracts';
import type { AnswerProblem, Answers, AnswerValue, QuestionDefinition, QuestionnaireDefinition } from '@nabij/outreach/contracts';
import { TranslatePipe, useTexts } from '@nabij/platform/portal';
import { outreachTexts } from '../outreach.i18n';

/**
 * The questionnaire as one long form in sections, filled in during the call: a conditional
 * question appears as soon as the answer it depends on meets its condition, and disappears (with
 * its answer) when it no longer does. Presentational: the answers are a two-way binding.
 */
@Component({
  selector: 'nb-questionnaire-form',
  imports: [TranslatePipe, NgTemplateOutlet],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrl: '../outreach.css',
  template: `
    @for (section of definition().sections; track $index; let s = $index) {
      <fieldset class="q-section">
        <legend>
          <h3>{{ section.title }}</h3>
        </legend>
        @if (section.intro) {
          <p class="field-hint">{{ section.intro }}</p>
        }
        @for (q of section.questions; track q.key) {
          @if (asked().has(q.key)) {
            <div class="field q-question" [class.field--invalid]="!!problems()[q.key]">
              @switch (q.type) {
                @case ('text') {
                  <label class="field-label" [for]="id(q)">{{ q.text }}</label>
                  <ng-container [ngTemplateOutlet]="hintAndError" [ngTemplateOutletContext]="{ q }" />
                  <textarea class="input" rows="3" [id]="id(q)" [attr.aria-describedby]="describedBy(q)" [attr.aria-invalid]="invalid(q)"
                    [value]="text(q)" (input)="set(q, $any($event.target).value)"></textarea>
                }
                @case ('number') {
                  <label class="field-label" [for]="id(q)">{{ q.text }}</label>
                  <ng-container [ngTemplateOutlet]="hintAndError" [ngTemplateOutletContext]="{ q }" />
                  <input class="input q-number" type="number" inputmode="numeric" [id]="id(q)" [attr.min]="q.min" [attr.max]="q.max"
                    [attr.aria-describedby]="describedBy(q)" [attr.aria-invalid]="invalid(q)" [value]="text(q)" (input)="setNumber(q, $any($event.target).value)" />
                }
                @case ('date') {
                  <label class="field-label" [for]="id(q)">{{ q.text }}</label>
                  <ng-container [ngTemplateOutlet]="hintAndError" [ngTemplateOutletContext]="{ q }" />
                  <input class="input" type="date" [id]="id(q)" [attr.aria-describedby]="describedBy(q)" [attr.aria-invalid]="invalid(q)"
                    [value]="text(q)" (input)="set(q, $any($event.target).value)" />
                }
                @default {
                  <fieldset class="q-choices" [attr.aria-describedby]="describedBy(q)" [id]="id(q)" tabindex="-1">
                    <legend class="field-label">{{ q.text }}</legend>
                    <ng-container [ngTemplateOutlet]="hintAndError" [ngTemplateOutletContext]="{ q }" />
                    <div class="q-options" [class.q-options--scale]="q.type === 'scale'">
                      @for (option of choices(q); track option.value) {
                        <label class="q-option">
                          <input [type]="q.type === 'multiple_choice' ? 'checkbox' : 'radio'" [name]="id(q)" [checked]="isChosen(q, option.value)"
                            [attr.aria-invalid]="invalid(q)" (change)="choose(q, option.value, $any($event.target).checked)" />
                          <span>{{ option.label }}</span>
                        </label>
                      }
                    </div>
                  </fieldset>
                }
              }
            </div>
          }
        }
      </fieldset>
    }
    <ng-template #hintAndError let-q="q">
      @if (q.help || q.type === 'scale') {
        <p class="field-hint" [id]="id(q) + '-hint'">{{ q.help ?? ('outreach.form.scaleHint' | t) }}</p>
      }
      <p class="field-error" [id]="id(q) + '-error'" aria-live="polite">
        @if (problems()[q.key]) {
          {{ 'outreach.form.' + problems()[q.key] | t }}
        }
      </p>
    </ng-template>
  `,
})
export class QuestionnaireFormComponent {
  readonly definition = input.required<QuestionnaireDefinition>();
  /** Two-way: a change is seen at once by the next one (a text typed, then a yes clicked before a render). */
  readonly answers = model.required<Answers>();
  readonly problems = input<Record<string, AnswerProblem>>({});

  private readonly i18n = useTexts(outreachTexts);
  protected readonly asked = computed(() => askedQuestions(this.definition(), this.answers()));

  protected id(q: QuestionDefinition): string {
    return `vraag-${q.key}`;
  }

  protected describedBy(q: QuestionDefinition): string {
    return [q.help || q.type === 'scale' ? `${this.id(q)}-hint` : null, `${this.id(q)}-error`].filter(Boolean).join(' ');
  }

  protected invalid(q: QuestionDefinition): 'true' | null {
    return this.problems()[q.key] ? 'true' : null;
  }

  protected text(q: QuestionDefinition): string {
    const value = this.answers()[q.key];
    return value === undefined || value === null ? '' : String(value);
  }

  protected choices(q: QuestionDefinition): Array<{ value: string; label: string }> {
    if (q.type === 'yes_no')
      return [
        { value: 'true', label: this.i18n.t('outreach.form.yes') },
        { value: 'false', label: this.i18n.t('outreach.form.no') },
      ];
    if (q.type === 'scale') {
      const [min, max] = [q.min ?? SCALE_MIN, q.max ?? SCALE_MAX];
      return Array.from({ length: max - min + 1 }, (_, i) => ({ value: String(min + i), label: String(min + i) }));
    }
    return q.options ?? [];
  }

  protected isChosen(q: QuestionDefinition, value: string): boolean {
    const answer = this.answers()[q.key];
    return Array.isArray(answer) ? answer.includes(value) : answer !== undefined && answer !== null && String(answer) === value;
  }

  protected choose(q: QuestionDefinition, value: string, checked: boolean): void {
    if (q.type === 'multiple_choice') {
      const current = (this.answers()[q.key] as string[] | undefined) ?? [];
      this.set(q, checked ? [...current, value] : current.filter((v) => v !== value));
    } else if (q.type === 'yes_no') this.set(q, value === 'true');
    else if (q.type === 'scale') this.set(q, Number(value));
    else this.set(q, value);
  }

  protected setNumber(q: QuestionDefinition, raw: string): void {
    this.set(q, raw === '' ? null : Number(raw));
  }

  protected set(q: QuestionDefinition, value: AnswerValue | null): void {
    const next: Answers = { ...this.answers(), [q.key]: value };
    // Answers to questions that are no longer asked go: the server refuses them, and they would mislead.
    const asked = askedQuestions(this.definition(), next);
    for (const key of Object.keys(next)) if (!asked.has(key)) delete next[key];
    this.answers.set(next);
  }
}
