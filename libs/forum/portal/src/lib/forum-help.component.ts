import { ChangeDetectionStrategy, Component } from '@angular/core';
import { TranslatePipe, useTexts } from '@nabij/platform/portal';
import { forumTexts } from './forum.i18n';

/** "Hulp nodig? Bel 113 / 112": on every forum page, above the content. */
@Component({
  selector: 'nb-forum-help',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrl: './forum.css',
  template: `
    <aside class="forum-help" [attr.aria-label]="'forum.help.label' | t">
      <p>{{ 'forum.help' | t }}</p>
      <div class="button-row">
        <a class="button button--small" href="tel:113">{{ 'forum.help.call113' | t }}</a>
        <a class="button button--small button--secondary" href="tel:112">{{ 'forum.help.call112' | t }}</a>
      </div>
    </aside>
  `,
})
export class ForumHelpComponent {
  protected readonly i18n = useTexts(forumTexts);
}
