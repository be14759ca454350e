import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { TranslatePipe, saveBlob, useTexts } from '@nabij/platform/portal';
import { twoFactorTexts } from './two-factor-texts';

/** The 10 recovery codes, shown once: download them as a text file, then say they are kept. */
@Component({
  selector: 'nb-recovery-codes',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    .codes { display: grid; grid-template-columns: repeat(auto-fill, minmax(8.5rem, 1fr)); gap: 0.5rem 1rem; padding-inline-start: 1.75rem; font-size: 1.1rem; }
    .actions { display: flex; flex-wrap: wrap; gap: 0.75rem; margin-top: 1rem; }
  `,
  template: `
    <p>{{ 'twoFactor.codes.intro' | t }}</p>
    <ol class="codes" tabindex="-1" [attr.aria-label]="'twoFactor.codes.listLabel' | t">
      @for (code of codes(); track code) {
        <li><code>{{ code }}</code></li>
      }
    </ol>
    <div class="actions">
      <button type="button" class="button button--secondary" (click)="download()">{{ 'twoFactor.codes.download' | t }}</button>
      @if (showKept()) {
        <button type="button" class="button" (click)="kept.emit()">{{ 'twoFactor.codes.kept' | t }}</button>
      }
    </div>
  `,
})
export class RecoveryCodesComponent {
  private readonly i18n = useTexts(twoFactorTexts);

  readonly codes = input.required<string[]>();
  /** Login set-up: the person goes on only after saying the codes are kept. */
  readonly showKept = input(true);
  readonly kept = output<void>();

  protected download(): void {
    const text = [this.i18n.t('twoFactor.codes.fileTitle'), this.i18n.t('twoFactor.codes.fileIntro'), '', ...this.codes(), ''].join('\r\n');
    saveBlob(new Blob([text], { type: 'text/plain;charset=utf-8' }), 'nabij-herstelcodes.txt');
  }
}
