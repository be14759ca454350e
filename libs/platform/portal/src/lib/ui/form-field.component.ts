import { ChangeDetectionStrategy, Component, Directive, computed, inject, input } from '@angular/core';
import { TranslatePipe } from '../i18n/t.pipe';

/**
 * A labelled form field: label, optional hint and an error that screen readers hear. Put the
 * control inside with the `nbControl` directive; it gets the id, aria-describedby and
 * aria-invalid from here.
 */
@Component({
  selector: 'nb-form-field',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { class: 'field', '[class.field--invalid]': '!!error()' },
  template: `
    <label class="field-label" [for]="fieldId()">
      {{ label() }}
      @if (optional()) {
        <span class="field-optional">{{ 'platform.field.optional' | t }}</span>
      }
    </label>
    @if (hint()) {
      <p class="field-hint" [id]="hintId()">{{ hint() }}</p>
    }
    <p class="field-error" [id]="errorId()" aria-live="polite">
      @if (error()) {
        <span class="visually-hidden">{{ 'platform.field.errorPrefix' | t }}</span> {{ error() }}
      }
    </p>
    <ng-content />
  `,
})
export class FormFieldComponent {
  readonly fieldId = input.required<string>();
  readonly label = input.required<string>();
  readonly hint = input<string | null>(null);
  readonly error = input<string | null>(null);
  readonly optional = input(false);

  readonly hintId = computed(() => `${this.fieldId()}-hint`);
  readonly errorId = computed(() => `${this.fieldId()}-error`);
  readonly describedBy = computed(() => {
    const ids = [this.hint() ? this.hintId() : null, this.error() ? this.errorId() : null].filter(Boolean);
    return ids.length ? ids.join(' ') : null;
  });
}

/** Marks the input, select or textarea inside an `nb-form-field`. */
@Directive({
  selector: '[nbControl]',
  host: {
    '[id]': 'field.fieldId()',
    '[attr.aria-describedby]': 'field.describedBy()',
    '[attr.aria-invalid]': 'field.error() ? "true" : null',
  },
})
export class FormControlDirective {
  protected readonly field = inject(FormFieldComponent);
}
