import { ChangeDetectionStrategy, Component, OnDestroy, effect, input, signal } from '@angular/core';

/**
 * How loud the microphone is, as a meter that moves while you talk (the device check). The level
 * is read with the Web Audio API; nothing is recorded or sent.
 */
@Component({
  selector: 'nb-mic-level',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <label class="mic">
      <span>{{ label() }}</span>
      <meter min="0" max="100" low="10" [value]="level()">{{ level() }}%</meter>
    </label>
  `,
  styles: `
    .mic {
      display: flex;
      flex-direction: column;
      gap: 0.25rem;
    }
    meter {
      width: 12rem;
      height: 1.5rem;
    }
  `,
})
export class MicLevelComponent implements OnDestroy {
  readonly stream = input.required<MediaStream>();
  readonly label = input.required<string>();
  protected readonly level = signal(0);
  private context: AudioContext | null = null;
  private frame = 0;

  constructor() {
    effect(() => this.listen(this.stream()));
  }

  ngOnDestroy(): void {
    this.stop();
  }

  private listen(stream: MediaStream): void {
    this.stop();
    if (stream.getAudioTracks().length === 0 || typeof AudioContext === 'undefined') return;
    const context = new AudioContext();
    const analyser = context.createAnalyser();
    analyser.fftSize = 512;
    context.createMediaStreamSource(stream).connect(analyser);
    const samples = new Uint8Array(analyser.fftSize);
    this.context = context;
    let last = 0;
    const tick = (now: number) => {
      // About 8 updates a second is enough to see the bar move, and calm for screen readers.
      if (now - last > 120) {
        last = now;
        analyser.getByteTimeDomainData(samples);
        let peak = 0;
        for (const s of samples) peak = Math.max(peak, Math.abs(s - 128));
        this.level.set(Math.min(100, Math.round((peak / 128) * 200)));
      }
      this.frame = requestAnimationFrame(tick);
    };
    this.frame = requestAnimationFrame(tick);
  }

  private stop(): void {
    cancelAnimationFrame(this.frame);
    void this.context?.close().catch(() => undefined);
    this.context = null;
  }
}
