import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { Router, RouterLink } from '@angular/router';
import { MessageComponent, TranslatePipe, useTexts } from '@nabij/platform/portal';
import type { CohortSummary } from '@nabij/trainings/contracts';
import { firstValueFrom } from 'rxjs';
import { GroupVideoJoinComponent } from './group-video-join.component';
import { cohortTexts } from '../cohort.i18n';
import { TrainingsApi } from '../trainings.api';
import { sessionDate, sessionPlace } from './group-format';

/** On the client's Training page: the groups they are in (with the next meeting) or invited to. */
@Component({
  selector: 'nb-my-groups',
  imports: [GroupVideoJoinComponent, RouterLink, TranslatePipe, MessageComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <nb-message kind="error" [show]="error()">{{ 'cohort.error.load' | t }}</nb-message>
    @for (g of groups(); track g.id) {
      <section class="card card--accent my-group" [attr.aria-labelledby]="'group-' + g.id">
        <h2 [id]="'group-' + g.id">{{ 'cohort.me.title' | t }}: {{ g.title }}</h2>
        @if (g.myStatus === 'invited') {
          <p>{{ 'cohort.me.invited' | t: { title: g.trainingTitle } }}</p>
          <button class="button" type="button" [attr.aria-busy]="busy()" (click)="accept(g.id)">{{ 'cohort.me.accept' | t }}</button>
        } @else {
          @if (g.nextSession; as s) {
            <p>
              <strong>{{ 'cohort.me.next' | t }}:</strong> {{ date(s.startsAt) }} —
              @if (s.place === 'video') {
                <nb-group-video-join [session]="s" />
              } @else if (place(s); as where) {
                {{ where }}
              } @else {
                <a [href]="s.link" target="_blank" rel="noopener noreferrer">{{ 'cohort.sessions.join' | t }}</a>
              }
            </p>
          } @else {
            <p>{{ 'cohort.me.noNext' | t }}</p>
          }
          <a class="button button--secondary" [routerLink]="['/training/groep', g.id]">{{ 'cohort.me.open' | t }}</a>
        }
      </section>
    }
  `,
})
export class MyGroupsComponent {
  protected readonly i18n = useTexts(cohortTexts);
  private readonly api = inject(TrainingsApi);
  private readonly router = inject(Router);
  protected readonly groups = signal<CohortSummary[]>([]);
  protected readonly error = signal(false);
  protected readonly busy = signal(false);
  protected readonly place = sessionPlace;

  constructor() {
    firstValueFrom(this.api.cohorts()).then(
      (list) => this.groups.set(list),
      () => this.error.set(true),
    );
  }

  protected date(iso: string): string {
    return sessionDate(iso, this.i18n.locale());
  }

  protected async accept(cohortId: string): Promise<void> {
    this.busy.set(true);
    try {
      await firstValueFrom(this.api.acceptCohort(cohortId));
      await this.router.navigate(['/training/groep', cohortId]);
    } catch {
      this.error.set(true);
    } finally {
      this.busy.set(false);
    }
  }
}
