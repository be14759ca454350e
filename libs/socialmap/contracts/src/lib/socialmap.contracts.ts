/**
 * What a service on the social map helps with: a fixed list, so search by category and the chips on
 * the page agree. The portal names them in its i18n texts; the Dutch names below are also put into
 * the search text, so "geld" finds every service in "Geld en schulden".
 */
export const SOCIAL_CATEGORIES = [
  'money',
  'housing',
  'work-income',
  'parenting',
  'relationships',
  'loneliness',
  'health',
  'safety',
  'legal',
  'daytime',
  'food-goods',
] as const;
export type SocialCategory = (typeof SOCIAL_CATEGORIES)[number];

export const SOCIAL_CATEGORY_WORDS_NL: Record<SocialCategory, string> = {
  money: 'Geld en schulden',
  housing: 'Wonen',
  'work-income': 'Werk en inkomen',
  parenting: 'Opvoeden',
  relationships: 'Relaties en scheiding',
  loneliness: 'Eenzaamheid',
  health: 'Gezondheid en psychische klachten',
  safety: 'Veiligheid en geweld',
  legal: 'Juridisch',
  daytime: 'Dagbesteding en vrijwilligerswerk',
  'food-goods': 'Voedsel en spullen',
};

/** How someone gets there: on their own ("zelf aanmelden") or through their social worker. */
export const SOCIAL_REFERRALS = ['self', 'worker'] as const;
export type SocialReferral = (typeof SOCIAL_REFERRALS)[number];

export const SOCIAL_MAP_SEARCH_PATH = '/social-map/services';
/** Longer text is a story, not a search: that belongs in a message to a worker. */
export const SOCIAL_MAP_QUERY_MAX = 100;
/** A full postcode ("2312 AB", any case and spacing) or only its four digits ("2312"). */
export const SOCIAL_MAP_POSTCODE_PATTERN = /^\s*[1-9][0-9]{3}\s?([A-Za-z]{2})?\s*$/;
export const SOCIAL_MAP_MAX_RESULTS = 30;

export interface SocialMapQuery {
  q?: string;
  category?: SocialCategory;
  postcode?: string;
}

/** One service as the public sees it. */
export interface SocialService {
  id: string;
  /** Who offers it, e.g. "Juridisch Loket". */
  providerName: string;
  name: string;
  description: string;
  categories: SocialCategory[];
  /** For whom, in a few words. */
  audience: string;
  municipality: string;
  address: string | null;
  openingHours: string | null;
  phone: string | null;
  website: string | null;
  referral: SocialReferral;
  /** The four-digit areas served; empty means the whole country (a national line). */
  servedAreas: number[];
  /** Example content written for the demo, not a real organisation's details. */
  demo: boolean;
}

export interface SocialServiceHit extends SocialService {
  /** Kilometres between the approximate centres of the two postcode areas; null without a postcode or location. */
  distanceKm: number | null;
  /** Whether the service works for the searched postcode; null when no postcode was given. */
  servesPostcode: boolean | null;
}

export interface SocialMapSearchResponse {
  /** The four digits searched from; null when none was given. */
  pc4: number | null;
  /** False when the postcode is outside the areas whose centre Nabij knows: results are then not by distance. */
  pc4Known: boolean;
  hits: SocialServiceHit[];
}
