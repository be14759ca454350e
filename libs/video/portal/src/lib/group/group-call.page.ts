import { ChangeDetectionStrategy, Component, OnInit, inject, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslatePipe, formatAmsterdamTime, useTexts } from '@nabij/platform/portal';
import { videoTexts } from '../i18n';
import type { VideoTextLine } from '@nabij/video/contracts';
import { CallTextPanelComponent } from '../ui/call-text-panel.component';
import { SrcObjectDirective } from '../ui/src-object.directive';
import { GroupCallStore, GroupPeer } from './group-call.store';

/**
 * `/video/groep/:sessionId`: a training group's session held in Nabij. The session's trainers and
 * active participants see each other by the name the group knows them by (nickname or first name);
 * a participant who comes before the trainer waits until a trainer is there. Media goes browser to
 * browser (a link per pair); nothing is recorded.
 */
@Component({
  selector: 'nb-group-call-page',
  imports: [TranslatePipe, RouterLink, SrcObjectDirective, CallTextPanelComponent],
  providers: [GroupCallStore],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    :host {
      display: block;
    }
    .grid {
      display: grid;
      gap: 0.5rem;
      grid-template-columns: repeat(auto-fill, minmax(min(100%, 14rem), 1fr));
      padding: 0;
      margin-block: 1rem;
      list-style: none;
    }
    .tile {
      margin: 0;
    }
    .video {
      display: block;
      width: 100%;
      aspect-ratio: 4 / 3;
      object-fit: cover;
      background: #1f2a30;
      border-radius: 0.5rem;
    }
    .video--self {
      transform: scaleX(-1);
    }
    .controls {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem;
    }
    figcaption {
      padding-block-start: 0.25rem;
    }
  `,
  template: `
    <h1 tabindex="-1">{{ 'video.group.title' | t }}</h1>
    @switch (store.phase()) {
      @case ('loading') {
        <p role="status">{{ 'video.loading' | t }}</p>
      }
      @case ('missing') {
        <p role="alert">{{ 'video.group.notFound' | t }}</p>
        <p><a routerLink="/">{{ 'video.toHome' | t }}</a></p>
      }
      @case ('not_open') {
        @if (store.room(); as r) {
          <p role="status">{{ 'video.group.notOpen' | t: { opens: time(r.opensAt), closes: time(r.closesAt) } }}</p>
        }
        <p><a routerLink="/">{{ 'video.toHome' | t }}</a></p>
      }
      @case ('full') {
        <p role="alert">{{ 'video.group.full' | t }}</p>
      }
      @case ('error') {
        <p role="alert">{{ 'video.error' | t }}</p>
      }
      @case ('left') {
        <p role="status">{{ 'video.group.left' | t }}</p>
        <button class="button" type="button" (click)="store.join()">{{ 'video.group.rejoin' | t }}</button>
      }
      @default {
        @if (store.phase() === 'check' || store.phase() === 'joining') {
          <p>{{ 'video.group.intro' | t: { name: store.room()?.displayName ?? '' } }}</p>
          @if (store.denied()) {
            <p role="alert">{{ 'video.check.denied.intro' | t }}</p>
          }
          <button class="button" type="button" [attr.aria-busy]="store.phase() === 'joining'" (click)="store.join()">
            {{ 'video.join' | t }}
          </button>
        }
        @if (store.phase() === 'waiting') {
          <p role="status">{{ 'video.group.waiting' | t }}</p>
        }
        @if (store.phase() === 'in_call' || store.phase() === 'waiting') {
          <p class="small" role="status" aria-live="polite">{{ 'video.group.people' | t: { count: store.peers().length + 1 } }}</p>
          <ul class="grid" [attr.aria-label]="'video.group.tiles' | t">
            <li>
              <figure class="tile">
                <video class="video video--self" autoplay playsinline muted [nbSrcObject]="store.local()"></video>
                <figcaption>{{ 'video.self' | t }}</figcaption>
              </figure>
            </li>
            @for (p of store.peers(); track p.peerId) {
              <li>
                <figure class="tile">
                  <video class="video video--remote" autoplay playsinline [nbSrcObject]="p.stream" [attr.data-peer]="p.peerId"></video>
                  <figcaption>
                    {{ nameOf(p) }}
                    @if (!p.audio) {
                      · {{ 'video.group.muted' | t }}
                    }
                  </figcaption>
                </figure>
                @if (store.trainer() && p.audio) {
                  <button class="button button--small button--quiet" type="button" (click)="store.mute(p.peerId)">
                    {{ 'video.group.muteOther' | t: { name: p.name ?? '' } }}
                  </button>
                }
              </li>
            }
          </ul>
          @if (store.mutedBy() !== null) {
            <p role="status">{{ 'video.group.mutedBy' | t: { name: store.mutedBy() || ('video.otherPerson' | t) } }}</p>
          }
          <div class="controls">
            <button class="button button--secondary" type="button" [attr.aria-pressed]="!store.audio()" (click)="store.toggleAudio()">
              {{ (store.audio() ? 'video.mute' : 'video.unmute') | t }}
            </button>
            <button class="button button--secondary" type="button" [attr.aria-pressed]="!store.video()" (click)="store.toggleVideo()">
              {{ (store.video() ? 'video.cameraOff' : 'video.cameraOn') | t }}
            </button>
            <button class="button button--danger" type="button" (click)="store.leave()">{{ 'video.leave' | t }}</button>
          </div>
          <nb-call-text-panel [text]="store.text" [you]="store.trainer() ? 'worker' : 'client'" [who]="who" [mine]="mine" [group]="true" />
        }
      }
    }
  `,
})
export class GroupCallPage implements OnInit {
  readonly sessionId = input.required<string>();
  protected readonly i18n = useTexts(videoTexts);
  protected readonly store = inject(GroupCallStore);

  ngOnInit(): void {
    void this.store.load(this.sessionId());
  }

  protected time(value: string): string {
    return formatAmsterdamTime(value, this.i18n.locale());
  }

  /** Who a line of the text panel is from: "Jij", else the name the group knows them by. */
  protected readonly who = (line: VideoTextLine): string => {
    if (this.store.isMine(line)) return this.i18n.t('video.text.you');
    const person = line.fromPeer ? this.store.person(line.fromPeer) : undefined;
    return person ? this.nameOf(person) : this.i18n.t(`video.text.role.${line.from}`);
  };

  protected readonly mine = (line: VideoTextLine): boolean => this.store.isMine(line);

  protected nameOf(p: Pick<GroupPeer, 'name' | 'trainer'>): string {
    const name = p.name ?? this.i18n.t('video.otherPerson');
    return p.trainer ? this.i18n.t('video.group.trainer', { name }) : name;
  }
}
