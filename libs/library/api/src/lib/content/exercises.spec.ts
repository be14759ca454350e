import { TRANSLATION_LANGS } from '@nabij/library/contracts';
import { EXERCISE_TRANSLATIONS } from './exercise-translations';
import { LIBRARY_EXERCISES } from './exercises';

/** The printed form: the number of cells of every table row, in order. */
function tableShape(markdown: string): number[] {
  return markdown
    .split('\n')
    .filter((line) => line.startsWith('|'))
    .map((row) => row.split('|').length - 2);
}

function numberedSteps(markdown: string): number {
  return markdown.split('\n').filter((line) => /^\d+\. /.test(line)).length;
}

describe('the printable exercises Nabij ships', () => {
  it.each(LIBRARY_EXERCISES.map((e) => [e.slug, e] as const))('%s is in Arabic, Turkish and Polish', (_slug, exercise) => {
    for (const lang of TRANSLATION_LANGS) {
      const text = exercise.translations?.[lang];
      expect(text).toBeDefined();
      expect(text!.title.trim()).not.toBe('');
      expect(text!.summary.trim()).not.toBe('');
      expect(text!.title).not.toBe(exercise.nl.title);
      expect(text!.body).not.toBe(exercise.nl.body);
    }
  });

  it.each(LIBRARY_EXERCISES.map((e) => [e.slug, e] as const))(
    '%s keeps the Dutch form: the same table rows, cells and steps',
    (_slug, exercise) => {
      for (const lang of TRANSLATION_LANGS) {
        const body = exercise.translations![lang]!.body;
        expect(tableShape(body)).toEqual(tableShape(exercise.nl.body));
        expect(numberedSteps(body)).toBe(numberedSteps(exercise.nl.body));
        expect(body.match(/____/g)?.length).toBe(exercise.nl.body.match(/____/g)?.length);
      }
    },
  );

  it('has translations only for exercises that exist', () => {
    const slugs = new Set(LIBRARY_EXERCISES.map((e) => e.slug));
    expect(Object.keys(EXERCISE_TRANSLATIONS).filter((slug) => !slugs.has(slug))).toEqual([]);
  });
});
