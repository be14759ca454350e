import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { TranslatePipe, useTexts } from '@nabij/platform/portal';
import { libraryTexts } from '../library.i18n';

/** The emergency numbers; with `violence` the Veilig Thuis line comes first. */
@Component({
  selector: 'nb-urgent-note',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <aside class="note" aria-labelledby="urgent-title">
      <h2 id="urgent-title">{{ 'library.urgent.title' | t }}</h2>
      @if (violence()) {
        <p>{{ 'library.urgent.veiligThuis' | t }}</p>
      }
      <p>{{ 'library.urgent.112' | t }}</p>
      <p>{{ 'library.urgent.113' | t }}</p>
    </aside>
  `,
})
export class UrgentNoteComponent {
  protected readonly i18n = useTexts(libraryTexts);
  readonly violence = input(false);
}
