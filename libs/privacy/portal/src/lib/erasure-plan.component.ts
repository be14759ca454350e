import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { TranslatePipe, useTexts } from '@nabij/platform/portal';
import type { ErasurePlanLine, ErasureRule } from '@nabij/privacy/contracts';
import { erasureRuleTexts } from './erasure-rules.i18n';

/**
 * The erasure rules as a list: per kind of data what happens and why, in the current language (the
 * rules carry Dutch and English; the client's other languages come from `erasureRuleTexts`). Staff pass the plan of a request and see how much there is of each kind;
 * the client page passes the bare rules. A list rather than a table, so it reads well at 360 px.
 */
@Component({
  selector: 'nb-erasure-plan',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    .plan { list-style: none; padding: 0; margin: 0 0 1rem; display: grid; gap: 0.75rem; }
    .plan li { background: var(--surface); border: 1px solid var(--line); border-radius: var(--radius); padding: 0.75rem; }
    .plan h3 { margin: 0 0 0.25rem; font-size: 1rem; display: flex; flex-wrap: wrap; gap: 0.5rem; align-items: baseline; }
    .plan p { margin: 0.25rem 0 0; }
    .why { color: var(--muted); }
  `,
  template: `
    <ul class="plan">
      @for (line of lines(); track line.kind) {
        <li [attr.data-kind]="line.kind">
          <h3>
            {{ 'privacy.rule.kind.' + line.kind | t }}
            <span class="badge">{{ 'privacy.rule.' + line.action | t }}</span>
            @if (line.count !== null) {
              <span class="count">({{ 'privacy.requests.col.count' | t }}: {{ line.count }})</span>
            }
          </h3>
          <p>{{ line.what }}</p>
          <p class="why">{{ line.why }}</p>
        </li>
      }
    </ul>
  `,
})
export class ErasurePlanComponent {
  private readonly i18n = useTexts(erasureRuleTexts);
  readonly rules = input.required<readonly (ErasureRule | ErasurePlanLine)[]>();

  protected readonly lines = computed(() => {
    const lang = this.i18n.dutchOrEnglish();
    // A rule the portal has no text for (newer API) reads as the API wrote it.
    const text = (key: string, fallback: string) => {
      const found = this.i18n.t(key);
      return found === key ? fallback : found;
    };
    return this.rules().map((r) => ({
      kind: r.kind,
      action: r.action,
      what: text(`privacy.erasure.${r.kind}.what`, r.what[lang]),
      why: text(`privacy.erasure.${r.kind}.why`, r.why[lang]),
      count: 'count' in r ? r.count : null,
    }));
  });
}
