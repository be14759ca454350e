import { ChangeDetectionStrategy, Component, ElementRef, OnDestroy, OnInit, effect, inject, input, signal, viewChild } from '@angular/core';
import { NgTemplateOutlet } from '@angular/common';
import { ActivatedRoute, RouterLink } from '@angular/router';
import { TranslatePipe, formatAmsterdamTime, useTexts } from '@nabij/platform/portal';
import { videoTexts } from '../i18n';
import { CallTextPanelComponent } from '../ui/call-text-panel.component';
import { GuestInviteComponent } from '../ui/guest-invite.component';
import { MicLevelComponent } from '../ui/mic-level.component';
import { SpeakerTestComponent } from '../ui/speaker-test.component';
import { SrcObjectDirective } from '../ui/src-object.directive';
import type { VideoTextLine } from '@nabij/video/contracts';
import { RemotePerson, VideoCallStore } from './video-call.store';

/**
 * `/video/:appointmentId`: device check, waiting room (client) or admission (worker), the call with
 * its controls, and what happens after. Also `/video-gast#<token>`: the same call for a guest with a
 * one-time link (an interpreter or colleague, no account). Media goes browser to browser; nothing
 * is recorded.
 */
@Component({
  selector: 'nb-video-call-page',
  styleUrl: './video-call.page.css',
  templateUrl: './video-call.page.html',
  imports: [
    TranslatePipe,
    RouterLink,
    NgTemplateOutlet,
    MicLevelComponent,
    SrcObjectDirective,
    GuestInviteComponent,
    SpeakerTestComponent,
    CallTextPanelComponent,
  ],
  providers: [VideoCallStore],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class VideoCallPage implements OnInit, OnDestroy {
  /** Empty on the guest page, which reads its link's token from the address after `#`. */
  readonly appointmentId = input<string>('');
  protected readonly i18n = useTexts(videoTexts);
  protected readonly store = inject(VideoCallStore);
  protected readonly fullscreen = signal(false);
  private readonly route = inject(ActivatedRoute);

  private readonly stage = viewChild<ElementRef<HTMLElement>>('stage');
  private readonly preview = viewChild<ElementRef<HTMLVideoElement>>('preview');
  private readonly self = viewChild<ElementRef<HTMLVideoElement>>('self');
  private readonly onFullscreen = () => this.fullscreen.set(!!document.fullscreenElement);

  constructor() {
    // Video elements show whichever stream the store holds; they appear and go with the phases.
    effect(() => attach(this.preview(), this.store.local()));
    effect(() => attach(this.self(), this.store.local()));
  }

  ngOnInit(): void {
    document.addEventListener('fullscreenchange', this.onFullscreen);
    if (this.appointmentId()) void this.store.load(this.appointmentId());
    else void this.store.loadGuest(this.route.snapshot.fragment ?? '');
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

  /** A person's name as shown in the call; a guest with what they are (tolk, collega). */
  protected nameOf(person: Pick<RemotePerson, 'name' | 'guestKind'>): string {
    const name = person.name ?? this.i18n.t('video.otherPerson');
    return person.guestKind
      ? this.i18n.t('video.personWithKind', { name, kind: this.i18n.t(`video.guest.kind.${person.guestKind}`) })
      : name;
  }

  /** Who a line of the text panel is from: "Jij", the person's name in the call, else what they are. */
  protected readonly who = ({ from: role }: VideoTextLine): string => {
    if (role === this.store.you()) return this.i18n.t('video.text.you');
    const person = this.store.others().find((p) => p.role === role);
    return person?.name ? this.nameOf(person) : this.i18n.t(`video.text.role.${role}`);
  };

  protected readonly mine = (line: VideoTextLine): boolean => line.from === this.store.you();

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
