import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslatePipe, useTexts } from '@nabij/platform/portal';
import { firstValueFrom } from 'rxjs';
import { trainerTexts } from '../trainer.i18n';
import { TrainingsApi } from '../trainings.api';

/** A card on the worker's home: "Huiswerk nakijken" with how many submissions wait. */
@Component({
  selector: 'nb-trainer-tasks-link',
  styleUrl: '../trainings.shared.css',
  imports: [RouterLink, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="card" aria-labelledby="trainer-tasks-title">
      <h2 id="trainer-tasks-title">
        <a routerLink="/huiswerk">{{ 'trainer.home.link' | t }}</a>
        @if (count()) {
          <span class="badge badge--alert">{{ 'trainer.home.count' | t: { count: count() } }}</span>
        }
      </h2>
      <p>{{ 'trainer.home.text' | t }}</p>
    </section>
  `,
})
export class TrainerTasksLinkComponent {
  protected readonly i18n = useTexts(trainerTexts);
  protected readonly count = signal(0);

  constructor() {
    firstValueFrom(inject(TrainingsApi).tasks()).then(
      (tasks) => this.count.set(tasks.length),
      () => undefined,
    );
  }
}
