/**
 * Dutch postcodes: four digits (first not 0) and two letters. SA, SD and SS are never issued.
 * Accepts any case and spacing ("2312ab", " 2312 AB ").
 */
const POSTCODE = /^([1-9][0-9]{3})\s?([A-Za-z]{2})$/;
const NEVER_ISSUED = new Set(['SA', 'SD', 'SS']);

export interface Postcode {
  /** Canonical form, e.g. "2312 AB". */
  formatted: string;
  /** The four digits as a number, used for service-area ranges. */
  digits: number;
}

export function parsePostcode(input: string): Postcode | null {
  const match = POSTCODE.exec(String(input ?? '').trim());
  if (!match) return null;
  const letters = match[2].toUpperCase();
  if (NEVER_ISSUED.has(letters)) return null;
  return { formatted: `${match[1]} ${letters}`, digits: Number(match[1]) };
}

export function isValidPostcode(input: string): boolean {
  return parsePostcode(input) !== null;
}
