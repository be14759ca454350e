import { ChangeDetectionStrategy, Component, ElementRef, OnDestroy, OnInit, effect, inject, input, signal, viewChild } from '@angular/core';
import { NgTemplateOutlet } from '@angular/common';
import { RouterLink } from '@angular/router';
import { TranslatePipe, formatAmsterdamTime, useTexts } from '@nabij/platform/portal';
import { videoTexts } from '../i18n';
import { MicLevelComponent } from '../ui/mic-level.component';
import { VideoCallStore } from './video-call.store';

/**
 * `/video/:appointmentId`: device check, waiting room (client) or admission (worker), the call with
 * its controls, and what happens after. Media goes browser to browser; nothing is recorded.
 */
@Component({
  selector: 'nb-video-call-page',
  styleUrl: './video-call.page.css',
  templateUrl: './video-call.page.html',
  imports: [TranslatePipe, RouterLink, NgTemplateOutlet, MicLevelComponent],
  providers: [VideoCallStore],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class VideoCallPage implements OnInit, OnDestroy {
  readonly appointmentId = input.required<string>();
  protected readonly i18n = useTexts(videoTexts);
  protected readonly store = inject(VideoCallStore);
  protected readonly fullscreen = signal(false);

  private readonly stage = viewChild<ElementRef<HTMLElement>>('stage');
  private readonly preview = viewChild<ElementRef<HTMLVideoElement>>('preview');
  private readonly self = viewChild<ElementRef<HTMLVideoElement>>('self');
  private readonly remote = viewChild<ElementRef<HTMLVideoElement>>('remote');
  private readonly onFullscreen = () => this.fullscreen.set(!!document.fullscreenElement);

  constructor() {
    // Video elements show whichever stream the store holds; they appear and go with the phases.
    effect(() => attach(this.preview(), this.store.local()));
    effect(() => attach(this.self(), this.store.local()));
    effect(() => attach(this.remote(), this.store.remote()));
  }

  ngOnInit(): void {
    document.addEventListener('fullscreenchange', this.onFullscreen);
    void this.store.load(this.appointmentId());
  }

  ngOnDestroy(): void {
    document.removeEventListener('fullscreenchange', this.onFullscreen);
  }

  protected time(value: string): string {
    return formatAmsterdamTime(value, this.i18n.locale());
  }

  protected otherName(): string {
    return this.store.room()?.otherName ?? this.i18n.t('video.otherPerson');
  }

  protected minutes(seconds: number): number {
    return Math.max(1, Math.ceil(seconds / 60));
  }

  protected async toggleFullscreen(): Promise<void> {
    if (document.fullscreenElement) await document.exitFullscreen().catch(() => undefined);
    else
      await this.stage()
        ?.nativeElement.requestFullscreen()
        .catch(() => undefined);
  }
}

function attach(element: ElementRef<HTMLVideoElement> | undefined, stream: MediaStream | null): void {
  if (!element) return;
  const video = element.nativeElement;
  if (video.srcObject !== stream) video.srcObject = stream;
}
