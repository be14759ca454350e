import { ChangeDetectionStrategy, Component, computed, inject, input, output, signal } from '@angular/core';
import { DomSanitizer } from '@angular/platform-browser';
import { groupSecret, isTotpCode, type TwoFactorSetup } from '@nabij/identity/contracts';
import { FormControlDirective, FormFieldComponent, MessageComponent, TranslatePipe, useTexts } from '@nabij/platform/portal';
import { twoFactorTexts } from './two-factor-texts';

/**
 * Linking an authenticator app: why (staff: client data; clients: their choice), the QR code with a
 * text alternative, the secret in groups of four for typing, and a first code to confirm. The host
 * shows the heading and sends the code to the API; `error` is the key of what went wrong.
 */
@Component({
  selector: 'nb-totp-setup',
  imports: [TranslatePipe, FormFieldComponent, FormControlDirective, MessageComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    .input--code { max-width: 12rem; font-size: 1.25rem; letter-spacing: 0.15em; }
    .qr { display: block; width: min(240px, 100%); height: auto; background: #fff; border: 1px solid var(--color-border, #ccc); }
    .secret { font-size: 1.2rem; letter-spacing: 0.05em; word-spacing: 0.3em; overflow-wrap: anywhere; }
    .steps p { margin: 0 0 0.75rem; }
  `,
  template: `
    <p>{{ (audience() === 'staff' ? 'twoFactor.setup.whyStaff' : 'twoFactor.setup.whyClient') | t }}</p>
    <div class="steps">
      <p>{{ 'twoFactor.setup.step1' | t }}</p>
      <p>{{ 'twoFactor.setup.step2' | t }}</p>
      <img class="qr" [src]="qrUrl()" [alt]="'twoFactor.setup.qrAlt' | t" width="240" height="240" />
      <p>{{ 'twoFactor.setup.manual' | t }}</p>
      <p>
        <span class="visually-hidden">{{ 'twoFactor.setup.secretLabel' | t }}: </span>
        <code class="secret" data-testid="secret">{{ groupedSecret() }}</code>
      </p>
      <p>{{ 'twoFactor.setup.step3' | t }}</p>
    </div>
    <form (submit)="$event.preventDefault(); submit()" novalidate>
      <nb-form-field fieldId="setup-code" [label]="'twoFactor.code.label' | t" [hint]="'twoFactor.code.hint' | t" [error]="fieldError() ? (fieldError()! | t) : null">
        <input
          nbControl
          class="input input--code"
          type="text"
          inputmode="numeric"
          autocomplete="one-time-code"
          maxlength="7"
          [value]="code()"
          (input)="code.set($any($event.target).value)"
        />
      </nb-form-field>
      <nb-message kind="error" [show]="!!error()">{{ error() ? (error()!.key | t: error()!.params) : '' }}</nb-message>
      <button type="submit" class="button" [attr.aria-busy]="busy()">{{ (busy() ? 'platform.busy' : 'twoFactor.setup.confirm') | t }}</button>
    </form>
  `,
})
export class TotpSetupComponent {
  protected readonly i18n = useTexts(twoFactorTexts);
  private readonly sanitizer = inject(DomSanitizer);

  readonly setup = input.required<TwoFactorSetup>();
  readonly audience = input<'staff' | 'client'>('staff');
  readonly busy = input(false);
  /** The API's refusal (wrong code, wait …): a text key and its parameters. */
  readonly error = input<{ key: string; params: Record<string, number> } | null>(null);
  /** A well-formed code to confirm the app with. */
  readonly confirmed = output<string>();

  protected readonly code = signal('');
  protected readonly fieldError = signal<string | null>(null);
  protected readonly groupedSecret = computed(() => groupSecret(this.setup().secret));
  // The SVG comes from our own API (made by the qrcode package from the otpauth URI); Angular's URL
  // check refuses every SVG data URL, so it is marked as trusted here and nowhere else.
  protected readonly qrUrl = computed(() => this.sanitizer.bypassSecurityTrustUrl(`data:image/svg+xml;base64,${btoa(this.setup().qrSvg)}`));

  protected submit(): void {
    if (this.busy()) return;
    const code = this.code().replace(/\s/g, '');
    this.fieldError.set(code === '' ? 'twoFactor.code.required' : isTotpCode(code) ? null : 'twoFactor.code.format');
    if (this.fieldError()) {
      document.getElementById('setup-code')?.focus();
      return;
    }
    this.confirmed.emit(code);
  }
}
