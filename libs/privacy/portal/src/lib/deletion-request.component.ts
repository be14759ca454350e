import { ChangeDetectionStrategy, Component, ElementRef, Injector, OnInit, computed, inject, signal } from '@angular/core';
import {
  ApiError,
  I18n,
  MessageComponent,
  TranslatePipe,
  focusAfterRender,
  formatAmsterdamDate,
  generalErrorKey,
  toApiError,
} from '@nabij/platform/portal';
import { DELETION_REASON_MAX, DeletionRequestView, ERASURE_RULES } from '@nabij/privacy/contracts';
import { firstValueFrom } from 'rxjs';
import { ErasurePlanComponent } from './erasure-plan.component';
import { PrivacyApi } from './privacy.api';

/**
 * On "Mijn gegevens": the client asks to have their data deleted. First the rules (what goes, what
 * stays and why), then the question with a confirm step; while a request is open they see its
 * status and can withdraw it; a declined request shows the staff's explanation.
 */
@Component({
  selector: 'nb-deletion-request',
  imports: [TranslatePipe, MessageComponent, ErasurePlanComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section aria-labelledby="delete-title">
      <h2 id="delete-title">{{ 'privacy.delete.title' | t }}</h2>
      <p>{{ 'privacy.delete.intro' | t }}</p>
      <details>
        <summary>{{ 'privacy.delete.rulesTitle' | t }}</summary>
        <nb-erasure-plan [rules]="rules" />
      </details>
      <div aria-live="polite" class="status">
        @if (latest(); as r) {
          <p>{{ 'privacy.delete.status.' + r.status | t: { date: date(r.createdAt) } }}</p>
          @if (r.status === 'declined' && r.decisionNote) {
            <p>{{ 'privacy.delete.note' | t: { note: r.decisionNote } }}</p>
          }
        }
        @if (done(); as key) {
          <nb-message kind="success">{{ key | t }}</nb-message>
        }
        @if (error(); as e) {
          <nb-message kind="error">{{ (e.code === 'deletion_request_open' ? 'privacy.delete.open' : generalErrorKey(e)) | t }}</nb-message>
        }
      </div>
      @if (open(); as r) {
        <button type="button" class="button button--secondary" [disabled]="busy()" (click)="withdraw(r.id)">{{ 'privacy.delete.withdraw' | t }}</button>
      } @else if (loaded()) {
        <label class="field">
          <span>{{ 'privacy.delete.reason' | t }}</span>
          <textarea class="input" name="reason" rows="3" [attr.maxlength]="reasonMax" [value]="reason()" [disabled]="busy()" (input)="reason.set($any($event.target).value)"></textarea>
        </label>
        @if (confirming()) {
          <div class="confirm" role="alert">
            <p>{{ 'privacy.delete.confirm' | t }}</p>
            <div class="button-row">
              <button type="button" class="button button--danger" [disabled]="busy()" (click)="ask()">{{ 'privacy.delete.confirmYes' | t }}</button>
              <button type="button" class="button button--quiet" [disabled]="busy()" (click)="confirming.set(false)">{{ 'privacy.delete.confirmNo' | t }}</button>
            </div>
          </div>
        } @else {
          <button type="button" class="button" [disabled]="busy()" (click)="startConfirm()">{{ 'privacy.delete.ask' | t }}</button>
        }
      }
    </section>
  `,
})
export class DeletionRequestComponent implements OnInit {
  private readonly api = inject(PrivacyApi);
  private readonly i18n = inject(I18n);
  private readonly host = inject(ElementRef<HTMLElement>);
  private readonly injector = inject(Injector);
  protected readonly rules = ERASURE_RULES;
  protected readonly reasonMax = DELETION_REASON_MAX;
  protected readonly generalErrorKey = generalErrorKey;
  protected readonly requests = signal<DeletionRequestView[]>([]);
  protected readonly loaded = signal(false);
  protected readonly busy = signal(false);
  protected readonly confirming = signal(false);
  protected readonly reason = signal('');
  protected readonly done = signal<string | null>(null);
  protected readonly error = signal<ApiError | null>(null);
  protected readonly latest = computed(() => this.requests()[0] ?? null);
  protected readonly open = computed(() => (this.latest()?.status === 'requested' ? this.latest() : null));

  async ngOnInit(): Promise<void> {
    try {
      this.requests.set(await firstValueFrom(this.api.myDeletionRequests()));
    } catch (err) {
      this.error.set(toApiError(err));
    } finally {
      this.loaded.set(true);
    }
  }

  protected date(value: string): string {
    return formatAmsterdamDate(value, this.i18n.locale());
  }

  protected startConfirm(): void {
    this.done.set(null);
    this.confirming.set(true);
    focusAfterRender(this.host.nativeElement, '.confirm button', this.injector);
  }

  protected async ask(): Promise<void> {
    await this.run(async () => {
      const reason = this.reason().trim();
      const created = await firstValueFrom(this.api.askDeletion(reason ? { reason } : {}));
      this.requests.update((list) => [created, ...list]);
      this.reason.set('');
      this.confirming.set(false);
      this.done.set('privacy.delete.asked');
    });
  }

  protected async withdraw(id: string): Promise<void> {
    await this.run(async () => {
      const updated = await firstValueFrom(this.api.withdrawDeletion(id));
      this.requests.update((list) => list.map((r) => (r.id === id ? updated : r)));
      this.done.set('privacy.delete.withdrawn');
    });
  }

  private async run(action: () => Promise<void>): Promise<void> {
    this.busy.set(true);
    this.error.set(null);
    this.done.set(null);
    try {
      await action();
    } catch (err) {
      this.error.set(toApiError(err));
    } finally {
      this.busy.set(false);
    }
  }
}
