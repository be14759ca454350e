import { BadRequestException } from '@nestjs/common';
import { HIGHLIGHT_END, HIGHLIGHT_START } from '@nabij/library/contracts';

type Texts<K extends string> = Record<'nl' | 'en', Record<K, string>>;

/** The search highlight markers would break snippets: refused, naming the field (`nl.title`). */
export function assertNoMarkers<K extends string>(input: Texts<K>, keys: readonly K[]): void {
  for (const lang of ['nl', 'en'] as const) {
    for (const key of keys) {
      const text = input[lang][key];
      if (text.includes(HIGHLIGHT_START) || text.includes(HIGHLIGHT_END)) {
        const field = `${lang}.${key}`;
        throw new BadRequestException({
          message: `${field} holds a reserved character`,
          fields: { [field]: [`${field} must not hold ⟦ or ⟧`] },
        });
      }
    }
  }
}
