import { ChangeDetectionStrategy, Component, ElementRef, Injector, OnInit, computed, inject, signal } from '@angular/core';
import {
  ApiError,
  AuthStore,
  I18n,
  MessageComponent,
  TranslatePipe,
  focusAfterRender,
  formatAmsterdamDate,
  generalErrorKey,
  toApiError,
  useTexts,
} from '@nabij/platform/portal';
import { DECISION_NOTE_MAX, DeletionRequestDetail, DeletionRequestListItem } from '@nabij/privacy/contracts';
import { firstValueFrom } from 'rxjs';
import { ErasurePlanComponent } from './erasure-plan.component';
import { PrivacyApi } from './privacy.api';
import { privacyTexts } from './privacy.i18n';
import { RetentionSettingComponent } from './retention-setting.component';

/**
 * `/privacy-verzoeken` for workers (their own clients' requests) and admins (the organisation's):
 * open deletion requests, each with its plan; an admin executes, worker and admin may decline with
 * a note. Both ask for confirmation first. Admins also set the retention period here.
 */
@Component({
  selector: 'nb-privacy-requests-page',
  imports: [TranslatePipe, MessageComponent, ErasurePlanComponent, RetentionSettingComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    .requests { list-style: none; padding: 0; display: grid; gap: 0.5rem; }
    .requests button { width: 100%; justify-content: flex-start; text-align: start; border-radius: var(--radius); }
    .requests button[aria-current='true'] { outline: 3px solid var(--accent); }
    .decision { margin-top: 1rem; }
  `,
  template: `
    <h1 tabindex="-1">{{ 'privacy.requests.title' | t }}</h1>
    <p class="lead">{{ 'privacy.requests.intro' | t }}</p>

    <div aria-live="polite">
      @if (done(); as key) {
        <nb-message kind="success">{{ key | t }}</nb-message>
      }
      @if (error(); as e) {
        <nb-message kind="error">{{ generalErrorKey(e) | t }}</nb-message>
      }
    </div>

    @if (loaded() && requests().length === 0) {
      <p>{{ 'privacy.requests.empty' | t }}</p>
    }
    <ul class="requests">
      @for (r of requests(); track r.id) {
        <li>
          <button type="button" class="button button--secondary" [attr.aria-current]="selected()?.id === r.id" (click)="open(r.id)">
            {{ 'privacy.requests.open' | t: { name: name(r) } }} · {{ 'privacy.requests.asked' | t: { date: date(r.createdAt) } }}
          </button>
        </li>
      }
    </ul>

    @if (selected(); as d) {
      <section class="card request" aria-labelledby="request-title">
        <h2 id="request-title" tabindex="-1">{{ 'privacy.requests.plan' | t }}: {{ name(d) }}</h2>
        @if (d.reason) {
          <p>{{ 'privacy.requests.reason' | t: { reason: d.reason } }}</p>
        }
        <nb-erasure-plan [rules]="d.plan" />
        @if (d.status === 'requested') {
          <div class="decision">
            @if (confirming() === 'execute') {
              <div class="confirm" role="alert">
                <p>{{ 'privacy.requests.executeConfirm' | t: { name: name(d) } }}</p>
                <div class="button-row">
                  <button type="button" class="button button--danger" [disabled]="busy()" (click)="execute(d.id)">{{ 'privacy.requests.executeYes' | t }}</button>
                  <button type="button" class="button button--quiet" [disabled]="busy()" (click)="confirming.set(null)">{{ 'privacy.requests.cancel' | t }}</button>
                </div>
              </div>
            } @else if (confirming() === 'decline') {
              <div class="confirm" role="alert">
                <p>{{ 'privacy.requests.declineConfirm' | t: { name: name(d) } }}</p>
                <div class="button-row">
                  <button type="button" class="button" [disabled]="busy()" (click)="decline(d.id)">{{ 'privacy.requests.declineYes' | t }}</button>
                  <button type="button" class="button button--quiet" [disabled]="busy()" (click)="confirming.set(null)">{{ 'privacy.requests.cancel' | t }}</button>
                </div>
              </div>
            } @else {
              <label class="field">
                <span class="field-label">{{ 'privacy.requests.declineNote' | t }}</span>
                @if (noteMissing()) {
                  <p class="field-error" id="decline-note-error">{{ 'privacy.requests.noteRequired' | t }}</p>
                }
                <textarea
                  class="input"
                  name="note"
                  rows="3"
                  [attr.maxlength]="noteMax"
                  [attr.aria-invalid]="noteMissing() ? 'true' : null"
                  [attr.aria-describedby]="noteMissing() ? 'decline-note-error' : null"
                  [value]="note()"
                  (input)="note.set($any($event.target).value)"
                ></textarea>
              </label>
              <div class="button-row">
                @if (isAdmin()) {
                  <button type="button" class="button button--danger" (click)="confirm('execute')">{{ 'privacy.requests.execute' | t }}</button>
                }
                <button type="button" class="button button--secondary" (click)="confirm('decline')">{{ 'privacy.requests.decline' | t }}</button>
              </div>
            }
          </div>
        }
      </section>
    }

    @if (isAdmin()) {
      <nb-retention-setting id="bewaartermijn" />
    }
  `,
})
export class PrivacyRequestsPage implements OnInit {
  protected readonly i18nTexts = useTexts(privacyTexts);
  private readonly api = inject(PrivacyApi);
  private readonly i18n = inject(I18n);
  private readonly auth = inject(AuthStore);
  private readonly host = inject(ElementRef<HTMLElement>);
  private readonly injector = inject(Injector);
  protected readonly generalErrorKey = generalErrorKey;
  protected readonly noteMax = DECISION_NOTE_MAX;
  protected readonly requests = signal<DeletionRequestListItem[]>([]);
  protected readonly selected = signal<DeletionRequestDetail | null>(null);
  protected readonly loaded = signal(false);
  protected readonly busy = signal(false);
  protected readonly confirming = signal<'execute' | 'decline' | null>(null);
  protected readonly note = signal('');
  protected readonly noteMissing = signal(false);
  protected readonly done = signal<string | null>(null);
  protected readonly error = signal<ApiError | null>(null);
  protected readonly isAdmin = computed(() => this.auth.user()?.role === 'admin');

  async ngOnInit(): Promise<void> {
    await this.run(async () => this.requests.set(await firstValueFrom(this.api.openDeletionRequests())));
    this.loaded.set(true);
  }

  protected name(r: { clientName: string | null }): string {
    return r.clientName ?? this.i18n.t('privacy.requests.unnamed');
  }

  protected date(value: string): string {
    return formatAmsterdamDate(value, this.i18n.locale());
  }

  protected async open(id: string): Promise<void> {
    this.done.set(null);
    this.confirming.set(null);
    this.note.set('');
    this.noteMissing.set(false);
    await this.run(async () => this.selected.set(await firstValueFrom(this.api.deletionRequest(id))));
    focusAfterRender(this.host.nativeElement, '#request-title', this.injector);
  }

  protected confirm(what: 'execute' | 'decline'): void {
    if (what === 'decline' && !this.note().trim()) {
      this.noteMissing.set(true);
      focusAfterRender(this.host.nativeElement, 'textarea[name="note"]', this.injector);
      return;
    }
    this.noteMissing.set(false);
    this.confirming.set(what);
    focusAfterRender(this.host.nativeElement, '.confirm button', this.injector);
  }

  protected async execute(id: string): Promise<void> {
    await this.decide(id, () => firstValueFrom(this.api.executeDeletion(id)), 'privacy.requests.executed');
  }

  protected async decline(id: string): Promise<void> {
    await this.decide(id, () => firstValueFrom(this.api.declineDeletion(id, this.note().trim())), 'privacy.requests.declined');
  }

  private async decide(id: string, call: () => Promise<DeletionRequestDetail>, doneKey: string): Promise<void> {
    await this.run(async () => {
      await call();
      this.requests.update((list) => list.filter((r) => r.id !== id));
      this.selected.set(null);
      this.confirming.set(null);
      this.done.set(doneKey);
      focusAfterRender(this.host.nativeElement, 'h1', this.injector);
    });
  }

  private async run(action: () => Promise<void>): Promise<void> {
    this.busy.set(true);
    this.error.set(null);
    try {
      await action();
    } catch (err) {
      this.error.set(toApiError(err));
    } finally {
      this.busy.set(false);
    }
  }
}
