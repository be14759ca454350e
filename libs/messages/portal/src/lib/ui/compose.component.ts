import { ChangeDetectionStrategy, Component, ElementRef, afterNextRender, inject, input, output, signal } from '@angular/core';
import { FormControlDirective, FormFieldComponent, MessageComponent, TranslatePipe } from '@nabij/platform/portal';

/** A plain-text message box with a send button; the parent sends and calls `clear()` when stored. */
@Component({
  selector: 'nb-compose',
  imports: [TranslatePipe, FormFieldComponent, FormControlDirective, MessageComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <form class="compose" (submit)="$event.preventDefault(); submit()" novalidate>
      <nb-form-field [fieldId]="fieldId()" [label]="label()" [hint]="hint()" [error]="empty() ? ('messages.compose.empty' | t) : null">
        <textarea nbControl class="input" [rows]="rows()" maxlength="10000" [value]="text()" (input)="text.set($any($event.target).value)"></textarea>
      </nb-form-field>
      <nb-message kind="error" [show]="!!error()">{{ error() }}</nb-message>
      <div class="button-row">
        <button type="submit" class="button button--large" [attr.aria-busy]="busy() || null" [disabled]="busy()">{{ 'messages.compose.send' | t }}</button>
        @if (cancellable()) {
          <button type="button" class="button button--quiet" (click)="cancelled.emit()">{{ 'messages.compose.cancel' | t }}</button>
        }
      </div>
    </form>
  `,
})
export class ComposeComponent {
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  readonly fieldId = input('message-body');
  readonly label = input.required<string>();
  readonly hint = input<string | null>(null);
  readonly rows = input(6);
  readonly busy = input(false);
  readonly error = input<string | null>(null);
  readonly cancellable = input(false);
  readonly autofocus = input(true);
  readonly send = output<string>();
  readonly cancelled = output<void>();

  protected readonly text = signal('');
  protected readonly empty = signal(false);

  constructor() {
    afterNextRender(() => {
      if (this.autofocus()) this.host.nativeElement.querySelector('textarea')?.focus();
    });
  }

  clear(): void {
    this.text.set('');
  }

  protected submit(): void {
    if (this.busy()) return;
    const body = this.text().trim();
    this.empty.set(!body);
    if (!body) {
      this.host.nativeElement.querySelector('textarea')?.focus();
      return;
    }
    this.send.emit(body);
  }
}
