import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { TranslatePipe, useTexts } from '@nabij/platform/portal';
import { trainingTexts } from '../i18n';
import { TrainingStore } from '../training.store';

/** The client's "Training" tile badge: shown only when something from the trainer waits. */
@Component({
  selector: 'nb-training-badge',
  styleUrl: '../trainings.shared.css',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (label(); as key) {
      <span class="badge badge--alert">{{ key | t }}</span>
    }
  `,
})
export class TrainingBadgeComponent {
  protected readonly i18n = useTexts(trainingTexts);
  private readonly store = inject(TrainingStore);
  protected readonly label = computed(() => {
    if (this.store.progress()?.modules.some((m) => m.status === 'returned')) return 'training.badge.returned';
    return this.store.newFeedback() > 0 ? 'training.badge.feedback' : null;
  });

  constructor() {
    // A badge is a nicety: if loading fails, the tile still works without it.
    this.store.load().catch(() => undefined);
  }
}
