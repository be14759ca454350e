import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import {
  FormControlDirective,
  FormFieldComponent,
  MessageComponent,
  TranslatePipe,
  generalErrorKey,
  toApiError,
  useTexts,
} from '@nabij/platform/portal';
import type { GroupTrainingReport } from '@nabij/trainings/contracts';
import { firstValueFrom } from 'rxjs';
import { cohortTexts } from '../cohort.i18n';
import { TrainingsApi } from '../trainings.api';

/** `/groepen/cijfers`: the team lead's figures on group trainings — numbers only, never names or answers. */
@Component({
  selector: 'nb-group-report-page',
  styleUrl: '../trainings.shared.css',
  imports: [TranslatePipe, MessageComponent, FormFieldComponent, FormControlDirective],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1 tabindex="-1">{{ 'cohort.report.title' | t }}</h1>
    <p>{{ 'cohort.report.intro' | t }}</p>
    <form class="report-period" (submit)="$event.preventDefault(); load()" novalidate>
      <nb-form-field fieldId="report-from" [label]="'cohort.report.from' | t" [error]="periodError()">
        <input nbControl class="input" type="date" name="from" [value]="from()" (input)="from.set(value($event))" />
      </nb-form-field>
      <nb-form-field fieldId="report-to" [label]="'cohort.report.to' | t">
        <input nbControl class="input" type="date" name="to" [value]="to()" (input)="to.set(value($event))" />
      </nb-form-field>
      <button class="button" type="submit">{{ 'cohort.report.show' | t }}</button>
    </form>
    <nb-message kind="error" [show]="!!error()">{{ error() ?? '' | t }}</nb-message>
    <div aria-live="polite">
      @if (report(); as r) {
        <p>{{ 'cohort.report.totals' | t: { held: r.totals.sessionsHeld, participants: r.totals.participants, minutes: r.totals.groupMinutes } }}</p>
        @if (r.cohorts.length) {
          <div class="table-wrap">
            <table class="table">
              <caption class="visually-hidden">{{ 'cohort.report.title' | t }}</caption>
              <thead>
                <tr>
                  <th scope="col">{{ 'cohort.report.group' | t }}</th>
                  <th scope="col">{{ 'cohort.report.participants' | t }}</th>
                  <th scope="col">{{ 'cohort.report.held' | t }}</th>
                  <th scope="col">{{ 'cohort.report.attendance' | t }}</th>
                  <th scope="col">{{ 'cohort.report.minutes' | t }}</th>
                  <th scope="col">{{ 'cohort.report.dropOut' | t }}</th>
                </tr>
              </thead>
              <tbody>
                @for (c of r.cohorts; track c.cohortId) {
                  <tr>
                    <th scope="row">{{ c.title }}<br /><span class="small">{{ c.trainingTitle }}</span></th>
                    <td>{{ c.participants }}</td>
                    <td>{{ c.sessionsHeld }} / {{ c.sessionsPlanned }}</td>
                    <td>{{ c.attendancePercent === null ? '—' : c.attendancePercent + '%' }}</td>
                    <td>{{ c.groupMinutes }}</td>
                    <td>
                      <ul class="plain-list small">
                        @for (m of c.dropOutPerModule; track m.position) {
                          @if (m.droppedOut) {
                            <li>{{ 'cohort.report.module' | t: { position: m.position, title: m.title } }}: {{ m.droppedOut }}</li>
                          }
                        }
                      </ul>
                    </td>
                  </tr>
                }
              </tbody>
            </table>
          </div>
          <p class="small">{{ 'cohort.report.dropOutHint' | t }}</p>
        } @else {
          <p>{{ 'cohort.report.empty' | t }}</p>
        }
      }
    </div>
  `,
})
export class GroupReportPage {
  protected readonly i18n = useTexts(cohortTexts);
  private readonly api = inject(TrainingsApi);
  protected readonly from = signal(`${new Date().getFullYear()}-01-01`);
  protected readonly to = signal(new Date().toISOString().slice(0, 10));
  protected readonly report = signal<GroupTrainingReport | null>(null);
  protected readonly error = signal<string | null>(null);
  protected readonly periodError = signal<string | null>(null);

  constructor() {
    void this.load();
  }

  protected value(event: Event): string {
    return (event.target as HTMLInputElement).value;
  }

  protected async load(): Promise<void> {
    this.periodError.set(null);
    this.error.set(null);
    const day = /^\d{4}-\d{2}-\d{2}$/;
    if (!day.test(this.from()) || !day.test(this.to()) || this.from() > this.to())
      return this.periodError.set(this.i18n.t('cohort.report.err.period'));
    try {
      this.report.set(await firstValueFrom(this.api.groupReport(this.from(), this.to())));
    } catch (err) {
      const e = toApiError(err);
      if (e.statusCode === 400) this.periodError.set(this.i18n.t('cohort.report.err.period'));
      else this.error.set(generalErrorKey(e));
    }
  }
}
