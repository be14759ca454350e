import { ChangeDetectionStrategy, Component, ElementRef, Injector, OnInit, inject, signal } from '@angular/core';
import { TWO_FACTOR_CODE_WRONG, type TwoFactorSetup, type TwoFactorStatus } from '@nabij/identity/contracts';
import {
  FormControlDirective,
  FormFieldComponent,
  MessageComponent,
  TranslatePipe,
  focusAfterRender,
  generalErrorKey,
  toApiError,
  useTexts,
} from '@nabij/platform/portal';
import { firstValueFrom } from 'rxjs';
import { RecoveryCodesComponent } from './recovery-codes.component';
import { TotpSetupComponent } from './totp-setup.component';
import { twoFactorTexts } from './two-factor-texts';
import { TwoFactorApi } from './two-factor.api';

/** Asking a code first: new recovery codes (everyone with it on), or turning it off (clients). */
type Mode = 'idle' | 'renew' | 'disable' | 'setup' | 'codes';
type Err = { key: string; params: Record<string, number> };

/** "Tweestapsverificatie" on /account: status and codes left; new recovery codes; clients turn it on and off. */
@Component({
  selector: 'nb-two-factor-section',
  imports: [TranslatePipe, FormFieldComponent, FormControlDirective, MessageComponent, TotpSetupComponent, RecoveryCodesComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    .actions { display: flex; flex-wrap: wrap; gap: 0.75rem; }
    .input--code { max-width: 16rem; }
  `,
  template: `
    <section class="card" aria-labelledby="two-factor-title">
      <h2 id="two-factor-title" tabindex="-1">{{ 'twoFactor.account.title' | t }}</h2>
      @if (status(); as s) {
        <p>{{ (s.enabled ? 'twoFactor.account.on' : 'twoFactor.account.off') | t }}</p>
        @if (s.required) {
          <p>{{ 'twoFactor.account.required' | t }}</p>
        }
        @if (s.enabled) {
          <p>{{ 'twoFactor.account.codesLeft' | t: { count: s.recoveryCodesLeft } }}</p>
          @if (s.recoveryCodesLeft <= 3) {
            <nb-message kind="info">{{ 'twoFactor.account.codesLow' | t }}</nb-message>
          }
        }
      }
      <nb-message kind="success" [show]="!!done()">{{ done() ? (done()! | t) : '' }}</nb-message>

      @switch (mode()) {
        @case ('setup') {
          @if (setupData(); as data) {
            <nb-totp-setup [setup]="data" audience="client" [busy]="busy()" [error]="error()" (confirmed)="confirmSetup($event)" />
          } @else {
            <nb-message kind="error" [show]="!!error()">{{ error() ? (error()!.key | t: error()!.params) : '' }}</nb-message>
          }
          <button type="button" class="button button--quiet" (click)="cancel()">{{ 'twoFactor.account.cancel' | t }}</button>
        }
        @case ('codes') {
          <h3 id="codes-title" tabindex="-1">{{ 'twoFactor.codes.title' | t }}</h3>
          <nb-recovery-codes [codes]="codes()" (kept)="cancel()" />
        }
        @case ('idle') {
          <div class="actions">
            @if (status()?.enabled) {
              <button type="button" class="button button--secondary" (click)="ask('renew')">{{ 'twoFactor.account.newCodes' | t }}</button>
              @if (!status()?.required) {
                <button type="button" class="button button--secondary" (click)="ask('disable')">{{ 'twoFactor.account.turnOff' | t }}</button>
              }
            } @else if (status() && !status()!.required) {
              <button type="button" class="button" (click)="startSetup()" [attr.aria-busy]="busy()">{{ 'twoFactor.setup.start' | t }}</button>
            }
          </div>
          <nb-message kind="error" [show]="!!error()">{{ error() ? (error()!.key | t: error()!.params) : '' }}</nb-message>
        }
        @default {
          <form (submit)="$event.preventDefault(); submitCode()" novalidate>
            <p>{{ (mode() === 'renew' ? 'twoFactor.account.newCodesIntro' : 'twoFactor.account.turnOffIntro') | t }}</p>
            <nb-form-field fieldId="two-factor-confirm-code" [label]="'twoFactor.account.confirmCode' | t" [error]="codeError() ? (codeError()! | t) : null">
              <input
                nbControl
                class="input input--code"
                type="text"
                autocomplete="one-time-code"
                autocapitalize="none"
                spellcheck="false"
                maxlength="40"
                [value]="code()"
                (input)="code.set($any($event.target).value)"
              />
            </nb-form-field>
            <nb-message kind="error" [show]="!!error()">{{ error() ? (error()!.key | t: error()!.params) : '' }}</nb-message>
            <div class="actions">
              <button type="submit" class="button" [class.button--danger]="mode() === 'disable'" [attr.aria-busy]="busy()">
                {{ (busy() ? 'platform.busy' : mode() === 'renew' ? 'twoFactor.account.newCodes' : 'twoFactor.account.turnOff') | t }}
              </button>
              <button type="button" class="button button--quiet" (click)="cancel()">{{ 'twoFactor.account.cancel' | t }}</button>
            </div>
          </form>
        }
      }
    </section>
  `,
})
export class TwoFactorSectionComponent implements OnInit {
  protected readonly i18n = useTexts(twoFactorTexts);
  private readonly api = inject(TwoFactorApi);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);

  protected readonly status = signal<TwoFactorStatus | null>(null);
  protected readonly mode = signal<Mode>('idle');
  protected readonly code = signal('');
  protected readonly codeError = signal<string | null>(null);
  protected readonly error = signal<Err | null>(null);
  protected readonly done = signal<string | null>(null);
  protected readonly busy = signal(false);
  protected readonly setupData = signal<TwoFactorSetup | null>(null);
  protected readonly codes = signal<string[]>([]);

  ngOnInit(): void {
    void this.load();
  }

  protected ask(mode: 'renew' | 'disable'): void {
    this.reset();
    this.mode.set(mode);
    focusAfterRender(this.host.nativeElement, '#two-factor-confirm-code', this.injector);
  }

  protected cancel(): void {
    this.reset();
    this.setupData.set(null);
    this.mode.set('idle');
    focusAfterRender(this.host.nativeElement, '#two-factor-title', this.injector);
  }

  protected async startSetup(): Promise<void> {
    if (this.busy()) return;
    this.reset();
    this.mode.set('setup');
    this.busy.set(true);
    try {
      this.setupData.set(await firstValueFrom(this.api.setup()));
      focusAfterRender(this.host.nativeElement, '#setup-code', this.injector);
    } catch (err) {
      this.error.set({ key: generalErrorKey(toApiError(err)), params: {} });
    } finally {
      this.busy.set(false);
    }
  }

  protected async confirmSetup(code: string): Promise<void> {
    await this.run(async () => {
      const { recoveryCodes } = await firstValueFrom(this.api.confirmSetup(code));
      this.showCodes(recoveryCodes, 'twoFactor.account.turnedOn');
    });
  }

  protected async submitCode(): Promise<void> {
    const code = this.code().trim();
    this.codeError.set(code === '' ? 'twoFactor.code.required' : null);
    if (this.codeError()) {
      focusAfterRender(this.host.nativeElement, '#two-factor-confirm-code', this.injector);
      return;
    }
    await this.run(async () => {
      if (this.mode() === 'renew') {
        const { recoveryCodes } = await firstValueFrom(this.api.renewRecoveryCodes(code));
        this.showCodes(recoveryCodes, 'twoFactor.account.newCodesDone');
      } else {
        await firstValueFrom(this.api.disable(code));
        this.reset();
        this.mode.set('idle');
        this.done.set('twoFactor.account.turnedOff');
        focusAfterRender(this.host.nativeElement, '#two-factor-title', this.injector);
      }
    });
  }

  private showCodes(codes: string[], done: string): void {
    this.reset();
    this.codes.set(codes);
    this.setupData.set(null);
    this.mode.set('codes');
    this.done.set(done);
    focusAfterRender(this.host.nativeElement, '#codes-title', this.injector);
  }

  private async run(work: () => Promise<void>): Promise<void> {
    if (this.busy()) return;
    this.error.set(null);
    this.busy.set(true);
    try {
      await work();
      await this.load();
    } catch (err) {
      const error = toApiError(err);
      this.error.set({ key: error.code === TWO_FACTOR_CODE_WRONG ? 'twoFactor.wrong' : generalErrorKey(error), params: {} });
    } finally {
      this.busy.set(false);
    }
  }

  private reset(): void {
    this.code.set('');
    this.codeError.set(null);
    this.error.set(null);
    this.done.set(null);
  }

  private async load(): Promise<void> {
    try {
      this.status.set(await firstValueFrom(this.api.status()));
    } catch (err) {
      this.error.set({ key: generalErrorKey(toApiError(err)), params: {} });
    }
  }
}
