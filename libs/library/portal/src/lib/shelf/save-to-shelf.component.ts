import { ChangeDetectionStrategy, Component, inject, input, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { AuthStore, MessageComponent, TranslatePipe, useTexts } from '@nabij/platform/portal';
import { firstValueFrom } from 'rxjs';
import { LibraryApi } from '../library.api';
import { runOnce } from '../load-state';
import { shelfTexts } from './shelf.i18n';

/** Under a public article, for a logged-in client: "Bewaar in Mijn bibliotheek", then a link there. Nothing for others. */
@Component({
  selector: 'nb-save-to-shelf',
  imports: [RouterLink, TranslatePipe, MessageComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (auth.role() === 'client') {
      @if (saved()) {
        <nb-message kind="success" [show]="true">{{ 'shelf.saved' | t }}</nb-message>
        <p><a routerLink="/mijn-bibliotheek">{{ 'shelf.goThere' | t }}</a></p>
      } @else {
        <button type="button" class="button button--secondary" [attr.aria-busy]="busy()" (click)="save()">{{ 'shelf.save' | t }}</button>
        <nb-message kind="error" [show]="failed()">{{ 'shelf.saveFailed' | t }}</nb-message>
      }
    }
  `,
})
export class SaveToShelfComponent {
  protected readonly i18n = useTexts(shelfTexts);
  protected readonly auth = inject(AuthStore);
  private readonly api = inject(LibraryApi);
  readonly slug = input.required<string>();
  protected readonly saved = signal(false);
  readonly failed = signal(false);
  readonly busy = signal(false);

  protected save(): Promise<void> {
    return runOnce(this, async () => {
      await firstValueFrom(this.api.saveArticleToShelf(this.slug(), this.i18n.lang()));
      this.saved.set(true);
    });
  }
}
