import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { MessageComponent, TranslatePipe, formatAmsterdamDate, useTexts } from '@nabij/platform/portal';
import type { ExtensionForLead } from '@nabij/time/contracts';
import { firstValueFrom } from 'rxjs';
import { TimeApi } from './time.api';
import { timeTexts } from './time.i18n';

/**
 * On the team lead's home: the requests for extra conversations of the team, each approved or
 * refused with one click. Worker, kind of work, count and the worker's short reason; no client,
 * no dossier content.
 */
@Component({
  selector: 'nb-extension-requests',
  imports: [TranslatePipe, MessageComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    .extensions { overflow-x: auto; }
    .extensions td, .extensions th { vertical-align: top; }
    .extensions__buttons { display: flex; flex-wrap: wrap; gap: 0.5rem; }
  `,
  template: `
    <section class="card" aria-labelledby="extensions-title">
      <h2 id="extensions-title">{{ 'time.extensions.title' | t }}</h2>
      <p class="small">{{ 'time.extensions.intro' | t }}</p>
      <div aria-live="polite">
        @if (done(); as d) {
          <nb-message kind="success">{{ 'time.extensions.' + d.status | t: { worker: d.worker } }}</nb-message>
        }
      </div>
      @if (failed()) {
        <nb-message kind="error">{{ 'time.extensions.error' | t }}</nb-message>
      } @else if (requests(); as list) {
        @if (list.length === 0) {
          <p>{{ 'time.extensions.none' | t }}</p>
        } @else {
          <div class="extensions">
            <table class="table table--dense">
              <caption class="visually-hidden">{{ 'time.extensions.caption' | t }}</caption>
              <thead>
                <tr>
                  <th scope="col">{{ 'time.extensions.worker' | t }}</th>
                  <th scope="col">{{ 'time.extensions.kind' | t }}</th>
                  <th scope="col">{{ 'time.extensions.count' | t }}</th>
                  <th scope="col">{{ 'time.extensions.extra' | t }}</th>
                  <th scope="col">{{ 'time.extensions.reason' | t }}</th>
                  <th scope="col">{{ 'time.extensions.asked' | t }}</th>
                  <th scope="col">{{ 'time.extensions.decide' | t }}</th>
                </tr>
              </thead>
              <tbody>
                @for (r of list; track r.id) {
                  <tr>
                    <th scope="row">{{ r.workerName ?? '—' }}</th>
                    <td>{{ 'time.kindOfWork.' + r.kindOfWork | t }}</td>
                    <td>{{ 'time.extensions.countValue' | t: { used: r.used, allowed: r.allowed ?? '—' } }}</td>
                    <td>+{{ r.extra }}</td>
                    <td>{{ 'time.reason.' + r.reasonCategory | t }}: {{ r.reason }}</td>
                    <td>{{ day(r.requestedAt) }}</td>
                    <td>
                      <div class="extensions__buttons">
                        <button
                          type="button"
                          class="button button--small"
                          [disabled]="busy()"
                          [attr.aria-label]="'time.extensions.approveLabel' | t: { extra: r.extra, worker: r.workerName ?? '—' }"
                          (click)="decide(r, 'approve')"
                        >{{ 'time.extensions.approve' | t }}</button>
                        <button
                          type="button"
                          class="button button--small button--quiet"
                          [disabled]="busy()"
                          [attr.aria-label]="'time.extensions.refuseLabel' | t: { extra: r.extra, worker: r.workerName ?? '—' }"
                          (click)="decide(r, 'refuse')"
                        >{{ 'time.extensions.refuse' | t }}</button>
                      </div>
                    </td>
                  </tr>
                }
              </tbody>
            </table>
          </div>
        }
      }
    </section>
  `,
})
export class ExtensionRequestsComponent {
  protected readonly i18n = useTexts(timeTexts);
  private readonly api = inject(TimeApi);
  protected readonly requests = signal<ExtensionForLead[] | null>(null);
  protected readonly failed = signal(false);
  protected readonly busy = signal(false);
  protected readonly done = signal<{ status: 'approved' | 'refused'; worker: string } | null>(null);

  constructor() {
    void this.load();
  }

  protected day(at: string): string {
    return formatAmsterdamDate(at, this.i18n.locale());
  }

  private async load(): Promise<void> {
    try {
      this.requests.set(await firstValueFrom(this.api.extensions()));
      this.failed.set(false);
    } catch {
      this.failed.set(true);
    }
  }

  protected async decide(request: ExtensionForLead, decision: 'approve' | 'refuse'): Promise<void> {
    this.busy.set(true);
    this.done.set(null);
    try {
      await firstValueFrom(this.api.decideExtension(request.id, decision));
      this.done.set({ status: decision === 'approve' ? 'approved' : 'refused', worker: request.workerName ?? '—' });
    } catch {
      this.failed.set(true);
    } finally {
      await this.load();
      this.busy.set(false);
    }
  }
}
