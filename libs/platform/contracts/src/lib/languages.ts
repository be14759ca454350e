/** Every language Nabij speaks with clients and parents (pages, mails, SMS). Dutch leads. */
export const LANGUAGES = ['nl', 'en', 'ar', 'tr', 'pl'] as const;
export type Language = (typeof LANGUAGES)[number];

/** Staff (worker, team lead, admin) read Dutch or English. */
export const STAFF_LANGUAGES = ['nl', 'en'] as const satisfies readonly Language[];

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}
