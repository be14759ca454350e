import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { snippetParts } from '@nabij/library/contracts';

/** A search snippet with its matched words in <mark>; every part is bound as text, never as HTML. */
@Component({
  selector: 'nb-snippet',
  changeDetection: ChangeDetectionStrategy.OnPush,
  // On one line: whitespace between the parts would show as spaces inside words and before stops.
  // prettier-ignore
  template: `@for (part of parts(); track $index) {@if (part.match) {<mark>{{ part.text }}</mark>} @else {<span>{{ part.text }}</span>}}`,
})
export class SnippetComponent {
  readonly text = input.required<string>();
  protected readonly parts = computed(() => snippetParts(this.text()));
}
