import { ChangeDetectionStrategy, Component, OnInit, inject, signal } from '@angular/core';
import { ApiError, MessageComponent, TranslatePipe, generalErrorKey, toApiError } from '@nabij/platform/portal';
import { RETENTION_YEARS_MAX, RETENTION_YEARS_MIN } from '@nabij/privacy/contracts';
import { firstValueFrom } from 'rxjs';
import { PrivacyApi } from './privacy.api';

/** The admin's retention period after a case closes (1–20 years), on the privacy requests page. */
@Component({
  selector: 'nb-retention-setting',
  imports: [TranslatePipe, MessageComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="card" aria-labelledby="retention-title">
      <h2 id="retention-title">{{ 'privacy.retention.title' | t }}</h2>
      <p>{{ 'privacy.retention.intro' | t }}</p>
      <form (submit)="save($event)" novalidate>
        <div class="field">
          <label class="field-label" for="retention-years">{{ 'privacy.retention.years' | t }}</label>
          @if (invalid()) {
            <p class="field-error" id="retention-error">{{ 'privacy.retention.invalid' | t }}</p>
          }
          <input
            class="input"
            id="retention-years"
            name="retentionYears"
            type="number"
            inputmode="numeric"
            [min]="min"
            [max]="max"
            step="1"
            [value]="years()"
            [attr.aria-invalid]="invalid() ? 'true' : null"
            [attr.aria-describedby]="invalid() ? 'retention-error' : null"
            (input)="years.set($any($event.target).value)"
          />
        </div>
        <button type="submit" class="button" [disabled]="busy()">{{ 'privacy.retention.save' | t }}</button>
      </form>
      <div aria-live="polite">
        @if (saved(); as y) {
          <nb-message kind="success">{{ 'privacy.retention.saved' | t: { years: y } }}</nb-message>
        }
        @if (error(); as e) {
          <nb-message kind="error">{{ generalErrorKey(e) | t }}</nb-message>
        }
      </div>
    </section>
  `,
})
export class RetentionSettingComponent implements OnInit {
  private readonly api = inject(PrivacyApi);
  protected readonly min = RETENTION_YEARS_MIN;
  protected readonly max = RETENTION_YEARS_MAX;
  protected readonly generalErrorKey = generalErrorKey;
  protected readonly years = signal<string>('');
  protected readonly invalid = signal(false);
  protected readonly busy = signal(false);
  protected readonly saved = signal<number | null>(null);
  protected readonly error = signal<ApiError | null>(null);

  async ngOnInit(): Promise<void> {
    try {
      this.years.set(String((await firstValueFrom(this.api.retention())).retentionYears));
    } catch (err) {
      this.error.set(toApiError(err));
    }
  }

  protected async save(event: Event): Promise<void> {
    event.preventDefault();
    this.saved.set(null);
    this.error.set(null);
    const value = Number(this.years());
    if (!Number.isInteger(value) || value < this.min || value > this.max) {
      this.invalid.set(true);
      return;
    }
    this.invalid.set(false);
    this.busy.set(true);
    try {
      this.saved.set((await firstValueFrom(this.api.setRetention({ retentionYears: value }))).retentionYears);
    } catch (err) {
      const e = toApiError(err);
      if (e.fields?.['retentionYears']) this.invalid.set(true);
      else this.error.set(e);
    } finally {
      this.busy.set(false);
    }
  }
}
