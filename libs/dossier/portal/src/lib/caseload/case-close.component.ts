import { ChangeDetectionStrategy, Component, ElementRef, Injector, computed, inject, input, output, signal } from '@angular/core';
import type { CloseReason } from '@nabij/dossier/contracts';
import { CASE_REOPEN_DAYS, CLIENT_IN_CARE, CLOSE_REASONS, REOPEN_PERIOD_OVER, reopenableUntil } from '@nabij/dossier/contracts';
import {
  TranslatePipe,
  amsterdamCalendarDate,
  focusAfterRender,
  formatAmsterdamDate,
  generalErrorKey,
  toApiError,
  useTexts,
} from '@nabij/platform/portal';
import { Observable, firstValueFrom } from 'rxjs';
import { DossierApi } from '../dossier.api';
import { dossierTexts } from '../i18n';

/**
 * The Dutch (B1) words for a failed close or reopen, as an i18n key: the period is over, the client
 * is in care with a colleague now, the case is gone (404), or the general words for the status.
 */
export function reopenErrorKey(err: unknown): string {
  const e = toApiError(err);
  if (e.code === REOPEN_PERIOD_OVER) return 'dossier.case.reopenOverError';
  if (e.code === CLIENT_IN_CARE) return 'dossier.case.reopenInCare';
  return generalErrorKey(e);
}

/**
 * Closing a case asks first: the reason and what closing means (read-only for worker and client,
 * reopenable for CASE_REOPEN_DAYS). A closed case offers "Heropen casus" with a reason while that
 * period lasts, and says until when.
 */
@Component({
  selector: 'nb-case-close',
  styleUrl: './case-close.component.css',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (!closedOn()) {
      <section class="card dense-form case-close" aria-labelledby="case-close-title">
        <h2 id="case-close-title">{{ 'dossier.case.close' | t }}</h2>
        @if (!asking()) {
          <button type="button" class="button button--small button--danger case-close-ask" (click)="ask()">{{ 'dossier.case.closeAsk' | t }}</button>
        } @else {
          <form (submit)="$event.preventDefault(); close()">
            <label for="case-close-reason">{{ 'dossier.case.closeReason' | t }}</label>
            <select id="case-close-reason" class="input" [value]="reason()" [attr.aria-invalid]="missingReason()" aria-describedby="case-close-error" (change)="chooseReason($any($event.target).value)">
              <option value="">{{ 'dossier.case.closeChoose' | t }}</option>
              @for (r of reasons; track r) {
                <option [value]="r">{{ 'dossier.closeReason.' + r | t }}</option>
              }
            </select>
            <p id="case-close-error" class="field-error" role="alert">{{ missingReason() ? ('dossier.case.closeReasonMissing' | t) : '' }}</p>
            <div class="case-close-meaning">
              <p><strong>{{ 'dossier.case.closeMeaning' | t }}</strong></p>
              <ul>
                <li>{{ 'dossier.case.closeReadOnly' | t }}</li>
                <li>{{ 'dossier.case.closeReport' | t }}</li>
                <li>{{ 'dossier.case.closeReopen' | t: { days: days, date: date(reopenLastDay(today)) } }}</li>
              </ul>
            </div>
            <div class="case-close-actions">
              <button type="submit" class="button button--small button--danger" [attr.aria-busy]="busy()">{{ 'dossier.case.closeYes' | t }}</button>
              <button type="button" class="button button--small button--quiet" (click)="cancel()">{{ 'dossier.case.closeCancel' | t }}</button>
            </div>
          </form>
        }
      </section>
    } @else {
      <section class="card dense-form case-close" aria-labelledby="case-reopen-title">
        <h2 id="case-reopen-title">{{ 'dossier.case.reopen' | t }}</h2>
        @if (canReopen()) {
          <p>{{ 'dossier.case.reopenUntil' | t: { date: date(reopenLastDay(closedOn()!)) } }}</p>
          <form (submit)="$event.preventDefault(); reopen()">
            <label for="case-reopen-reason">{{ 'dossier.case.reopenReason' | t }}</label>
            <textarea id="case-reopen-reason" class="input" rows="2" maxlength="500" aria-describedby="case-reopen-error" [attr.aria-invalid]="!!reopenError()" [value]="reopenReason()" (input)="reopenReason.set($any($event.target).value)"></textarea>
            <p id="case-reopen-error" class="field-error" role="alert">{{ reopenError() ? (reopenError()! | t) : '' }}</p>
            <button type="submit" class="button button--small" [attr.aria-busy]="busy()">{{ 'dossier.case.reopenSave' | t }}</button>
          </form>
        } @else {
          <p>{{ 'dossier.case.reopenOver' | t: { date: date(reopenLastDay(closedOn()!)) } }}</p>
        }
      </section>
    }
    <p class="field-error" role="alert">{{ error() ? (error()! | t) : '' }}</p>
  `,
})
export class CaseCloseComponent {
  protected readonly i18n = useTexts(dossierTexts);
  private readonly api = inject(DossierApi);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);

  readonly caseId = input.required<string>();
  readonly closedOn = input<string | null>(null);
  /** The case was closed or reopened: the page reloads it. */
  readonly changed = output<void>();

  protected readonly reasons = CLOSE_REASONS;
  protected readonly days = CASE_REOPEN_DAYS;
  protected readonly today = amsterdamCalendarDate(new Date());
  protected readonly asking = signal(false);
  protected readonly reason = signal<CloseReason | ''>('');
  protected readonly missingReason = signal(false);
  protected readonly reopenReason = signal('');
  protected readonly reopenError = signal<string | null>(null);
  protected readonly busy = signal(false);
  /** An i18n key. */
  protected readonly error = signal<string | null>(null);
  protected readonly canReopen = computed(() => {
    const closedOn = this.closedOn();
    return !!closedOn && reopenableUntil(closedOn) >= this.today;
  });

  protected reopenLastDay(closedOn: string): string {
    return reopenableUntil(closedOn);
  }

  protected date(day: string): string {
    return formatAmsterdamDate(day, this.i18n.locale());
  }

  protected ask(): void {
    this.asking.set(true);
    focusAfterRender(this.host.nativeElement, '#case-close-reason', this.injector);
  }

  protected cancel(): void {
    this.asking.set(false);
    this.reason.set('');
    this.missingReason.set(false);
    focusAfterRender(this.host.nativeElement, '.case-close-ask', this.injector);
  }

  protected chooseReason(value: string): void {
    this.reason.set((CLOSE_REASONS as readonly string[]).includes(value) ? (value as CloseReason) : '');
    if (this.reason()) this.missingReason.set(false);
  }

  protected async close(): Promise<void> {
    const reason = this.reason();
    if (!reason) {
      this.missingReason.set(true);
      focusAfterRender(this.host.nativeElement, '#case-close-reason', this.injector);
      return;
    }
    if (await this.send(this.api.close(this.caseId(), { reason }))) this.asking.set(false);
  }

  protected async reopen(): Promise<void> {
    const reason = this.reopenReason().trim();
    if (reason.length < 3) {
      this.reopenError.set('dossier.case.reopenReasonMissing');
      focusAfterRender(this.host.nativeElement, '#case-reopen-reason', this.injector);
      return;
    }
    this.reopenError.set(null);
    if (await this.send(this.api.reopen(this.caseId(), { reason }))) this.reopenReason.set('');
  }

  private async send(call: Observable<unknown>): Promise<boolean> {
    if (this.busy()) return false;
    this.busy.set(true);
    this.error.set(null);
    try {
      await firstValueFrom(call);
      this.changed.emit();
      return true;
    } catch (err) {
      this.error.set(reopenErrorKey(err));
      return false;
    } finally {
      this.busy.set(false);
    }
  }
}
