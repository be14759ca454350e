import { DOCUMENT } from '@angular/common';
import { ChangeDetectionStrategy, Component, inject, input, signal } from '@angular/core';
import { MessageComponent, TranslatePipe, formatAmsterdamDate, generalErrorKey, useTexts } from '@nabij/platform/portal';
import type { ReportFilterOption } from '@nabij/reports/contracts';
import { CLIENT_BOUND_NORM } from '@nabij/time/contracts';
import { hoursMinutes } from './caseload-report.store';
import { downloadFile } from './download';
import { reportsTexts } from './reports.i18n';
import { WorkerReportStore } from './worker-report.store';
import { ReportTeamFieldComponent } from './report-filter-fields.component';

/**
 * "Per medewerker": hours this week and month, client-bound share, open caseload, contacts by type
 * and prefills still to confirm — numbers only, never dossier contents. A dense table whose region
 * scrolls horizontally and can be reached and scrolled with the keyboard.
 */
@Component({
  selector: 'nb-worker-report',
  styleUrls: ['./worker-report.component.css', './reports.shared.css'],
  imports: [TranslatePipe, MessageComponent, ReportTeamFieldComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <form class="report-form inline-form worker-report__form" (submit)="submit($event, form)" #form novalidate>
      <div class="field">
        <label class="field-label" for="workers-date">{{ 'reports.workers.date' | t }}</label>
        <input class="input" id="workers-date" name="date" type="date" [value]="store.report()?.date ?? ''" />
      </div>
      <nb-report-team-field idPrefix="workers" [teams]="teams()" [selected]="store.query().teamId" />
      <div class="button-row">
        <button type="submit" class="button" [attr.aria-busy]="store.loading()">{{ 'reports.show' | t }}</button>
        <button type="button" class="button button--quiet" (click)="download()" [disabled]="downloading() || !store.workers().length" [attr.aria-busy]="downloading()">
          {{ 'reports.csv' | t }}
        </button>
      </div>
    </form>

    <div aria-live="polite" class="report-status">
      @if (store.loading()) {
        <p>{{ 'reports.loading' | t }}</p>
      } @else if (store.error(); as error) {
        <nb-message kind="error">{{ generalErrorKey(error) | t }}</nb-message>
      } @else if (store.report() && !store.workers().length) {
        <p>{{ 'reports.workers.empty' | t }}</p>
      }
    </div>

    @if (store.report(); as r) {
      @if (store.workers().length) {
        <div class="table-wrap report-table-wrap" tabindex="0" role="region" aria-labelledby="workers-caption">
          <table class="table table--dense report-table worker-table">
            <caption id="workers-caption">{{ 'reports.workers.caption' | t: { weekStart: day(r.weekStart), weekEnd: day(r.weekEnd), monthStart: day(r.monthStart), monthEnd: day(r.monthEnd) } }}</caption>
            <thead>
              <tr>
                <td colspan="2"></td>
                <th scope="colgroup" colspan="2" class="report-table__group">{{ 'reports.workers.week' | t }}</th>
                <th scope="colgroup" [attr.colspan]="2 + store.contactTypes.length" class="report-table__group">{{ 'reports.workers.month' | t }}</th>
                <td colspan="2"></td>
              </tr>
              <tr>
                <th scope="col">{{ 'reports.worker' | t }}</th>
                <th scope="col">{{ 'reports.team' | t }}</th>
                <th scope="col" class="report-table__start">{{ 'reports.workers.hours' | t }}</th>
                <th scope="col">{{ 'reports.workers.clientShare' | t }}</th>
                <th scope="col" class="report-table__start">{{ 'reports.workers.hours' | t }}</th>
                <th scope="col">{{ 'reports.workers.clientShare' | t }}</th>
                @for (type of store.contactTypes; track type) {
                  <th scope="col">{{ 'reports.workers.type.' + type | t }}</th>
                }
                <th scope="col" class="report-table__start">{{ 'reports.workers.openCases' | t }}</th>
                <th scope="col">{{ 'reports.workers.toConfirm' | t }}</th>
              </tr>
            </thead>
            <tbody>
              @for (w of store.workers(); track w.workerId) {
                <tr [attr.data-worker]="w.workerId">
                  <th scope="row" class="report-table__kind">{{ w.name }}</th>
                  <td class="worker-table__team">{{ w.team ?? '' }}</td>
                  <td class="report-table__start report-table__total">{{ w.weekTime }}</td>
                  <td [class.time-norm--below]="below(w.weekClientBoundShare)">{{ percent(w.weekClientBoundShare) }}</td>
                  <td class="report-table__start report-table__total">{{ w.monthTime }}</td>
                  <td [class.time-norm--below]="below(w.monthClientBoundShare)">{{ percent(w.monthClientBoundShare) }}</td>
                  @for (type of store.contactTypes; track type) {
                    <td>{{ w.contactsThisMonth[type] }}</td>
                  }
                  <td class="report-table__start">{{ w.openCases }}</td>
                  <td>{{ w.toConfirm }}</td>
                </tr>
              }
            </tbody>
            <tfoot>
              <tr>
                <th scope="row" colspan="2">{{ 'reports.workers.total' | t }}</th>
                <td class="report-table__start report-table__total">{{ time(store.totals().weekMinutes) }}</td>
                <td></td>
                <td class="report-table__start report-table__total">{{ time(store.totals().monthMinutes) }}</td>
                <td></td>
                @for (type of store.contactTypes; track type) {
                  <td>{{ store.totals().contacts[type] }}</td>
                }
                <td class="report-table__start">{{ store.totals().openCases }}</td>
                <td>{{ store.totals().toConfirm }}</td>
              </tr>
            </tfoot>
          </table>
        </div>
        <p class="small">{{ 'reports.workers.note' | t }}</p>
      }
    }
  `,
})
export class WorkerReportComponent {
  protected readonly i18n = useTexts(reportsTexts);
  protected readonly store = inject(WorkerReportStore);
  protected readonly generalErrorKey = generalErrorKey;
  /** Teams to choose from (an admin); a team lead has one and gets no choice. */
  readonly teams = input<ReportFilterOption[]>([]);
  /** Share of client-bound time a worker should reach (80%). */
  protected readonly norm = CLIENT_BOUND_NORM;
  protected readonly downloading = signal(false);
  private readonly document = inject(DOCUMENT);

  constructor() {
    void this.store.load({});
  }

  protected submit(event: Event, form: HTMLFormElement): void {
    event.preventDefault();
    const data = new FormData(form);
    const value = (name: string) => String(data.get(name) ?? '') || undefined;
    void this.store.load({ date: value('date'), teamId: value('teamId') });
  }

  /** "2 maart 2026" in the page's language, not the ISO date the API sends. */
  protected day(date: string): string {
    return formatAmsterdamDate(date, this.i18n.locale());
  }

  protected download(): Promise<void> {
    return downloadFile(this.document, this.downloading, () => this.store.csv());
  }

  protected percent(share: number | null): string {
    return share === null ? '–' : `${Math.round(share * 100)}%`;
  }

  protected below(share: number | null): boolean {
    return share !== null && share < this.norm;
  }

  protected time(minutes: number): string {
    return hoursMinutes(minutes);
  }
}
