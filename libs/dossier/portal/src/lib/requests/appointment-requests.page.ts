import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import type { OpenAppointmentRequest } from '@nabij/dossier/contracts';
import { MessageComponent, TranslatePipe, formatAmsterdamDayTime, useTexts } from '@nabij/platform/portal';
import { firstValueFrom } from 'rxjs';
import { DossierApi } from '../dossier.api';
import { dossierStaffTexts } from '../staff.i18n';

/**
 * `/verzoeken` (worker): the clients' requests to move an appointment that wait for a new time, oldest
 * first. Each links to the case page, where the worker answers with the new time.
 */
@Component({
  selector: 'nb-appointment-requests-page',
  imports: [RouterLink, TranslatePipe, MessageComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1 tabindex="-1">{{ 'dossier.requests.title' | t }}</h1>
    <nb-message kind="error" [show]="failed()">{{ 'dossier.requests.loadError' | t }}</nb-message>
    @if (requests(); as list) {
      @if (list.length) {
        <p>{{ 'dossier.requests.intro' | t }}</p>
        <ul class="plain-list">
          @for (r of list; track r.id) {
            <li class="card">
              <p>
                <strong>{{ 'dossier.requests.appointment' | t: { when: when(r.startsAt) } }}</strong>
              </p>
              <p class="small">{{ 'dossier.requests.asked' | t: { when: when(r.requestedAt) } }}</p>
              <p>{{ 'dossier.requests.reason' | t: { reason: r.reason } }}</p>
              <a [routerLink]="['/caseload', r.caseId]">{{ 'dossier.requests.open' | t: { name: r.client.name ?? ('dossier.requests.unnamed' | t) } }}</a>
            </li>
          }
        </ul>
      } @else {
        <p>{{ 'dossier.requests.none' | t }}</p>
      }
    }
  `,
})
export class AppointmentRequestsPage {
  protected readonly i18n = useTexts(dossierStaffTexts);
  private readonly api = inject(DossierApi);
  protected readonly requests = signal<OpenAppointmentRequest[] | null>(null);
  protected readonly failed = signal(false);

  constructor() {
    firstValueFrom(this.api.appointmentRequests()).then(
      (list) => this.requests.set(list),
      () => this.failed.set(true),
    );
  }

  protected when(iso: string): string {
    return formatAmsterdamDayTime(iso, this.i18n.locale());
  }
}
