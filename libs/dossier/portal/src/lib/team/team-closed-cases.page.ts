import { ChangeDetectionStrategy, Component, ElementRef, Injector, inject, signal } from '@angular/core';
import type { TeamClosedCase } from '@nabij/dossier/contracts';
import { CASE_REOPEN_DAYS } from '@nabij/dossier/contracts';
import {
  MessageComponent,
  TranslatePipe,
  amsterdamCalendarDate,
  focusAfterRender,
  formatAmsterdamDate,
  generalErrorKey,
  toApiError,
  useTexts,
} from '@nabij/platform/portal';
import { firstValueFrom } from 'rxjs';
import { reopenErrorKey } from '../caseload/case-close.component';
import { DossierApi } from '../dossier.api';
import { dossierTexts } from '../i18n';

/**
 * `/team/heropenen` for team leads: the team's cases closed in the last CASE_REOPEN_DAYS, each with
 * "Heropenen…", which asks for a reason and says what reopening means before it does it. Only the
 * client's and worker's names, the closing day and the reason category: never dossier contents.
 */
@Component({
  selector: 'nb-team-closed-cases-page',
  styleUrls: ['./team-closed-cases.page.css', '../caseload/case-close.component.css'],
  imports: [TranslatePipe, MessageComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1 tabindex="-1">{{ 'dossier.team.title' | t }}</h1>
    <p class="lead">{{ 'dossier.team.intro' | t: { days: days } }}</p>
    <div aria-live="polite">
      <nb-message kind="success" [show]="!!done()">{{ 'dossier.team.done' | t: { name: done() ?? '' } }}</nb-message>
    </div>
    <nb-message kind="error" [show]="!!loadError()">{{ loadError() ?? '' | t }}</nb-message>
    @if (cases(); as list) {
      @if (list.length) {
        <ul class="team-cases">
          @for (c of list; track c.id) {
            <li class="card team-case" [attr.data-case]="c.id">
              <h2 class="team-case__name" [id]="'team-case-' + c.id">{{ c.client.name ?? ('dossier.team.unnamed' | t) }}</h2>
              <dl class="team-case__facts">
                <div><dt>{{ 'dossier.team.worker' | t }}</dt><dd>{{ c.worker?.name ?? '–' }}</dd></div>
                <div><dt>{{ 'dossier.team.closedOn' | t }}</dt><dd>{{ date(c.closedOn) }}</dd></div>
                <div><dt>{{ 'dossier.team.reason' | t }}</dt><dd>{{ c.closeReason ? ('dossier.closeReason.' + c.closeReason | t) : '–' }}</dd></div>
                <div><dt>{{ 'dossier.team.until' | t }}</dt><dd>{{ date(c.reopenableUntil) }}</dd></div>
              </dl>
              @if (c.reopenableUntil < today) {
                <p>{{ 'dossier.case.reopenOver' | t: { date: date(c.reopenableUntil) } }}</p>
              } @else if (asking() !== c.id) {
                <button type="button" class="button button--small team-case__ask" [attr.aria-describedby]="'team-case-' + c.id" (click)="ask(c)">
                  {{ 'dossier.team.ask' | t }}
                </button>
              } @else {
                <form class="case-close" (submit)="$event.preventDefault(); reopen(c)">
                  <div class="case-close-meaning">
                    <p><strong>{{ 'dossier.team.meaning' | t }}</strong></p>
                    <ul>
                      <li>{{ 'dossier.team.meaningOpen' | t: { worker: c.worker?.name ?? '–' } }}</li>
                      <li>{{ 'dossier.team.meaningReport' | t }}</li>
                      <li>{{ 'dossier.team.meaningLog' | t }}</li>
                    </ul>
                  </div>
                  <label for="team-reopen-reason">{{ 'dossier.case.reopenReason' | t }}</label>
                  <textarea
                    id="team-reopen-reason"
                    class="input"
                    rows="2"
                    maxlength="500"
                    aria-describedby="team-reopen-error"
                    [attr.aria-invalid]="!!error()"
                    [value]="reason()"
                    (input)="reason.set($any($event.target).value)"
                  ></textarea>
                  <p id="team-reopen-error" class="field-error" role="alert">{{ error() ? (error()! | t) : '' }}</p>
                  <div class="case-close-actions">
                    <button type="submit" class="button button--small" [attr.aria-busy]="busy()">{{ 'dossier.team.yes' | t }}</button>
                    <button type="button" class="button button--small button--quiet" (click)="cancel(c)">{{ 'dossier.case.closeCancel' | t }}</button>
                  </div>
                </form>
              }
            </li>
          }
        </ul>
      } @else {
        <p>{{ 'dossier.team.none' | t: { days: days } }}</p>
      }
    }
  `,
})
export class TeamClosedCasesPage {
  protected readonly i18n = useTexts(dossierTexts);
  private readonly api = inject(DossierApi);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);

  protected readonly days = CASE_REOPEN_DAYS;
  protected readonly today = amsterdamCalendarDate(new Date());
  protected readonly cases = signal<TeamClosedCase[] | null>(null);
  /** An i18n key. */
  protected readonly loadError = signal<string | null>(null);
  /** The case whose "Heropenen…" was chosen: its form is open. */
  protected readonly asking = signal<string | null>(null);
  protected readonly reason = signal('');
  /** An i18n key, for the open form. */
  protected readonly error = signal<string | null>(null);
  protected readonly busy = signal(false);
  /** The client's name after a reopen, for the success message. */
  protected readonly done = signal<string | null>(null);

  constructor() {
    void this.load();
  }

  protected date(day: string): string {
    return formatAmsterdamDate(day, this.i18n.locale());
  }

  protected ask(c: TeamClosedCase): void {
    this.asking.set(c.id);
    this.reason.set('');
    this.error.set(null);
    this.done.set(null);
    focusAfterRender(this.host.nativeElement, '#team-reopen-reason', this.injector);
  }

  protected cancel(c: TeamClosedCase): void {
    this.asking.set(null);
    this.error.set(null);
    focusAfterRender(this.host.nativeElement, `[data-case="${c.id}"] .team-case__ask`, this.injector);
  }

  protected async reopen(c: TeamClosedCase): Promise<void> {
    const reason = this.reason().trim();
    if (reason.length < 3) {
      this.error.set('dossier.case.reopenReasonMissing');
      focusAfterRender(this.host.nativeElement, '#team-reopen-reason', this.injector);
      return;
    }
    if (this.busy()) return;
    this.busy.set(true);
    this.error.set(null);
    try {
      await firstValueFrom(this.api.reopen(c.id, { reason }));
      this.asking.set(null);
      // Open again: off the list at once; the reload below brings any other change.
      this.cases.update((list) => list?.filter((x) => x.id !== c.id) ?? null);
      this.done.set(c.client.name ?? '');
      await this.load();
      focusAfterRender(this.host.nativeElement, 'h1', this.injector);
    } catch (err) {
      this.error.set(toApiError(err).statusCode === 404 ? 'dossier.team.gone' : reopenErrorKey(err));
    } finally {
      this.busy.set(false);
    }
  }

  private async load(): Promise<void> {
    try {
      this.cases.set(await firstValueFrom(this.api.teamClosedCases()));
      this.loadError.set(null);
    } catch (err) {
      this.loadError.set(generalErrorKey(toApiError(err)));
    }
  }
}
