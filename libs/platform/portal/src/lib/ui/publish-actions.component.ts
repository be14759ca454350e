import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { useTexts } from '../i18n/i18n.service';
import { TranslatePipe } from '../i18n/t.pipe';
import { publishActionsTexts } from './publish-actions.i18n';

/**
 * The publish buttons every editor of published content shares (articles, their translations,
 * training module translations): published content keeps its text while changes wait, so with
 * waiting changes there are "publish changes" and "discard changes"; and once saved, "publish" or
 * "take offline". Placed inside the editor's own button row, after its save button.
 */
@Component({
  selector: 'nb-publish-actions',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { style: 'display: contents' },
  template: `
    @if (hasDraft()) {
      <button type="button" class="button button--secondary" (click)="publish.emit(true)">{{ 'platform.publish.changes' | t }}</button>
      <button type="button" class="button button--secondary" (click)="discard.emit()">{{ 'platform.publish.discard' | t }}</button>
    }
    @if (status(); as s) {
      <button type="button" class="button button--secondary" (click)="publish.emit(s !== 'published')">
        {{ (s === 'published' ? unpublishKey() : publishKey()) | t }}
      </button>
    }
  `,
})
export class PublishActionsComponent {
  /** null: not saved yet, nothing to publish. */
  readonly status = input.required<'draft' | 'published' | null>();
  readonly hasDraft = input(false);
  /** A translation says so on its buttons ("Vertaling publiceren"). */
  readonly translation = input(false);
  /** true: publish (or publish the waiting changes); false: take offline. */
  readonly publish = output<boolean>();
  readonly discard = output<void>();

  constructor() {
    useTexts(publishActionsTexts);
  }

  protected publishKey(): string {
    return this.translation() ? 'platform.publish.publishTranslation' : 'platform.publish.publish';
  }

  protected unpublishKey(): string {
    return this.translation() ? 'platform.publish.unpublishTranslation' : 'platform.publish.unpublish';
  }
}
