import { ChangeDetectionStrategy, Component, DestroyRef, computed, inject, input, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslatePipe, formatAmsterdamTime, useTexts } from '@nabij/platform/portal';
import { GROUP_VIDEO_OPENS_MINUTES_BEFORE, GroupSessionView, isGroupVideoOpen } from '@nabij/trainings/contracts';
import { cohortTexts } from '../cohort.i18n';

/**
 * The place of a session held in Nabij ("Online in Nabij") with its "Deelnemen" button, which opens
 * the group's video call from GROUP_VIDEO_OPENS_MINUTES_BEFORE before the start until the end; before
 * that the time it opens. The page checks the clock every 20 seconds, so the button appears by itself.
 */
@Component({
  selector: 'nb-group-video-join',
  imports: [RouterLink, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    {{ 'cohort.sessions.video' | t }}
    @if (open()) {
      <a class="button" [routerLink]="['/video/groep', session().id]">{{ 'cohort.sessions.join' | t }}</a>
    } @else if (!over()) {
      <span class="small">{{ 'cohort.sessions.videoOpens' | t: { time: opens() } }}</span>
    }
  `,
})
export class GroupVideoJoinComponent {
  readonly session = input.required<GroupSessionView>();
  protected readonly i18n = useTexts(cohortTexts);
  private readonly now = signal(new Date());
  protected readonly open = computed(() => isGroupVideoOpen(this.session(), this.now()));
  protected readonly over = computed(() => new Date(this.session().endsAt) <= this.now());
  protected readonly opens = computed(() =>
    formatAmsterdamTime(
      new Date(new Date(this.session().startsAt).getTime() - GROUP_VIDEO_OPENS_MINUTES_BEFORE * 60_000).toISOString(),
      this.i18n.locale(),
    ),
  );

  constructor() {
    const timer = setInterval(() => this.now.set(new Date()), 20_000);
    inject(DestroyRef).onDestroy(() => clearInterval(timer));
  }
}
