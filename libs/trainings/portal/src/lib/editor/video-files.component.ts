import { ChangeDetectionStrategy, Component, inject, input, output, signal } from '@angular/core';
import { TranslatePipe, generalErrorKey, toApiError, useTexts } from '@nabij/platform/portal';
import type { AuthoringStep, AuthoringTraining } from '@nabij/trainings/contracts';
import { firstValueFrom } from 'rxjs';
import { staffTexts } from '../staff.i18n';
import { TrainingsApi } from '../trainings.api';

/** Upload the film (MP4/WebM) and the WebVTT captions of one video step; each file replaces the one before. */
@Component({
  selector: 'nb-video-files',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslatePipe],
  styles: `
    .video-files {
      display: grid;
      gap: 0.75rem;
      margin: 0.75rem 0;
    }
    .video-files input[type='file'] {
      min-height: var(--tap);
      max-width: 100%;
    }
  `,
  template: `
    <fieldset class="video-files">
      <legend>{{ 'editor.media.title' | t }}</legend>
      @for (what of kinds; track what) {
        @let current = what === 'video' ? step().media?.video : step().media?.captions;
        <div>
          <label [attr.for]="'media-' + what + '-' + step().id">{{ 'editor.media.' + what | t }}</label>
          <p class="small" [id]="'media-' + what + '-' + step().id + '-now'">
            {{ current ? ('editor.media.current' | t: { name: current.fileName }) : ('editor.media.none' | t) }}
          </p>
          <input
            type="file"
            [id]="'media-' + what + '-' + step().id"
            [accept]="what === 'video' ? 'video/mp4,video/webm,.mp4,.webm' : 'text/vtt,.vtt'"
            [attr.aria-describedby]="'media-' + what + '-' + step().id + '-now'"
            [disabled]="busy()"
            (change)="upload(what, $event)"
          />
        </div>
      }
      <p class="small" role="status">{{ status() ?? '' | t }}</p>
      @if (error(); as e) {
        <p class="message message--error" role="alert">{{ e | t }}</p>
      }
    </fieldset>
  `,
})
export class VideoFilesComponent {
  protected readonly i18n = useTexts(staffTexts);
  private readonly api = inject(TrainingsApi);
  readonly step = input.required<AuthoringStep>();
  readonly updated = output<AuthoringTraining>();
  protected readonly kinds = ['video', 'captions'] as const;
  protected readonly busy = signal(false);
  protected readonly status = signal<string | null>(null);
  protected readonly error = signal<string | null>(null);

  protected async upload(what: 'video' | 'captions', event: Event): Promise<void> {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    if (!file) return;
    this.busy.set(true);
    this.error.set(null);
    this.status.set('editor.media.uploading');
    try {
      this.updated.emit(await firstValueFrom(this.api.uploadMedia(this.step().id, what, file)));
      this.status.set('editor.media.done');
    } catch (err) {
      const e = toApiError(err);
      const code = e.fieldCodes?.['file'];
      this.status.set(null);
      this.error.set(code ? `editor.media.error.${code.replace('file.', '')}` : generalErrorKey(e));
    } finally {
      this.busy.set(false);
      input.value = '';
    }
  }
}
