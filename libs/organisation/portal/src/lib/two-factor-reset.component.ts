import { ChangeDetectionStrategy, Component, ElementRef, Injector, inject, input, signal } from '@angular/core';
import { TWO_FACTOR_REQUIRED } from '@nabij/platform/contracts';
import { ApiClient, MessageComponent, TranslatePipe, focusAfterRender, toApiError, useTexts } from '@nabij/platform/portal';
import { firstValueFrom } from 'rxjs';
import { twoFactorResetTexts } from './two-factor-reset.i18n';

/**
 * "Tweestapsverificatie opnieuw instellen" for one colleague (a lost phone): asks first, then
 * removes their authenticator and recovery codes and ends their logins; they set it up again at the
 * next login. The outcome is announced where the button was.
 */
@Component({
  selector: 'nb-two-factor-reset',
  imports: [TranslatePipe, MessageComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    :host { display: block; margin-top: calc(var(--space, 1rem) / 2); }
    .confirm p { margin: 0 0 0.5rem; }
  `,
  template: `
    @if (asking()) {
      <div class="confirm" role="group" [attr.aria-label]="'org.twoFactor.reset' | t">
        <p class="confirm-text" tabindex="-1">{{ 'org.twoFactor.confirm' | t: { name: name() } }}</p>
        <div class="button-row">
          <button type="button" class="button button--danger" [attr.aria-busy]="busy()" (click)="reset()">{{ 'org.twoFactor.confirmYes' | t }}</button>
          <button type="button" class="button button--secondary" (click)="cancel()">{{ 'org.twoFactor.cancel' | t }}</button>
        </div>
      </div>
    } @else {
      <button type="button" class="button button--secondary reset-open" [attr.aria-label]="'org.twoFactor.resetLabel' | t: { name: name() }" (click)="ask()">
        {{ 'org.twoFactor.reset' | t }}
      </button>
    }
    <div aria-live="polite">
      @if (done()) {
        <nb-message kind="success">{{ 'org.twoFactor.done' | t: { name: name() } }}</nb-message>
      }
    </div>
    <nb-message kind="error" [show]="!!errorKey()">{{ errorKey() ? (errorKey()! | t) : '' }}</nb-message>
  `,
})
export class TwoFactorResetComponent {
  protected readonly i18n = useTexts(twoFactorResetTexts);
  private readonly api = inject(ApiClient);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);

  readonly staffId = input.required<string>();
  /** How the page names the colleague (name, or e-mail address). */
  readonly name = input.required<string>();

  protected readonly asking = signal(false);
  protected readonly busy = signal(false);
  protected readonly done = signal(false);
  protected readonly errorKey = signal<string | null>(null);

  protected ask(): void {
    this.done.set(false);
    this.errorKey.set(null);
    this.asking.set(true);
    focusAfterRender(this.host.nativeElement, '.confirm-text', this.injector);
  }

  protected cancel(): void {
    this.asking.set(false);
    focusAfterRender(this.host.nativeElement, '.reset-open', this.injector);
  }

  protected async reset(): Promise<void> {
    if (this.busy()) return;
    this.busy.set(true);
    this.errorKey.set(null);
    try {
      await firstValueFrom(this.api.post<void>(`/organisation/staff/${encodeURIComponent(this.staffId())}/two-factor/reset`));
      this.done.set(true);
    } catch (err) {
      this.errorKey.set(toApiError(err).code === TWO_FACTOR_REQUIRED ? 'org.twoFactor.needsSecondFactor' : 'org.twoFactor.failed');
    } finally {
      this.busy.set(false);
      this.asking.set(false);
      focusAfterRender(this.host.nativeElement, '.reset-open', this.injector);
    }
  }
}
