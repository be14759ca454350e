import { ChangeDetectionStrategy, Component, OnInit, computed, inject, signal } from '@angular/core';
import type { NoShowReport } from '@nabij/reminders/contracts';
import {
  AuthStore,
  FormControlDirective,
  FormFieldComponent,
  MessageComponent,
  TranslatePipe,
  formatAmsterdamDate,
  generalErrorKey,
  toApiError,
  useTexts,
} from '@nabij/platform/portal';
import { firstValueFrom } from 'rxjs';
import { RemindersApi } from '../reminders.api';
import { remindersTexts } from '../reminders.i18n';

/**
 * `/herinneringen/organisatie` (admins and team leads): whether reminders are on since when (the
 * admin switches), and the no-show rate per month before and after. Counts only, no clients.
 */
@Component({
  selector: 'nb-reminder-overview-page',
  imports: [TranslatePipe, FormFieldComponent, FormControlDirective, MessageComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    .table-wrap { overflow-x: auto; }
    table { border-collapse: collapse; min-inline-size: 100%; }
    th, td { padding: 0.4rem 0.6rem; text-align: start; border-block-end: 1px solid var(--border, #ccc); }
    td.num { text-align: end; font-variant-numeric: tabular-nums; }
  `,
  template: `
    <h1 tabindex="-1">{{ 'reminders.org.title' | t }}</h1>
    <p class="lead">{{ 'reminders.org.intro' | t }}</p>
    <div aria-live="polite">
      <nb-message kind="success" [show]="saved()">{{ 'reminders.org.saved' | t }}</nb-message>
      <nb-message kind="error" [show]="!!error()">{{ error() ?? '' | t }}</nb-message>
    </div>
    @if (report(); as r) {
      <section class="card" aria-labelledby="switch-title">
        <h2 id="switch-title">{{ (r.enabledSince ? 'reminders.org.on' : 'reminders.org.off') | t: { date: r.enabledSince ? date(r.enabledSince) : '' } }}</h2>
        @if (isAdmin()) {
          <form (submit)="$event.preventDefault(); switchOn()">
            <nb-form-field fieldId="reminders-since" [label]="'reminders.org.since' | t" [hint]="'reminders.org.sinceHint' | t" [error]="dateError()">
              <input nbControl class="input" type="date" [value]="since()" (input)="since.set($any($event.target).value)" />
            </nb-form-field>
            <div class="button-row">
              <button type="submit" class="button" [disabled]="busy()">{{ 'reminders.org.switchOn' | t }}</button>
              @if (r.enabledSince) {
                <button type="button" class="button button--secondary" [disabled]="busy()" (click)="switchOff()">{{ 'reminders.org.switchOff' | t }}</button>
              }
            </div>
          </form>
        }
      </section>

      <section class="card" aria-labelledby="report-title">
        <h2 id="report-title">{{ 'reminders.report.title' | t }}</h2>
        @if (r.enabledSince) {
          <p>{{ 'reminders.report.before' | t: summary(r.before) }}</p>
          <p>{{ 'reminders.report.after' | t: summary(r.after) }}</p>
        }
        <div class="table-wrap" tabindex="0" role="region" [attr.aria-label]="'reminders.report.caption' | t">
          <table>
            <caption class="small">{{ 'reminders.report.caption' | t }}</caption>
            <thead>
              <tr>
                <th scope="col">{{ 'reminders.report.month' | t }}</th>
                <th scope="col">{{ 'reminders.report.attended' | t }}</th>
                <th scope="col">{{ 'reminders.report.noShow' | t }}</th>
                <th scope="col">{{ 'reminders.report.rate' | t }}</th>
                <th scope="col">{{ 'reminders.report.phase' | t }}</th>
              </tr>
            </thead>
            <tbody>
              @for (m of r.months; track m.month) {
                <tr>
                  <th scope="row">{{ month(m.month) }}</th>
                  <td class="num">{{ m.attended }}</td>
                  <td class="num">{{ m.noShow }}</td>
                  <td class="num">{{ m.noShowPercent === null ? '–' : m.noShowPercent + '%' }}</td>
                  <td>{{ (m.remindersOn ? 'reminders.report.phaseOn' : 'reminders.report.phaseOff') | t }}</td>
                </tr>
              }
            </tbody>
          </table>
        </div>
      </section>
    }
  `,
})
export class ReminderOverviewPage implements OnInit {
  protected readonly i18n = useTexts(remindersTexts);
  private readonly api = inject(RemindersApi);
  private readonly auth = inject(AuthStore);
  protected readonly isAdmin = computed(() => this.auth.role() === 'admin');
  protected readonly report = signal<NoShowReport | null>(null);
  protected readonly since = signal(new Date().toISOString().slice(0, 10));
  protected readonly busy = signal(false);
  protected readonly saved = signal(false);
  protected readonly error = signal<string | null>(null);
  protected readonly dateError = signal<string | null>(null);

  async ngOnInit(): Promise<void> {
    await this.load();
  }

  protected switchOn(): Promise<void> {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(this.since())) {
      this.dateError.set(this.i18n.t('reminders.org.dateInvalid'));
      return Promise.resolve();
    }
    return this.save(this.since());
  }

  protected switchOff(): Promise<void> {
    return this.save(null);
  }

  protected summary(t: { noShow: number; attended: number; noShowPercent: number | null }): Record<string, string | number> {
    return {
      rate: t.noShowPercent === null ? this.i18n.t('reminders.report.noData') : `${t.noShowPercent}%`,
      noShow: t.noShow,
      total: t.noShow + t.attended,
    };
  }

  protected date(value: string): string {
    return formatAmsterdamDate(value, this.i18n.locale());
  }

  /** "maart 2026" / "March 2026". */
  protected month(value: string): string {
    return new Intl.DateTimeFormat(this.i18n.locale(), { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
      new Date(`${value}-15T12:00:00Z`),
    );
  }

  private async save(enabledSince: string | null): Promise<void> {
    this.busy.set(true);
    this.saved.set(false);
    this.error.set(null);
    this.dateError.set(null);
    try {
      await firstValueFrom(this.api.saveSetting({ enabledSince }));
      this.saved.set(true);
      await this.load();
    } catch (err) {
      const e = toApiError(err);
      if (e.fields?.['enabledSince']) this.dateError.set(this.i18n.t('reminders.org.dateInvalid'));
      else this.error.set(generalErrorKey(e));
    } finally {
      this.busy.set(false);
    }
  }

  private async load(): Promise<void> {
    try {
      const report = await firstValueFrom(this.api.noShowReport(12));
      this.report.set(report);
      if (report.enabledSince) this.since.set(report.enabledSince);
    } catch (err) {
      this.error.set(generalErrorKey(toApiError(err)));
    }
  }
}
