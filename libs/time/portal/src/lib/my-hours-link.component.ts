import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslatePipe, useTexts } from '@nabij/platform/portal';
import { firstValueFrom } from 'rxjs';
import { TimeApi } from './time.api';
import { timeTexts } from './time.i18n';

/** "Mijn uren" on the worker's home, with how many prefilled contacts wait for confirmation. */
@Component({
  selector: 'nb-my-hours-link',
  imports: [RouterLink, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="card">
      <h2>
        <a routerLink="/uren">{{ 'time.link' | t }}</a>
        @if (count(); as n) {
          <span class="badge">{{ 'time.linkCount' | t: { count: n } }}</span>
        }
      </h2>
      @if (count() === 0) {
        <p>{{ 'time.linkNone' | t }}</p>
      }
    </section>
  `,
})
export class MyHoursLinkComponent {
  protected readonly i18n = useTexts(timeTexts);
  private readonly api = inject(TimeApi);
  protected readonly count = signal<number | null>(null);

  constructor() {
    firstValueFrom(this.api.week()).then(
      (week) => this.count.set(week.toConfirm.length),
      () => this.count.set(null),
    );
  }
}
