import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { ApiError, MessageComponent, TranslatePipe, generalErrorKey, saveBlob, toApiError, useTexts } from '@nabij/platform/portal';
import { firstValueFrom } from 'rxjs';
import { PrivacyApi } from './privacy.api';
import { DeletionRequestComponent } from './deletion-request.component';
import { privacyTexts } from './privacy.i18n';

/** `/mijn-gegevens` for clients: download everything Nabij holds about them (AVG art. 15 and 20), or ask to have it deleted (art. 17). */
@Component({
  selector: 'nb-my-data-page',
  imports: [TranslatePipe, MessageComponent, DeletionRequestComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1 tabindex="-1">{{ 'privacy.myData.title' | t }}</h1>
    <p class="lead">{{ 'privacy.myData.intro' | t }}</p>
    <p>{{ 'privacy.myData.notIn' | t }}</p>
    <div class="button-row">
      <button type="button" class="button" [disabled]="busy()" [attr.aria-busy]="busy()" (click)="download('html')">
        {{ 'privacy.myData.html' | t }}
      </button>
      <button type="button" class="button button--secondary" [disabled]="busy()" (click)="download('json')">{{ 'privacy.myData.json' | t }}</button>
    </div>
    <div aria-live="polite">
      @if (busy()) {
        <p>{{ 'privacy.myData.busy' | t }}</p>
      } @else if (error(); as e) {
        <nb-message kind="error">{{ generalErrorKey(e) | t }}</nb-message>
      } @else if (done()) {
        <nb-message kind="success">{{ 'privacy.myData.done' | t }}</nb-message>
      }
    </div>
    <nb-deletion-request />
  `,
})
export class MyDataPage {
  protected readonly i18n = useTexts(privacyTexts);
  private readonly api = inject(PrivacyApi);
  protected readonly generalErrorKey = generalErrorKey;
  protected readonly busy = signal(false);
  protected readonly done = signal(false);
  protected readonly error = signal<ApiError | null>(null);

  async download(format: 'json' | 'html'): Promise<void> {
    this.busy.set(true);
    this.done.set(false);
    this.error.set(null);
    try {
      saveBlob(await firstValueFrom(this.api.myData(format)), `mijn-gegevens.${format}`);
      this.done.set(true);
    } catch (err) {
      this.error.set(toApiError(err));
    } finally {
      this.busy.set(false);
    }
  }
}
