import type { ForumFlag } from './forum.contracts';

/**
 * Words that make a post wait for a moderator: swearing and insults, and personal numbers. Matched
 * as whole words, case and accents ignored.
 */
export const LISTED_WORDS: readonly string[] = [
  'kanker',
  'kankerlijer',
  'tering',
  'tyfus',
  'klootzak',
  'hoer',
  'kut',
  'mongool',
  'debiel',
  'idioot',
  'bsn',
  'burgerservicenummer',
  'iban',
  'pincode',
  'wachtwoord',
];

/**
 * Words and phrases that may mean someone is thinking about ending their life or hurting
 * themselves: the post goes to the moderators at once (and the writer sees 113).
 */
export const CRISIS_WORDS: readonly string[] = [
  'zelfmoord',
  'suicide',
  'suïcide',
  'zelfdoding',
  'suicidaal',
  'suïcidaal',
  'ik wil dood',
  'wil dood',
  'dood willen',
  'niet meer leven',
  'niet meer willen leven',
  'wil niet meer leven',
  'een einde aan mijn leven',
  'een eind aan mijn leven',
  'er een eind aan maken',
  'er een einde aan maken',
  'mezelf iets aandoen',
  'mijzelf iets aandoen',
  'mezelf pijn doen',
  'mezelf snijden',
  'van een brug springen',
  'voor de trein springen',
];

const fold = (text: string) =>
  text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ');

/** Nine or more digits, maybe with spaces, dashes, dots or brackets between them: 06-12345678, +31 71 123 4567. */
const PHONE = /(?:\+|\b)\d(?:[\s\-.()/]*\d){8,}/;
const EMAIL = /[^\s@]+@[^\s@]+\.[a-z]{2,}/i;

function containsPhrase(folded: string, phrase: string): boolean {
  return ` ${folded} `.includes(` ${fold(phrase).trim()} `);
}

/** Why this text should wait for a moderator (empty: publish). */
export function forumFlags(text: string, listedWords: readonly string[] = LISTED_WORDS): ForumFlag[] {
  const flags: ForumFlag[] = [];
  const folded = fold(text);
  if (CRISIS_WORDS.some((w) => containsPhrase(folded, w))) flags.push('crisis');
  if (PHONE.test(text)) flags.push('phone');
  if (EMAIL.test(text)) flags.push('email');
  if (listedWords.some((w) => containsPhrase(folded, w))) flags.push('word');
  return flags;
}
