import { ChangeDetectionStrategy, Component, OnDestroy, signal } from '@angular/core';
import { TranslatePipe, useTexts } from '@nabij/platform/portal';
import { videoTexts } from '../i18n';

/** How long the test tone sounds. */
const TONE_SECONDS = 1.5;

/**
 * The speaker test of the device check: a short, soft tone through the speaker or headphones the
 * call will use (the browser's default output), and a plain question whether it was heard.
 */
@Component({
  selector: 'nb-speaker-test',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="speaker-test">
      <button type="button" class="button button--secondary" [disabled]="playing()" (click)="play()">{{ 'video.check.speaker' | t }}</button>
      <p class="small" aria-live="polite">
        @if (played()) {
          {{ 'video.check.speakerHeard' | t }}
        } @else if (failed()) {
          {{ 'video.check.speakerFailed' | t }}
        }
      </p>
    </div>
  `,
  styles: `
    .speaker-test {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem 1rem;
      align-items: center;
      margin-bottom: 1rem;
    }
    .speaker-test p {
      margin: 0;
    }
  `,
})
export class SpeakerTestComponent implements OnDestroy {
  protected readonly i18n = useTexts(videoTexts);
  protected readonly playing = signal(false);
  protected readonly played = signal(false);
  protected readonly failed = signal(false);
  private context: AudioContext | null = null;

  protected async play(): Promise<void> {
    this.failed.set(false);
    try {
      this.context ??= new AudioContext();
      await this.context.resume();
      const tone = this.context.createOscillator();
      const volume = this.context.createGain();
      const now = this.context.currentTime;
      tone.frequency.value = 523.25; // C5: clear without being shrill
      // Fade in and out, so it does not click.
      volume.gain.setValueAtTime(0, now);
      volume.gain.linearRampToValueAtTime(0.2, now + 0.1);
      volume.gain.linearRampToValueAtTime(0, now + TONE_SECONDS);
      tone.connect(volume).connect(this.context.destination);
      this.playing.set(true);
      tone.onended = () => {
        this.playing.set(false);
        this.played.set(true);
      };
      tone.start(now);
      tone.stop(now + TONE_SECONDS);
    } catch {
      this.playing.set(false);
      this.failed.set(true);
    }
  }

  ngOnDestroy(): void {
    void this.context?.close().catch(() => undefined);
  }
}
