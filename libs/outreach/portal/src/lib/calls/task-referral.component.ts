import { ChangeDetectionStrategy, Component, inject, input, signal } from '@angular/core';
import type { OutreachTask, TaskReferral } from '@nabij/outreach/contracts';
import type { SocialServiceHit } from '@nabij/socialmap/contracts';
import {
  FormControlDirective,
  FormFieldComponent,
  MessageComponent,
  TranslatePipe,
  generalErrorKey,
  toApiError,
  useTexts,
} from '@nabij/platform/portal';
import { firstValueFrom } from 'rxjs';
import { OutreachApi } from '../outreach.api';
import { outreachTexts } from '../outreach.i18n';

/**
 * Under a follow-up task ("Hulp regelen") on the call's result screen: "Verwijs door", an explicit
 * step of the worker, never done silently. Offered only when the family said yes to the consent
 * question and has an open case with this worker; the reason is prefilled with what the family asked
 * help for, the services of the social map come nearest the family's postcode first.
 */
@Component({
  selector: 'nb-task-referral',
  imports: [TranslatePipe, MessageComponent, FormFieldComponent, FormControlDirective],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrl: '../outreach.css',
  template: `
    @let t = task();
    @if (referral(); as made) {
      <nb-message kind="success">{{ 'outreach.refer.done' | t: { service: made.serviceLabel } }}</nb-message>
    } @else if (!t.consent) {
      <p class="meta">{{ 'outreach.refer.noConsent' | t }}</p>
    } @else if (!t.caseId) {
      <p class="meta">{{ 'outreach.refer.noCase' | t }}</p>
    } @else if (!open()) {
      <button type="button" class="button button--secondary button--small" [attr.aria-expanded]="false" (click)="start()">
        {{ 'outreach.refer.start' | t }}
      </button>
    } @else {
      <form class="referral-form" (submit)="$event.preventDefault(); send()" novalidate>
        <nb-form-field [fieldId]="'dienst-' + t.id" [label]="'outreach.refer.service' | t" [error]="serviceError() ? ('outreach.refer.chooseService' | t) : null">
          <select nbControl class="input" (change)="serviceId.set($any($event.target).value); serviceError.set(false)">
            <option value="" [selected]="!serviceId()">{{ 'outreach.refer.choose' | t }}</option>
            @for (s of services(); track s.id) {
              <option [value]="s.id" [selected]="s.id === serviceId()">{{ s.providerName }}: {{ s.name }}{{ s.distanceKm !== null ? ' (' + s.distanceKm + ' km)' : '' }}</option>
            }
          </select>
        </nb-form-field>
        <nb-form-field [fieldId]="'reden-' + t.id" [label]="'outreach.refer.reason' | t" [hint]="'outreach.refer.reasonHint' | t" [error]="reasonError() ? ('outreach.form.required' | t) : null">
          <textarea nbControl class="input" rows="3" maxlength="1000" [value]="reason()" (input)="reason.set($any($event.target).value); reasonError.set(false)"></textarea>
        </nb-form-field>
        <nb-message kind="error" [show]="!!error()">{{ error() ? (error()! | t) : '' }}</nb-message>
        <button type="submit" class="button button--small" [attr.aria-busy]="busy()">{{ 'outreach.refer.send' | t }}</button>
      </form>
    }
  `,
})
export class TaskReferralComponent {
  protected readonly i18n = useTexts(outreachTexts);
  private readonly api = inject(OutreachApi);
  readonly task = input.required<OutreachTask>();
  /** The family's postcode, to put the nearest services first. */
  readonly postcode = input<string | null>(null);

  protected readonly open = signal(false);
  protected readonly services = signal<SocialServiceHit[]>([]);
  protected readonly serviceId = signal('');
  protected readonly reason = signal('');
  protected readonly serviceError = signal(false);
  protected readonly reasonError = signal(false);
  protected readonly error = signal<string | null>(null);
  protected readonly busy = signal(false);
  private readonly made = signal<TaskReferral | null>(null);
  protected readonly referral = () => this.made() ?? this.task().referral;

  protected async start(): Promise<void> {
    this.reason.set(this.task().note ?? '');
    this.open.set(true);
    try {
      this.services.set((await firstValueFrom(this.api.socialServices(this.postcode()))).hits);
    } catch (err) {
      this.error.set(generalErrorKey(toApiError(err)));
    }
  }

  protected async send(): Promise<void> {
    this.serviceError.set(!this.serviceId());
    this.reasonError.set(!this.reason().trim());
    if (this.serviceError() || this.reasonError()) return;
    this.busy.set(true);
    this.error.set(null);
    try {
      this.made.set(
        await firstValueFrom(this.api.referFromTask(this.task().id, { serviceId: this.serviceId(), reason: this.reason().trim() })),
      );
    } catch (err) {
      const apiError = toApiError(err);
      this.error.set(apiError.statusCode === 409 ? 'outreach.refer.refused' : generalErrorKey(apiError));
    } finally {
      this.busy.set(false);
    }
  }
}
