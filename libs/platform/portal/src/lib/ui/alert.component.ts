import { ChangeDetectionStrategy, Component, input } from '@angular/core';

/**
 * A message box. `alert` is read out at once (errors); `status` politely (confirmations). The
 * live region stays in the DOM so the text change itself is announced.
 */
@Component({
  selector: 'nb-message',
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { '[attr.role]': 'kind() === "error" ? "alert" : "status"' },
  template: `
    @if (show()) {
      <div class="message" [class.message--error]="kind() === 'error'" [class.message--success]="kind() === 'success'">
        <ng-content />
      </div>
    }
  `,
})
export class MessageComponent {
  readonly kind = input<'error' | 'success' | 'info'>('info');
  readonly show = input(true);
}
