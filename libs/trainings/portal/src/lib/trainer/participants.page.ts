import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { AMSTERDAM_TIME_ZONE, MessageComponent, TranslatePipe, useTexts } from '@nabij/platform/portal';
import type { ParticipantOverview } from '@nabij/trainings/contracts';
import { firstValueFrom } from 'rxjs';
import { staffTexts } from '../staff.i18n';
import { trainerTexts } from '../trainer.i18n';
import { TrainingsApi } from '../trainings.api';

/** `/huiswerk/deelnemers`: everyone I train, who is stuck first, with their last activity. */
@Component({
  selector: 'nb-trainer-participants-page',
  styleUrl: './participants.page.css',
  imports: [RouterLink, TranslatePipe, MessageComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <p class="back-link"><a routerLink="/huiswerk"><span class="dir-arrow" aria-hidden="true">←</span> {{ 'trainer.sub.back' | t }}</a></p>
    <h1 tabindex="-1">{{ 'trainer.people.title' | t }}</h1>
    <p>{{ 'trainer.people.intro' | t }}</p>
    <p class="button-row">
      <a class="button button--secondary" routerLink="/huiswerk/aanmelden">{{ 'staff.enrol.link' | t }}</a>
      <a class="button button--quiet" routerLink="/trainingen/beheer">{{ 'editor.title' | t }}</a>
    </p>
    <nb-message kind="error" [show]="error()">{{ 'trainer.error.load' | t }}</nb-message>
    @if (people(); as list) {
      @if (list.length) {
        <div class="table-wrap">
          <table class="table">
            <caption class="visually-hidden">{{ 'trainer.people.title' | t }}</caption>
            <thead>
              <tr>
                <th scope="col">{{ 'trainer.people.name' | t }}</th>
                <th scope="col">{{ 'trainer.people.progress' | t }}</th>
                <th scope="col">{{ 'trainer.people.last' | t }}</th>
                <th scope="col">{{ 'trainer.people.status' | t }}</th>
              </tr>
            </thead>
            <tbody>
              @for (p of list; track p.enrolmentId) {
                <tr [class.is-stalled]="p.stalled">
                  <td>
                    {{ p.clientName ?? '—' }}
                    @if (p.waitingForFeedback) {
                      <span class="badge">{{ 'trainer.people.waiting' | t }}: {{ p.waitingForFeedback }}</span>
                    }
                  </td>
                  <td>{{ p.modulesDone }} / {{ p.modulesTotal }}</td>
                  <td>{{ date(p.lastActivityAt) }}</td>
                  <td>
                    @if (p.stalled) {
                      <strong class="status status--stalled">{{ 'trainer.people.stalled' | t }}</strong>
                      @for (r of p.stallReasons; track r) {
                        <span class="small"> · {{ 'trainer.people.reason.' + r | t }}</span>
                      }
                    } @else {
                      {{ 'trainer.people.ok' | t }}
                    }
                  </td>
                </tr>
              }
            </tbody>
          </table>
        </div>
      } @else {
        <p>{{ 'trainer.people.empty' | t }}</p>
      }
    }
  `,
})
export class TrainerParticipantsPage {
  protected readonly i18n = useTexts(trainerTexts);
  private readonly api = inject(TrainingsApi);
  protected readonly people = signal<ParticipantOverview[] | null>(null);
  protected readonly error = signal(false);

  constructor() {
    useTexts(staffTexts);
    firstValueFrom(this.api.participants()).then(
      (list) =>
        this.people.set(
          [...list].sort((a, b) => Number(b.stalled) - Number(a.stalled) || a.lastActivityAt.localeCompare(b.lastActivityAt)),
        ),
      () => this.error.set(true),
    );
  }

  protected date(iso: string): string {
    return new Date(iso).toLocaleDateString(this.i18n.locale(), { timeZone: AMSTERDAM_TIME_ZONE, day: 'numeric', month: 'short' });
  }
}
