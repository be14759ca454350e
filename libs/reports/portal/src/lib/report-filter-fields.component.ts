import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { MessageComponent, TranslatePipe } from '@nabij/platform/portal';
import type { ReportFilterOption } from '@nabij/reports/contracts';

/**
 * A report tab's team choice, inside its filter form (field `teamId`, read by `readPeriodForm`):
 * shown only when there is more than one team to choose from (an admin); a team lead has one.
 */
@Component({
  selector: 'nb-report-team-field',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { style: 'display: contents' },
  template: `
    @if (teams().length > 1) {
      <div class="field">
        <label class="field-label" [for]="idPrefix() + '-team'">{{ 'reports.team' | t }}</label>
        <select class="input" [id]="idPrefix() + '-team'" name="teamId">
          <option value="">{{ 'reports.all' | t }}</option>
          @for (o of teams(); track o.id) {
            <option [value]="o.id" [selected]="o.id === selected()">{{ o.name }}</option>
          }
        </select>
      </div>
    }
  `,
})
export class ReportTeamFieldComponent {
  /** Ids are `<prefix>-team`, unique per tab. */
  readonly idPrefix = input.required<string>();
  readonly teams = input<ReportFilterOption[]>([]);
  readonly selected = input<string | undefined>(undefined);
}

/** What the period fields show as chosen: the tab's current query. */
export interface ReportPeriodQuery {
  from: string;
  to: string;
  teamId?: string;
  financierId?: string;
}

/**
 * The filter fields most report tabs share, inside the tab's own `<form>`: from and to, the team
 * (when there is a choice), the financier (when the tab offers one) and the message for a period
 * that ends before it starts. The tab reads them with `readPeriodForm` and keeps its own buttons.
 */
@Component({
  selector: 'nb-report-period-fields',
  imports: [TranslatePipe, MessageComponent, ReportTeamFieldComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { style: 'display: contents' },
  template: `
    <div class="field">
      <label class="field-label" [for]="idPrefix() + '-from'">{{ 'reports.from' | t }}</label>
      <input class="input" [id]="idPrefix() + '-from'" name="from" type="date" required [value]="query().from" />
    </div>
    <div class="field">
      <label class="field-label" [for]="idPrefix() + '-to'">{{ 'reports.to' | t }}</label>
      <input class="input" [id]="idPrefix() + '-to'" name="to" type="date" required [value]="query().to" />
    </div>
    <nb-report-team-field [idPrefix]="idPrefix()" [teams]="teams()" [selected]="query().teamId" />
    @if (financiers().length) {
      <div class="field">
        <label class="field-label" [for]="idPrefix() + '-financier'">{{ 'reports.financier' | t }}</label>
        <select class="input" [id]="idPrefix() + '-financier'" name="financierId">
          <option value="">{{ 'reports.all' | t }}</option>
          @for (o of financiers(); track o.id) {
            <option [value]="o.id" [selected]="o.id === query().financierId">{{ o.name }}</option>
          }
        </select>
      </div>
    }
    <nb-message kind="error" [show]="invalid()">{{ 'reports.invalidPeriod' | t }}</nb-message>
  `,
})
export class ReportPeriodFieldsComponent {
  /** Ids are `<prefix>-from`, `-to`, `-team`, `-financier`, unique per tab. */
  readonly idPrefix = input.required<string>();
  readonly query = input.required<ReportPeriodQuery>();
  readonly teams = input<ReportFilterOption[]>([]);
  /** Empty: the tab has no financier choice. */
  readonly financiers = input<ReportFilterOption[]>([]);
  readonly invalid = input(false);
}
