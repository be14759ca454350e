import { ChangeDetectionStrategy, Component, effect, inject, input, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import {
  FileDownloader,
  FormControlDirective,
  FormFieldComponent,
  MessageComponent,
  TranslatePipe,
  toApiError,
  useTexts,
} from '@nabij/platform/portal';
import type { ParticipantCohortView } from '@nabij/trainings/contracts';
import { firstValueFrom } from 'rxjs';
import { GroupVideoJoinComponent } from './group-video-join.component';
import { cohortTexts } from '../cohort.i18n';
import { TrainingsApi } from '../trainings.api';
import { sessionDate, sessionPlace } from './group-format';

/**
 * `/training/groep/:cohortId`: the participant's group — the next meeting (place, or "Deelnemen"),
 * all meetings with a calendar file, the others by first name or nickname, and one's own nickname.
 */
@Component({
  selector: 'nb-participant-group-page',
  styleUrl: '../trainings.shared.css',
  imports: [GroupVideoJoinComponent, RouterLink, TranslatePipe, MessageComponent, FormFieldComponent, FormControlDirective],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <p class="back-link"><a routerLink="/training"><span class="dir-arrow" aria-hidden="true">←</span> {{ 'cohort.me.back' | t }}</a></p>
    <nb-message kind="error" [show]="!!error()">{{ error() ?? '' | t }}</nb-message>
    @if (group(); as g) {
      <h1 tabindex="-1">{{ g.title }}</h1>
      <p>{{ g.trainingTitle }} · {{ 'cohort.me.trainers' | t: { names: g.trainers.join(', ') } }}</p>

      <section class="card card--accent" aria-labelledby="next-title">
        <h2 id="next-title">{{ 'cohort.me.next' | t }}</h2>
        @if (g.nextSession; as s) {
          <p class="lead">{{ date(s.startsAt) }}</p>
          @if (s.place === 'video') {
            <p><nb-group-video-join [session]="s" /></p>
          } @else if (place(s); as where) {
            <p>{{ where }}</p>
          } @else {
            <a class="button" [href]="s.link" target="_blank" rel="noopener noreferrer">{{ 'cohort.sessions.join' | t }}</a>
          }
          @if (s.moduleTitle) {
            <p class="small">{{ 'cohort.sessions.module' | t: { title: s.moduleTitle } }}</p>
          }
        } @else {
          <p>{{ 'cohort.me.noNext' | t }}</p>
        }
        <button class="button button--secondary" type="button" (click)="calendar(g.id)">{{ 'cohort.me.calendar' | t }}</button>
      </section>

      @if (g.myEnrolmentId) {
        <section class="card" aria-labelledby="forum-title">
          <h2 id="forum-title">{{ 'cohort.forum.title' | t }}</h2>
          <p>{{ 'cohort.forum.intro' | t }}</p>
          <p><a [routerLink]="['/forum', g.id]">{{ 'cohort.forum.open' | t }}</a></p>
        </section>
      }

      <section class="card" aria-labelledby="all-title">
        <h2 id="all-title">{{ 'cohort.me.all' | t }}</h2>
        <ol>
          @for (s of g.sessions; track s.id) {
            <li>
              {{ date(s.startsAt) }} —
              @if (s.place === 'video') {
                <nb-group-video-join [session]="s" />
              } @else if (place(s); as where) {
                {{ where }}
              } @else {
                {{ 'cohort.sessions.online' | t }}
              }
            </li>
          }
        </ol>
      </section>

      <section class="card" aria-labelledby="members-title">
        <h2 id="members-title">{{ 'cohort.me.group' | t }}</h2>
        <p class="small">{{ 'cohort.me.groupHint' | t }}</p>
        <ul class="group-members">
          @for (m of g.members; track $index) {
            <li>{{ m.displayName }} @if (m.isMe) {<span class="small">{{ 'cohort.me.you' | t }}</span>}</li>
          }
        </ul>
        <form (submit)="$event.preventDefault(); saveNickname()" novalidate>
          <nb-form-field fieldId="group-nickname" [label]="'cohort.me.nickname' | t" [hint]="'cohort.me.nicknameHint' | t" [error]="nicknameError()">
            <input nbControl class="input" name="nickname" maxlength="30" [value]="nickname()" (input)="nickname.set(value($event))" />
          </nb-form-field>
          <button class="button button--secondary" type="submit">{{ 'cohort.me.saveNickname' | t }}</button>
          <p class="small" role="status" aria-live="polite">{{ saved() ? ('cohort.me.nicknameSaved' | t) : '' }}</p>
        </form>
      </section>
    }
  `,
})
export class ParticipantGroupPage {
  readonly cohortId = input.required<string>();
  protected readonly i18n = useTexts(cohortTexts);
  private readonly api = inject(TrainingsApi);
  private readonly files = inject(FileDownloader);
  protected readonly group = signal<ParticipantCohortView | null>(null);
  protected readonly error = signal<string | null>(null);
  protected readonly nickname = signal('');
  protected readonly nicknameError = signal<string | null>(null);
  protected readonly saved = signal(false);
  protected readonly place = sessionPlace;

  constructor() {
    effect(() => {
      const id = this.cohortId();
      firstValueFrom(this.api.participantCohort(id)).then(
        (g) => {
          this.group.set(g);
          this.nickname.set(g.myNickname ?? '');
        },
        (err) => this.error.set(toApiError(err).statusCode === 404 ? 'cohort.error.notFound' : 'cohort.error.load'),
      );
    });
  }

  protected date(iso: string): string {
    return sessionDate(iso, this.i18n.locale());
  }

  protected value(event: Event): string {
    return (event.target as HTMLInputElement).value;
  }

  protected async calendar(cohortId: string): Promise<void> {
    try {
      await this.files.save(`/training-cohorts/${cohortId}/calendar`, 'groepstraining.ics');
    } catch {
      this.error.set('cohort.error.load');
    }
  }

  protected async saveNickname(): Promise<void> {
    this.saved.set(false);
    this.nicknameError.set(null);
    const raw = this.nickname().trim();
    if (raw && (raw.length < 2 || raw.length > 30)) return this.nicknameError.set(this.i18n.t('cohort.me.err.nickname'));
    try {
      const g = await firstValueFrom(this.api.nickname(this.cohortId(), raw || null));
      this.group.set(g);
      this.saved.set(true);
    } catch (err) {
      if (toApiError(err).statusCode === 400) this.nicknameError.set(this.i18n.t('cohort.me.err.nickname'));
      else this.error.set('cohort.error.load');
    }
  }
}
