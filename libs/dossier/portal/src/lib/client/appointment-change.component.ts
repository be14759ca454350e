import { ChangeDetectionStrategy, Component, inject, input, output, signal } from '@angular/core';
import type { Appointment, AppointmentChangeKind } from '@nabij/dossier/contracts';
import {
  FormControlDirective,
  FormFieldComponent,
  MessageComponent,
  TranslatePipe,
  formatAmsterdamDayTime,
  generalErrorKey,
  toApiError,
  useTexts,
} from '@nabij/platform/portal';
import { firstValueFrom } from 'rxjs';
import { DossierApi } from '../dossier.api';
import { dossierTexts } from '../i18n';

/**
 * Under one appointment of the client: put it in the own agenda (.ics), cancel it or ask to move it
 * with a reason, and what became of an earlier request. The result is announced (aria-live).
 */
@Component({
  selector: 'nb-appointment-change',
  styleUrl: '../dossier.shared.css',
  imports: [TranslatePipe, FormFieldComponent, FormControlDirective, MessageComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let a = appointment();
    @if (a.change; as ch) {
      <p class="small">
        @if (ch.kind === 'cancel') {
          {{ 'dossier.change.cancelled' | t: { reason: ch.reason } }}
        } @else if (ch.answeredAt) {
          {{ 'dossier.change.moved' | t: { when: when(ch.previousStartsAt) } }}
        } @else {
          {{ 'dossier.change.moveAsked' | t: { reason: ch.reason } }}
        }
      </p>
    }
    <div class="button-row">
      <button type="button" class="button button--small button--secondary" (click)="calendar()">{{ 'dossier.change.calendar' | t }}</button>
      @if (changeable()) {
        <button type="button" class="button button--small button--secondary" (click)="open('move')" [attr.aria-expanded]="form() === 'move'">
          {{ 'dossier.change.askMove' | t }}
        </button>
        <button type="button" class="button button--small button--quiet" (click)="open('cancel')" [attr.aria-expanded]="form() === 'cancel'">
          {{ 'dossier.change.cancel' | t }}
        </button>
      }
    </div>
    @if (form(); as kind) {
      <form (submit)="$event.preventDefault(); send(kind, reasonBox)">
        <nb-form-field
          [fieldId]="'change-' + a.id"
          [label]="(kind === 'cancel' ? 'dossier.change.cancelReason' : 'dossier.change.moveReason') | t"
          [hint]="'dossier.change.reasonHint' | t"
          [error]="reasonError()"
        >
          <textarea nbControl #reasonBox class="input" rows="2" maxlength="1000"></textarea>
        </nb-form-field>
        <div class="button-row">
          <button type="submit" class="button button--small" [disabled]="busy()" [attr.aria-busy]="busy() || null">
            {{ (kind === 'cancel' ? 'dossier.change.cancelSend' : 'dossier.change.moveSend') | t }}
          </button>
          <button type="button" class="button button--small button--quiet" (click)="form.set(null)">{{ 'dossier.change.back' | t }}</button>
        </div>
      </form>
    }
    <div aria-live="polite">
      <nb-message kind="success" [show]="!!done()">{{ done() ?? '' | t }}</nb-message>
      <nb-message kind="error" [show]="!!error()">{{ error() ?? '' | t }}</nb-message>
    </div>
  `,
})
export class AppointmentChangeComponent {
  protected readonly i18n = useTexts(dossierTexts);
  private readonly api = inject(DossierApi);
  readonly caseId = input.required<string>();
  readonly appointment = input.required<Appointment>();
  readonly readOnly = input(false);
  readonly changed = output<Appointment>();

  protected readonly form = signal<AppointmentChangeKind | null>(null);
  protected readonly busy = signal(false);
  protected readonly reasonError = signal<string | null>(null);
  protected readonly done = signal<string | null>(null);
  protected readonly error = signal<string | null>(null);

  /** Planned, still to come, and no request to move waiting for an answer. */
  protected changeable(): boolean {
    const a = this.appointment();
    const waiting = a.change?.kind === 'move' && !a.change.answeredAt;
    return !this.readOnly() && a.status === 'planned' && new Date(a.startsAt) > new Date() && !waiting;
  }

  protected open(kind: AppointmentChangeKind): void {
    this.form.set(this.form() === kind ? null : kind);
    this.reasonError.set(null);
    this.done.set(null);
  }

  protected async send(kind: AppointmentChangeKind, box: HTMLTextAreaElement): Promise<void> {
    const reason = box.value.trim();
    if (!reason) return this.reasonError.set(this.i18n.t('dossier.change.reasonNeeded'));
    this.busy.set(true);
    this.error.set(null);
    try {
      const call =
        kind === 'cancel'
          ? this.api.cancelAppointment(this.caseId(), this.appointment().id, reason)
          : this.api.askToMoveAppointment(this.caseId(), this.appointment().id, reason);
      this.changed.emit(await firstValueFrom(call));
      this.form.set(null);
      this.done.set(kind === 'cancel' ? 'dossier.change.cancelDone' : 'dossier.change.moveDone');
    } catch (err) {
      this.error.set(generalErrorKey(toApiError(err)));
    } finally {
      this.busy.set(false);
    }
  }

  protected async calendar(): Promise<void> {
    this.error.set(null);
    try {
      await this.api.downloadCalendar(this.appointment().id);
    } catch (err) {
      this.error.set(generalErrorKey(toApiError(err)));
    }
  }

  protected when(value: string): string {
    return formatAmsterdamDayTime(value, this.i18n.locale());
  }
}
