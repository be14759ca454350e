import { REMARK_REDACTED } from '@nabij/reports/contracts';

/** Dutch and other name particles: kept in the text (they are also ordinary words). */
const PARTICLES = new Set([
  'van',
  'de',
  'der',
  'den',
  'het',
  'ter',
  'ten',
  'te',
  'la',
  'le',
  'el',
  'al',
  'bin',
  'von',
  'du',
  'da',
  'di',
  'op',
]);

const EMAIL = /[^\s@]+@[^\s@]+\.[^\s@]+/g;
/** Dutch phone numbers as people type them: 06-12345678, +31 6 1234 5678, 071 123 45 67. */
const PHONE = /(?:\+|00)?\d[\d\s-]{7,}\d/g;
const WORD = /\p{L}[\p{L}'’]*/gu;

/** The words of people's names worth looking for in a remark, lower case (particles and single letters left out). */
export function nameWords(names: ReadonlyArray<string | null>): Set<string> {
  const words = new Set<string>();
  for (const name of names) {
    for (const word of name?.toLocaleLowerCase('nl').match(WORD) ?? []) {
      if (word.length > 1 && !PARTICLES.has(word)) words.add(word);
    }
  }
  return words;
}

/**
 * A remark as a team lead may read it: e-mail addresses, phone numbers and every word that is part of
 * a name of the organisation's people (clients, staff, chat nicknames) replaced by REMARK_REDACTED.
 * The form asks clients to leave names out; this catches the names we know of.
 */
export function redactRemark(remark: string, names: ReadonlySet<string>): string {
  return remark
    .replace(EMAIL, REMARK_REDACTED)
    .replace(PHONE, REMARK_REDACTED)
    .replace(WORD, (word) => (names.has(word.toLocaleLowerCase('nl')) ? REMARK_REDACTED : word));
}
