import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { MessageComponent, TranslatePipe, useTexts } from '@nabij/platform/portal';
import type { TrainerTask } from '@nabij/trainings/contracts';
import { firstValueFrom } from 'rxjs';
import { trainingTexts } from '../i18n';
import { trainerTexts } from '../trainer.i18n';
import { TrainingsApi } from '../trainings.api';

/** `/huiswerk`: submissions waiting for my feedback, the longest waiting first. */
@Component({
  selector: 'nb-trainer-tasks-page',
  imports: [RouterLink, TranslatePipe, MessageComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1 tabindex="-1">{{ 'trainer.tasks.title' | t }}</h1>
    <p>
      {{ 'trainer.tasks.intro' | t }} <a routerLink="/huiswerk/deelnemers">{{ 'trainer.tasks.participants' | t }}</a> ·
      <a routerLink="/groepen">{{ 'trainer.tasks.groups' | t }}</a>
    </p>
    <nb-message kind="error" [show]="error()">{{ 'trainer.error.load' | t }}</nb-message>
    @if (tasks(); as list) {
      @if (list.length) {
        <div class="table-wrap">
          <table class="table">
            <caption class="visually-hidden">{{ 'trainer.tasks.title' | t }}</caption>
            <thead>
              <tr>
                <th scope="col">{{ 'trainer.tasks.participant' | t }}</th>
                <th scope="col">{{ 'trainer.tasks.module' | t }}</th>
                <th scope="col">{{ 'trainer.tasks.waiting' | t }}</th>
              </tr>
            </thead>
            <tbody>
              @for (task of list; track task.submissionId) {
                <tr>
                  <td><a [routerLink]="['/huiswerk', task.submissionId]">{{ task.clientName ?? ('trainer.sub.unknown' | t) }}</a></td>
                  <td>
                    {{ task.moduleTitle }}
                    @if (task.unlocksNextModule) {
                      <span class="badge">{{ 'trainer.tasks.unlocks' | t }}</span>
                    }
                  </td>
                  <td>{{ waiting(task) }}</td>
                </tr>
              }
            </tbody>
          </table>
        </div>
      } @else {
        <p>{{ 'trainer.tasks.empty' | t }}</p>
      }
    }
  `,
})
export class TrainerTasksPage {
  protected readonly i18n = useTexts(trainerTexts);
  private readonly api = inject(TrainingsApi);
  protected readonly tasks = signal<TrainerTask[] | null>(null);
  protected readonly error = signal(false);

  constructor() {
    useTexts(trainingTexts);
    firstValueFrom(this.api.tasks()).then(
      (tasks) => this.tasks.set([...tasks].sort((a, b) => b.waitingHours - a.waitingHours)),
      () => this.error.set(true),
    );
  }

  protected waiting(task: TrainerTask): string {
    return task.waitingHours >= 48
      ? this.i18n.t('trainer.tasks.days', { days: Math.floor(task.waitingHours / 24) })
      : this.i18n.t('trainer.tasks.hours', { hours: task.waitingHours });
  }
}
