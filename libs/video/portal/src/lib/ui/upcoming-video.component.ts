import { ChangeDetectionStrategy, Component, OnDestroy, OnInit, computed, inject, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { AuthStore, TranslatePipe, formatAmsterdamDay, formatAmsterdamTime, useTexts } from '@nabij/platform/portal';
import type { UpcomingVideoCall, VideoNotice } from '@nabij/video/contracts';
import { firstValueFrom } from 'rxjs';
import { videoTexts } from '../i18n';
import { VideoApi } from '../video.api';

/**
 * For the client's and the worker's home: today's and tomorrow's video calls, with "Deelnemen"
 * from 10 minutes before the start. Shows nothing when there are none. A client also sees the
 * notice ahead of a call ("Je hebt om 14:00 een videogesprek", as in the mail) until they press "Gezien".
 */
@Component({
  selector: 'nb-upcoming-video',
  imports: [RouterLink, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div aria-live="polite">
      @for (notice of notices(); track notice.appointmentId) {
        <p class="notice video-notice">
          <span>{{ 'video.notice.text' | t: { time: time(notice.startsAt) } }}</span>
          <button type="button" class="button button--secondary" [attr.aria-label]="'video.notice.seenNamed' | t: { time: time(notice.startsAt) }" (click)="seen(notice)">
            {{ 'video.notice.seen' | t }}
          </button>
        </p>
      }
    </div>
    @if (calls().length > 0) {
      <section class="card upcoming-video" aria-labelledby="upcoming-video-title">
        <h2 id="upcoming-video-title">{{ 'video.upcoming.title' | t }}</h2>
        <ul class="plain-list">
          @for (call of calls(); track call.appointmentId) {
            <li class="item-line">
              <span>{{ 'video.upcoming.at' | t: { day: day(call.startsAt), time: time(call.startsAt), name: call.otherName ?? '' } }}</span>
              @if (isOpen(call)) {
                <a
                  class="button"
                  [routerLink]="['/video', call.appointmentId]"
                  [attr.aria-label]="'video.upcoming.joinNamed' | t: { name: call.otherName ?? '' }"
                  >{{ 'video.upcoming.join' | t }}</a
                >
              } @else {
                <span class="small">{{ 'video.upcoming.opens' | t: { time: time(call.opensAt) } }}</span>
              }
            </li>
          }
        </ul>
      </section>
    }
  `,
  styles: `
    .video-notice {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem 1rem;
      align-items: center;
    }
    .item-line {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem 1rem;
      align-items: center;
    }
  `,
})
export class UpcomingVideoComponent implements OnInit, OnDestroy {
  protected readonly i18n = useTexts(videoTexts);
  private readonly api = inject(VideoApi);
  private readonly auth = inject(AuthStore);
  private readonly _calls = signal<UpcomingVideoCall[]>([]);
  protected readonly notices = signal<VideoNotice[]>([]);
  private readonly now = signal(Date.now());
  private timer: ReturnType<typeof setInterval> | undefined;
  protected readonly calls = computed(() => this._calls().filter((c) => Date.parse(c.closesAt) > this.now()));

  ngOnInit(): void {
    firstValueFrom(this.api.upcoming()).then(
      (calls) => this._calls.set(calls),
      () => undefined,
    );
    if (this.auth.role() === 'client')
      firstValueFrom(this.api.notices()).then(
        (notices) => this.notices.set(notices),
        () => undefined,
      );
    // The "Deelnemen" link appears by itself when the room opens.
    this.timer = setInterval(() => this.now.set(Date.now()), 30_000);
  }

  ngOnDestroy(): void {
    clearInterval(this.timer);
  }

  protected async seen(notice: VideoNotice): Promise<void> {
    try {
      await firstValueFrom(this.api.noticeSeen(notice.appointmentId));
      this.notices.update((all) => all.filter((n) => n.appointmentId !== notice.appointmentId));
    } catch {
      // It stays; the next visit shows it again.
    }
  }

  protected isOpen(call: UpcomingVideoCall): boolean {
    return Date.parse(call.opensAt) <= this.now() && this.now() < Date.parse(call.closesAt);
  }

  protected day(value: string): string {
    return formatAmsterdamDay(value, this.i18n.locale());
  }

  protected time(value: string): string {
    return formatAmsterdamTime(value, this.i18n.locale());
  }
}
