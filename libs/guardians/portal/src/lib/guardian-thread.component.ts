import { ChangeDetectionStrategy, Component, input, output, signal } from '@angular/core';
import { GUARDIAN_MESSAGE_MAX, type GuardianMessage } from '@nabij/guardians/contracts';
import { MessageComponent, TranslatePipe, formatAmsterdamDayTime, generalErrorKey, toApiError, useTexts } from '@nabij/platform/portal';
import { Observable, firstValueFrom } from 'rxjs';
import { guardiansTexts } from './guardians.i18n';

/** The parent thread (worker ⇄ parent) with a reply box: used on the worker's case page and the parent's child page. */
@Component({
  selector: 'nb-guardian-thread',
  imports: [TranslatePipe, MessageComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (messages().length === 0) {
      <p class="small">{{ 'guardians.thread.empty' | t }}</p>
    } @else {
      <ol class="plain-list guardian-thread">
        @for (m of messages(); track m.id) {
          <li class="item-line">
            <p class="small">
              <strong>{{ m.senderName ?? ('guardians.from.' + m.from | t) }}</strong> · {{ when(m.createdAt) }}
            </p>
            <p class="prewrap">{{ m.body }}</p>
          </li>
        }
      </ol>
    }
    @if (!readOnly()) {
      <form (submit)="$event.preventDefault(); send(box)">
        <label class="field-label" [for]="boxId()">{{ 'guardians.thread.label' | t }}</label>
        <textarea [id]="boxId()" #box class="input" rows="3" [attr.maxlength]="max"></textarea>
        <p>
          <button type="submit" class="button button--secondary" [disabled]="busy()" [attr.aria-busy]="busy() || null">
            {{ 'guardians.thread.send' | t }}
          </button>
        </p>
      </form>
      <div aria-live="polite">
        <nb-message kind="success" [show]="sent()">{{ 'guardians.thread.sent' | t }}</nb-message>
        <nb-message kind="error" [show]="!!error()">{{ error() ? (error()! | t) : '' }}</nb-message>
      </div>
    }
  `,
})
export class GuardianThreadComponent {
  protected readonly i18n = useTexts(guardiansTexts);
  protected readonly max = GUARDIAN_MESSAGE_MAX;

  readonly boxId = input.required<string>();
  readonly messages = input.required<GuardianMessage[]>();
  readonly readOnly = input(false);
  /** Sends the text; the component shows the result. */
  readonly sender = input.required<(body: string) => Observable<GuardianMessage>>();
  readonly posted = output<GuardianMessage>();

  protected readonly busy = signal(false);
  protected readonly sent = signal(false);
  protected readonly error = signal<string | null>(null);

  protected when(at: string): string {
    return formatAmsterdamDayTime(at, this.i18n.locale());
  }

  protected async send(box: HTMLTextAreaElement): Promise<void> {
    const body = box.value.trim();
    if (!body || this.busy()) return;
    this.busy.set(true);
    this.sent.set(false);
    this.error.set(null);
    try {
      this.posted.emit(await firstValueFrom(this.sender()(body)));
      box.value = '';
      this.sent.set(true);
    } catch (err) {
      this.error.set(generalErrorKey(toApiError(err)));
    } finally {
      this.busy.set(false);
    }
  }
}
