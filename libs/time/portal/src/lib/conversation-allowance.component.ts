import { ChangeDetectionStrategy, Component, effect, inject, input, signal, untracked } from '@angular/core';
import { MessageComponent, TranslatePipe, useTexts } from '@nabij/platform/portal';
import { ConversationAllowance, EXTENSION_REASON_MAX, EXTENSION_REASONS, ExtensionReason, MAX_EXTENSION } from '@nabij/time/contracts';
import { firstValueFrom } from 'rxjs';
import { TimeApi } from './time.api';
import { timeTexts } from './time.i18n';

/**
 * On the worker's case page: "Nog 2 van 5 gesprekken", the team lead's answer to the last request,
 * and a short form to ask for more (number, reason category, a line without client details).
 * Shows nothing for a kind of work without a limit.
 */
@Component({
  selector: 'nb-conversation-allowance',
  imports: [TranslatePipe, MessageComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    .allowance__count { font-size: 1.25rem; font-weight: 600; margin-block: 0 0.25rem; }
    .allowance__form { display: grid; gap: 0.75rem; max-inline-size: 32rem; }
    .allowance__form label { display: grid; gap: 0.25rem; }
    .allowance__hint { margin: 0; font-size: 0.875rem; }
  `,
  template: `
    @if (failed()) {
      <section class="card"><nb-message kind="error">{{ 'time.allowance.error' | t }}</nb-message></section>
    } @else if (view(); as v) {
      @if (v.allowed !== null) {
        <section class="card allowance" id="conversations" [attr.aria-labelledby]="caseId() + '-conversations'">
          <h2 [id]="caseId() + '-conversations'">{{ 'time.allowance.title' | t }}</h2>
          <p class="allowance__count">{{ 'time.allowance.left' | t: { left: v.left ?? 0, allowed: v.allowed } }}</p>
          <p class="small">
            {{ 'time.allowance.used' | t: { used: v.used } }}
            @if (v.approvedExtra) { {{ 'time.allowance.extra' | t: { extra: v.approvedExtra } }} }
          </p>
          <div aria-live="polite">
            @if (sent()) {
              <nb-message kind="success">{{ 'time.allowance.sent' | t }}</nb-message>
            }
            @if (v.pending; as p) {
              <p class="message">{{ 'time.allowance.pending' | t: { extra: p.extra } }}</p>
            } @else if (v.lastDecided; as d) {
              <p class="message">{{ 'time.allowance.' + d.status | t: { extra: d.extra } }}</p>
            }
          </div>
          @if (v.left === 0 && !v.pending) {
            <nb-message kind="info">{{ 'time.allowance.reached' | t }}</nb-message>
          }
          @if (!v.pending && !readOnly()) {
            <details [open]="v.left === 0" [id]="caseId() + '-ask'">
              <summary>{{ 'time.allowance.ask' | t }}</summary>
              <form class="allowance__form dense-form" (submit)="ask($event, form)" #form novalidate>
                <label>{{ 'time.allowance.extraField' | t }}
                  <select class="input" name="extra">
                    @for (n of counts; track n) { <option [value]="n" [selected]="n === 2">{{ n }}</option> }
                  </select>
                </label>
                <label>{{ 'time.allowance.reasonCategory' | t }}
                  <select class="input" name="reasonCategory">
                    @for (r of reasons; track r) { <option [value]="r">{{ 'time.reason.' + r | t }}</option> }
                  </select>
                </label>
                <label [for]="caseId() + '-reason'">{{ 'time.allowance.reason' | t }}</label>
                <p class="allowance__hint" [id]="caseId() + '-reason-hint'">{{ 'time.allowance.reasonHint' | t }}</p>
                <input
                  class="input"
                  type="text"
                  name="reason"
                  required
                  [id]="caseId() + '-reason'"
                  [attr.maxlength]="reasonMax"
                  [attr.aria-describedby]="caseId() + '-reason-hint' + (invalid() ? ' ' + caseId() + '-reason-error' : '')"
                  [attr.aria-invalid]="invalid() ? 'true' : null"
                />
                @if (invalid()) {
                  <p class="field-error" [id]="caseId() + '-reason-error'">{{ 'time.allowance.invalid' | t }}</p>
                }
                <div class="button-row">
                  <button type="submit" class="button button--small" [disabled]="busy()" [attr.aria-busy]="busy()">{{ 'time.allowance.send' | t }}</button>
                </div>
              </form>
            </details>
          }
        </section>
      }
    }
  `,
})
export class ConversationAllowanceComponent {
  readonly caseId = input.required<string>();
  readonly readOnly = input(false);
  protected readonly i18n = useTexts(timeTexts);
  private readonly api = inject(TimeApi);
  protected readonly counts = Array.from({ length: MAX_EXTENSION }, (_, i) => i + 1);
  protected readonly reasons = EXTENSION_REASONS;
  protected readonly reasonMax = EXTENSION_REASON_MAX;
  protected readonly view = signal<ConversationAllowance | null>(null);
  protected readonly failed = signal(false);
  protected readonly invalid = signal(false);
  protected readonly busy = signal(false);
  protected readonly sent = signal(false);

  constructor() {
    effect(() => {
      const caseId = this.caseId();
      untracked(() => void this.load(caseId));
    });
  }

  private async load(caseId: string): Promise<void> {
    try {
      this.view.set(await firstValueFrom(this.api.allowance(caseId)));
      this.failed.set(false);
    } catch {
      this.failed.set(true);
    }
  }

  protected async ask(event: Event, form: HTMLFormElement): Promise<void> {
    event.preventDefault();
    this.sent.set(false);
    const data = new FormData(form);
    const reason = String(data.get('reason') ?? '').trim();
    const ok = reason.length > 0 && reason.length <= EXTENSION_REASON_MAX && !/\p{Cc}/u.test(reason);
    this.invalid.set(!ok);
    if (!ok) {
      (form.querySelector('input[name="reason"]') as HTMLInputElement | null)?.focus();
      return;
    }
    this.busy.set(true);
    try {
      await firstValueFrom(
        this.api.askExtension(this.caseId(), {
          extra: Number(data.get('extra')),
          reasonCategory: String(data.get('reasonCategory')) as ExtensionReason,
          reason,
        }),
      );
      this.sent.set(true);
      await this.load(this.caseId());
    } catch {
      this.invalid.set(true);
    } finally {
      this.busy.set(false);
    }
  }
}
